#include "extract/masked_sentence.h"

#include <catch2/catch.hpp>

#include <string>

using polgraph::kMentionPlaceholder;
using polgraph::MaskedSentence;
using polgraph::Mention;
using polgraph::TextSpan;

namespace {

Mention At(size_t begin, size_t end) {
  Mention m;
  m.begin = begin;
  m.end = end;
  return m;
}

std::string Cover(const std::string& sentence, TextSpan span) {
  return sentence.substr(span.begin, span.end - span.begin);
}

}  // namespace

TEST_CASE("MaskedSentence puts one placeholder word for each mention", "[masked]") {
  const std::string sentence = "President Ivan Petrov met Anna Ivanova in Astana.";
  MaskedSentence masked(sentence, {At(0, 21), At(26, 38)});
  CHECK(masked.text() == "ZQ met ZQ in Astana.");
  CHECK(kMentionPlaceholder == "ZQ");

  SECTION("a span over placeholders covers their whole mentions") {
    CHECK(Cover(sentence, masked.ToSentence(0, 2)) == "President Ivan Petrov");
    CHECK(Cover(sentence, masked.ToSentence(7, 9)) == "Anna Ivanova");
    CHECK(Cover(sentence, masked.ToSentence(0, 9)) == "President Ivan Petrov met Anna Ivanova");
  }
  SECTION("text between and after mentions keeps its offsets, shifted") {
    CHECK(Cover(sentence, masked.ToSentence(3, 6)) == "met");
    CHECK(Cover(sentence, masked.ToSentence(13, 19)) == "Astana");
    CHECK(masked.ToSentence(masked.text().size(), masked.text().size()).begin == sentence.size());
  }
  SECTION("an offset inside a placeholder widens to its mention") {
    CHECK(Cover(sentence, masked.ToSentence(1, 2)) == "President Ivan Petrov");
    CHECK(Cover(sentence, masked.ToSentence(3, 8)) == "met Anna Ivanova");
  }
}

TEST_CASE("MaskedSentence without mentions is the sentence", "[masked]") {
  const std::string sentence = "Prices rose by 3% in May.";
  MaskedSentence masked(sentence, {});
  CHECK(masked.text() == sentence);
  CHECK(Cover(sentence, masked.ToSentence(0, 6)) == "Prices");

  SECTION("Assign reuses the object for the next sentence") {
    const std::string next = "Tokayev spoke.";
    masked.Assign(next, {At(0, 7)});
    CHECK(masked.text() == "ZQ spoke.");
    CHECK(Cover(next, masked.ToSentence(0, 2)) == "Tokayev");
  }
}

TEST_CASE("MaskedSentence ignores mentions out of order or out of range", "[masked]") {
  const std::string sentence = "Ivan Petrov met Anna Ivanova.";
  MaskedSentence masked(sentence, {At(16, 28), At(0, 11), At(20, 99)});
  CHECK(masked.text() == "Ivan Petrov met ZQ.");
}
