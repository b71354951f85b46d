// An item's body as the store keeps it (graph/item_text.h): paragraphs
// survive joining and splitting, deflating shrinks news-like text and
// inflates back to the same bytes, and damaged data is an error.
#include "graph/item_text.h"

#include <catch2/catch.hpp>

#include "base/error.h"

namespace polgraph {

TEST_CASE("paragraphs survive joining and splitting", "[item_text]") {
  std::vector<std::vector<std::string>> cases = {
      {}, {"One line."}, {"First.", "", "Third, after a blank."}, {"Ends with a blank", ""}};
  for (const auto& paragraphs : cases) {
    CAPTURE(paragraphs);
    CHECK(SplitParagraphs(JoinParagraphs(paragraphs)) == paragraphs);
  }
}

TEST_CASE("deflated text inflates to the same bytes and is smaller", "[item_text]") {
  std::string text;
  for (int i = 0; i < 40; ++i)
    text +=
        "The minister said the budget talks with the regional governors would go on. "
        "Астана, 12 марта — переговоры продолжатся.\n";
  std::string packed = Deflate(text);
  CHECK(packed.size() * 3 < text.size());
  CHECK(Inflate(packed) == text);
  CHECK(Inflate(Deflate("")).empty());
}

TEST_CASE("damaged or cut text is an error", "[item_text]") {
  std::string packed = Deflate("A short paragraph about a cabinet meeting.");
  CHECK_THROWS_AS(Inflate(packed.substr(0, packed.size() / 2)), Error);
  CHECK_THROWS_AS(Inflate("not zlib at all"), Error);
}

}  // namespace polgraph
