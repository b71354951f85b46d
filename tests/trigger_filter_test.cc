// TriggerFilter: the triggers that match a sentence, exactly, whatever the
// literal words it looks for first.
#include "extract/trigger_filter.h"

#include <catch2/catch.hpp>

namespace polgraph {
namespace {

RE2::Options Utf8() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  return options;
}

TriggerFilter Filter(const std::vector<std::string>& triggers) {
  TriggerFilter filter;
  std::string error;
  REQUIRE(filter.Compile(triggers, Utf8(), &error) == -1);
  return filter;
}

using V = std::vector<int>;

TEST_CASE("TriggerFilter gives the triggers that match, in rule order", "[rules]") {
  TriggerFilter filter = Filter({
      R"(\b(?:hosted|received)\b)",           // 0
      R"(\bmet\b)",                           // 1
      R"(\b[Aa]ccording to\b)",               // 2
      R"([,"]\s*(?:said|says) )",             // 3
      R"(\b(?:talks|calls?)\b[^.]* with\b)",  // 4
  });
  CHECK(filter.Candidates("The envoy met the governor and hosted a dinner.") == V{0, 1});
  CHECK(filter.Candidates("According to the mayor, the bridge opens in May.") == V{2});
  CHECK(filter.Candidates("\"We agree,\" said the senator.") == V{3});
  CHECK(filter.Candidates("The senator said the talks went well.") == V{});
  CHECK(filter.Candidates("She held talks on trade with the delegation.") == V{4});
  CHECK(filter.Candidates("She held talks on trade. Then lunch with the delegation.") == V{});
}

TEST_CASE("TriggerFilter checks each candidate's whole trigger, not only its words", "[rules]") {
  TriggerFilter filter = Filter({R"(\bmet\b)", R"(\bMeets\b)"});
  // The words are there, but not as the triggers want them.
  CHECK(filter.Candidates("The water was metered.") == V{});
  CHECK(filter.Candidates("The minister meets the press.") == V{});
  CHECK(filter.Candidates("MEETS AND MET") == V{});
  CHECK(filter.Candidates("Minister Meets Envoy") == V{1});
}

TEST_CASE("TriggerFilter tries a trigger without long words on every sentence", "[rules]") {
  TriggerFilter filter = Filter({R"(^\w+ (?:is|as)\b)", R"(\bhosted\b)"});
  CHECK(filter.Candidates("Ivanov is back") == V{0});
  CHECK(filter.Candidates("Ivanov hosted them") == V{1});
  CHECK(filter.Candidates("nothing here at all") == V{});
}

TEST_CASE("TriggerFilter answers alike when it has seen the words before", "[rules]") {
  // Which triggers a sentence's words leave possible is remembered per set of
  // words: a second sentence with the same words must still be checked whole.
  TriggerFilter filter = Filter({R"(\bmet\b)", R"(\bmet with\b)", R"(\b(?:said|told)\b)"});
  for (int pass = 0; pass < 3; ++pass) {
    CAPTURE(pass);
    CHECK(filter.Candidates("The envoy met with the mayor.") == V{0, 1});
    CHECK(filter.Candidates("The envoy met the mayor and then a friend with him.") == V{0});
    CHECK(filter.Candidates("The mayor, met at noon, said and told.") == V{0, 2});
    CHECK(filter.Candidates("He told the envoy who met him.") == V{0, 2});
    CHECK(filter.Candidates("Nobody metwith anyone.") == V{});
  }
}

TEST_CASE("TriggerFilter answers alike once its table of word sets is full", "[rules]") {
  // More distinct sets of words than a thread's table keeps (6,144): the sets
  // seen after it is full are worked out each time, with the same answers.
  std::vector<std::string> triggers;
  for (int i = 0; i < 14; ++i) triggers.push_back("\\bword" + std::string(1, 'a' + i) + "\\b");
  TriggerFilter filter = Filter(triggers);
  for (int pass = 0; pass < 2; ++pass) {
    for (int set = 1; set < (1 << 14); set += 2) {
      std::string text;
      V expected;
      for (int i = 0; i < 14; ++i) {
        if (!(set & (1 << i))) continue;
        text += "word" + std::string(1, 'a' + i) + " ";
        expected.push_back(i);
      }
      CAPTURE(pass, set, text);
      REQUIRE(filter.Candidates(text) == expected);
    }
  }
}

TEST_CASE("TriggerFilters used in turn on one thread keep their own answers", "[rules]") {
  // A thread remembers word sets for one filter at a time: the same words
  // leave other triggers possible in another filter.
  TriggerFilter first = Filter({R"(\bmet with\b)", R"(\bsaid\b)"});
  TriggerFilter second = Filter({R"(\bsaid that\b)", R"(\bwith\b)", R"(\bmet\b)"});
  for (int pass = 0; pass < 3; ++pass) {
    CAPTURE(pass);
    CHECK(first.Candidates("She met with him and said that it was fine.") == V{0, 1});
    CHECK(second.Candidates("She met with him and said that it was fine.") == V{0, 1, 2});
    CHECK(first.Candidates("She said it.") == V{1});
    CHECK(second.Candidates("She said it.") == V{});
  }
}

TEST_CASE("TriggerFilter answers alike with more words than a table line holds", "[rules]") {
  // 400 triggers, each its own word: a set of words takes 7 words of 64 bits,
  // more than a thread keeps; each sentence is worked out whole.
  std::vector<std::string> triggers;
  for (int i = 0; i < 400; ++i) triggers.push_back("\\bterm" + std::to_string(i) + "x\\b");
  TriggerFilter filter = Filter(triggers);
  for (int pass = 0; pass < 2; ++pass) {
    CHECK(filter.Candidates("term7x and term399x, then term12x") == V{7, 12, 399});
    CHECK(filter.Candidates("term7 and term399y") == V{});
  }
}

TEST_CASE("TriggerFilter reports the first trigger that does not compile", "[rules]") {
  TriggerFilter filter;
  std::string error;
  CHECK(filter.Compile({R"(\bmet\b)", "(unclosed", "also("}, Utf8(), &error) == 1);
  CHECK(error.find("missing )") != std::string::npos);
  CHECK(TriggerFilter().Candidates("anything").empty());
}

}  // namespace
}  // namespace polgraph
