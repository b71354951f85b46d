// Reads the real feed capture in ../shared/corpus (not part of the
// repository): all nine items must come out with their header fields and
// titles. Skips when the shared folder is absent.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "feed/feed_reader.h"

namespace polgraph {
namespace {

const char kSeedPath[] = POLGRAPH_SOURCE_DIR "/../shared/corpus/seed-qazinform.txt";

struct Expected {
  long line;
  std::string date, time;
  int64_t views;
  size_t paragraphs;  // body lines, photo credits dropped
};

// Read off the capture by hand (titles are checked against the file itself).
const std::vector<Expected> kSeedItems = {
    {1, "2026-01-28", "18:30", 20316, 4},  {7, "2026-01-28", "18:52", 19131, 4},
    {13, "2026-01-28", "16:45", 19681, 4}, {19, "2026-01-28", "15:25", 19221, 5},
    {27, "2026-01-27", "18:55", 49276, 4}, {33, "2026-01-27", "16:30", 48396, 3},
    {39, "2026-01-27", "15:30", 48866, 2}, {44, "2026-01-27", "13:40", 49981, 18},
    {64, "2026-01-27", "11:30", 37766, 5},
};

// The raw lines of the capture, to read each title where the format puts it:
// on the line after its item's header.
std::vector<std::string> RawLines(const char* path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("The seed capture reads as nine items", "[feed]") {
  if (!std::filesystem::exists(kSeedPath)) {
    WARN("skipped: " << kSeedPath << " is absent");
    return;
  }
  FeedReader reader({kSeedPath}, ReadOptions{});
  std::vector<Item> items;
  for (Item item; reader.Next(&item);) items.push_back(item);
  REQUIRE(items.size() == kSeedItems.size());
  const std::vector<std::string> raw = RawLines(kSeedPath);

  for (size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    const Expected& expected = kSeedItems[i];
    REQUIRE(expected.line < static_cast<long>(raw.size()));
    const std::string& title = raw[expected.line];  // the line after the header
    CAPTURE(i, title);
    CHECK(item.position == static_cast<long>(i + 1));
    CHECK(item.line == expected.line);
    CHECK(item.date.ToIso() == expected.date);
    CHECK(item.time == expected.time);
    CHECK(item.views == expected.views);
    CHECK(item.title == title);
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
