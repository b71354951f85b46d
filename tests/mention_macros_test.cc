#include <re2/re2.h>
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "extract/masked_sentence.h"
#include "extract/mention.h"

namespace {

std::string Macro(const std::string& name) {
  for (const auto& [macro, pattern] : polgraph::MentionMacros())
    if (macro == name) return pattern;
  FAIL("no macro " << name);
  return {};
}

// What the first match of `pattern` (one capturing group per macro) covers in
// `sentence` when it runs, as rules do, over the masked sentence: one string
// per group, "" for a group that took no part, nothing when there is no match.
std::vector<std::string> Captures(const std::string& pattern, const std::string& sentence) {
  static const polgraph::MentionFinder finder;
  polgraph::MaskedSentence masked(sentence, finder.Find(sentence));
  RE2 re(pattern);
  REQUIRE(re.ok());
  int n = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> groups(1 + n);
  re2::StringPiece text(masked.text().data(), masked.text().size());
  if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(), 1 + n)) return {};
  std::vector<std::string> out;
  for (int i = 1; i <= n; ++i) {
    if (groups[i].data() == nullptr) {
      out.emplace_back();
      continue;
    }
    size_t begin = static_cast<size_t>(groups[i].data() - masked.text().data());
    polgraph::TextSpan span = masked.ToSentence(begin, begin + groups[i].size());
    out.push_back(sentence.substr(span.begin, span.end - span.begin));
  }
  return out;
}

std::string FirstMatch(const std::string& macro, const std::string& sentence) {
  std::vector<std::string> groups = Captures(std::string("(") + Macro(macro) + ")", sentence);
  return groups.empty() ? "" : groups[0];
}

}  // namespace

TEST_CASE("MentionMacros compile, capture nothing and reference no macro", "[mentions]") {
  std::map<std::string, bool> names;
  for (const auto& [name, pattern] : polgraph::MentionMacros()) {
    CAPTURE(name, pattern);
    RE2 re(pattern);
    CHECK(re.ok());
    CHECK(re.NumberOfCapturingGroups() == 0);
    CHECK(re.ProgramSize() < 2000);
    CHECK(pattern.find('{' + std::string("PERSON") + '}') == std::string::npos);
    names[name] = true;
  }
  for (std::string name :
       {"CAPWORD", "NAME", "TITLE", "PERSON", "ORG", "COUNTRY", "ENTITY", "NAME_LIST", "PRONOUN"})
    CHECK(names.count(name) == 1);
}

TEST_CASE("MentionMacros combine into a rule over a masked sentence", "[mentions]") {
  std::string rule = std::string("(") + Macro("ENTITY") + R"() (?:met|held talks) with ()" +
                     Macro("NAME_LIST") + R"() and (?:said|told) ()" + Macro("PERSON") + ")";
  CHECK(Captures(rule,
                 "President Arman Serikov held talks with Ivan Petrov and Anna Ivanova and told "
                 "Kremlin spokesman Dmitry Peskov about it.") ==
        std::vector<std::string>{"President Arman Serikov", "Ivan Petrov and Anna Ivanova",
                                 "Kremlin spokesman Dmitry Peskov"});
  CHECK(Captures(rule, "the weather held talks with nobody and told no one.").empty());
}

TEST_CASE("MentionMacros take whole mentions and the words that run on from them", "[mentions]") {
  auto [macro, text, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"CAPWORD", "met O'Brien today", "O'Brien"},
      {"CAPWORD", "Tokayev\u2019s visit", "Tokayev"},
      {"PERSON", "Head of State Kassym-Jomart Tokayev met him",
       "Head of State Kassym-Jomart Tokayev"},
      {"PERSON", "said Kremlin spokesman Dmitry Peskov.", "Kremlin spokesman Dmitry Peskov"},
      {"NAME", "talks with Ursula von der Leyen.", "Ursula von der Leyen"},
      {"ORG", "and the Financial Monitoring Agency said", "Financial Monitoring Agency"},
      // A country the finder may not know, between two mentions.
      {"ENTITY", "met Ambassador of Kazakhstan to Turkiye Almas Kenzhebayev in Rome",
       "Ambassador of Kazakhstan to Turkiye Almas Kenzhebayev"},
      {"NAME_LIST", "met Ivan Petrov, Anna Ivanova and Marat Serikov.",
       "Ivan Petrov, Anna Ivanova and Marat Serikov"},
      {"PRONOUN", "where he said", "he"},
      {"PRONOUN", "over here", ""},
  }));
  CAPTURE(macro, text);
  CHECK(FirstMatch(macro, text) == expected);
}
