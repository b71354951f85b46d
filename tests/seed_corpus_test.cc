// Reads the real feed capture in ../shared/corpus (not part of the
// repository): all nine items must come out with their header fields and
// titles. Skips when the shared folder is absent.
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/feed_reader.h"

namespace polgraph {
namespace {

const char kSeedPath[] = POLGRAPH_SOURCE_DIR "/../shared/corpus/seed-qazinform.txt";

struct Expected {
  long line;
  std::string date, time;
  int64_t views;
  size_t paragraphs;  // body lines, photo credits dropped
  std::string title;
};

// Read off the capture by hand.
const std::vector<Expected> kSeedItems = {
    {1, "2026-01-28", "18:30", 20316, 4, "Khalyk Kenesi to be granted power to call referendum"},
    {7, "2026-01-28", "18:52", 19131, 4, "Tokayev meets Kazakhstani IT entrepreneurs"},
    {13, "2026-01-28", "16:45", 19681, 4,
     "77 articles set to be amended in Kazakh constitutional reform"},
    {19, "2026-01-28", "15:25", 19221, 5,
     "President Tokayev calls for new approach to Financial Monitoring Agency’s operations"},
    {27, "2026-01-27", "18:55", 49276, 4,
     "Tokayev says constitutional reform will positively boost Kazakhstan’s development"},
    {33, "2026-01-27", "16:30", 48396, 3,
     "Kazakhstan names new labor and social protection minister"},
    {39, "2026-01-27", "15:30", 48866, 2,
     "Zhakupova relieved of post as Kazakhstan's labor and social protection minister"},
    {44, "2026-01-27", "13:40", 49981, 18,
     "Government Approved the Unified \"Children of Kazakhstan\" Concept"},
    {64, "2026-01-27", "11:30", 37766, 5,
     "Kazakhstan to digitalize 5 mln geological records by yearend"},
};

TEST_CASE("The seed capture reads as nine items", "[feed]") {
  if (!std::filesystem::exists(kSeedPath)) {
    WARN("skipped: " << kSeedPath << " is absent");
    return;
  }
  FeedReader reader({kSeedPath}, ReadOptions{});
  std::vector<Item> items;
  for (Item item; reader.Next(&item);) items.push_back(item);
  REQUIRE(items.size() == kSeedItems.size());

  for (size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    const Expected& expected = kSeedItems[i];
    CAPTURE(i, expected.title);
    CHECK(item.position == static_cast<long>(i + 1));
    CHECK(item.line == expected.line);
    CHECK(item.date.ToIso() == expected.date);
    CHECK(item.time == expected.time);
    CHECK(item.views == expected.views);
    CHECK(item.title == expected.title);
    CHECK(item.paragraphs.size() == expected.paragraphs);
    CHECK(item.id.starts_with(expected.date + "-" + expected.time.substr(0, 2) +
                              expected.time.substr(3) + "-"));
    for (const std::string& paragraph : item.paragraphs) {
      CHECK_FALSE(paragraph.starts_with("Images |"));
    }
  }
  CHECK(reader.skipped() == 0);
}

}  // namespace
}  // namespace polgraph
