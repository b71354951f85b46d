// SubmatchMemo: the groups of a match, remembered per match text, are the
// groups RE2::Match reports, whatever the bytes around the match (which ^, $
// and \b read) and however often the same text comes back.
#include "extract/submatch_memo.h"

#include <random>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <catch2/catch.hpp>

namespace polgraph {
namespace {

using Pieces = std::vector<re2::StringPiece>;

// Every match of `re` in `text`, left to right, with all groups: once by
// RE2::Match alone, once by its bounds then the memo.
void CompareAllMatches(const RE2& re, const SubmatchMemo& memo, const std::string& text) {
  const int count = 1 + re.NumberOfCapturingGroups();
  re2::StringPiece input(text);
  size_t pos = 0;
  while (pos <= text.size()) {
    Pieces direct(count), bounds(1), memoized(count);
    bool found = re.Match(input, pos, text.size(), RE2::UNANCHORED, direct.data(), count);
    REQUIRE(found == re.Match(input, pos, text.size(), RE2::UNANCHORED, bounds.data(), 1));
    if (!found) return;
    size_t begin = static_cast<size_t>(bounds[0].data() - text.data());
    REQUIRE(memo.Groups(re, input, begin, begin + bounds[0].size(), memoized.data(), count));
    for (int i = 0; i < count; ++i) {
      CAPTURE(text, i);
      REQUIRE((direct[i].data() == nullptr) == (memoized[i].data() == nullptr));
      REQUIRE(direct[i].data() == memoized[i].data());
      REQUIRE(direct[i].size() == memoized[i].size());
    }
    pos = std::max(begin + 1, begin + bounds[0].size());
  }
}

TEST_CASE("SubmatchMemo gives RE2's groups, the second time from memory", "[rules]") {
  RE2 re(
      R"((?:(?:^|[,;:] )(?P<subjects>\w+ and \w+)|(?P<subject>\w+))(?: (?P<adverb>also))? (?:said|told)\b(?P<rest> now)?)");
  REQUIRE(re.ok());
  SubmatchMemo memo;
  const std::vector<std::string> texts = {
      "Smith said the talks went well.",
      "Later, Smith said the talks went well.",
      "Jones and Brown said so; Smith also told them now.",
      "Jones and Brown said so",
      "Smith saidx nothing, Smith said",
      "He told reporters. Smith said now",
  };
  for (int round = 0; round < 3; ++round)  // later rounds read the memo
    for (const std::string& text : texts) CompareAllMatches(re, memo, text);
}

TEST_CASE("SubmatchMemo tells apart the same match text in other surroundings", "[rules]") {
  // The same bytes "ab" match with or without the optional group depending
  // on what precedes them (^ and \b read outside the match).
  RE2 re(R"((?:^(?P<first>a)|\b(?P<word>a)|(?P<inner>a))b)");
  REQUIRE(re.ok());
  SubmatchMemo memo;
  for (int round = 0; round < 2; ++round)
    for (const std::string text : {"ab", "x ab", "xab", "ab ab xab", "_ab"})
      CompareAllMatches(re, memo, text);
}

TEST_CASE("SubmatchMemo agrees with RE2 on random texts", "[rules]") {
  RE2 re(
      R"((?P<who>(?:[A-Z]\w* ?){1,3})(?:, (?P<aside>[^,]+),)? (?:has )?(?P<verb>said|met|met with)\b(?: (?P<whom>[A-Z]\w*))?)");
  REQUIRE(re.ok());
  const std::vector<std::string> words = {"Smith", "Ann", "said", "met", "with", "has",
                                          ",",     "a",   "the",  "Lee", "x"};
  std::mt19937 random(16);
  SubmatchMemo memo;
  for (int n = 0; n < 500; ++n) {
    std::string text;
    for (int w = 0, count = 2 + static_cast<int>(random() % 10); w < count; ++w) {
      if (!text.empty()) text += ' ';
      text += words[random() % words.size()];
    }
    CompareAllMatches(re, memo, text);
  }
}

TEST_CASE("SubmatchMemo answers for texts too long to keep", "[rules]") {
  RE2 re(R"((?P<head>\w+)(?P<body>(?: \w+)*) (?P<tail>end))");
  SubmatchMemo memo;
  std::string text = "begin";
  for (int i = 0; i < 100; ++i) text += " word";
  text += " end";
  REQUIRE(text.size() > SubmatchMemo::kMaxTextBytes);
  for (int round = 0; round < 2; ++round) CompareAllMatches(re, memo, text);
}

}  // namespace
}  // namespace polgraph
