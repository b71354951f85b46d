#include <re2/re2.h>
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "extract/mention.h"

namespace {

std::string Macro(const std::string& name) {
  for (const auto& [macro, pattern] : polgraph::MentionMacros())
    if (macro == name) return pattern;
  FAIL("no macro " << name);
  return {};
}

// The first match of the macro in `text`, or "" when there is none.
std::string FirstMatch(const std::string& macro, const std::string& text) {
  RE2 re("(" + Macro(macro) + ")");
  REQUIRE(re.ok());
  std::string match;
  if (!RE2::PartialMatch(text, re, &match)) return "";
  return match;
}

}  // namespace

TEST_CASE("MentionMacros compile, capture nothing and reference no macro", "[mentions]") {
  std::map<std::string, bool> names;
  for (const auto& [name, pattern] : polgraph::MentionMacros()) {
    CAPTURE(name, pattern);
    RE2 re(pattern);
    CHECK(re.ok());
    CHECK(re.NumberOfCapturingGroups() == 0);
    CHECK(re.ProgramSize() < 20000);
    CHECK(pattern.find('{' + std::string("PERSON") + '}') == std::string::npos);
    names[name] = true;
  }
  for (std::string name :
       {"CAPWORD", "NAME", "TITLE", "PERSON", "ORG", "COUNTRY", "ENTITY", "NAME_LIST", "PRONOUN"})
    CHECK(names.count(name) == 1);
}

TEST_CASE("MentionMacros combine into a rule that compiles", "[mentions]") {
  std::string rule = "(" + Macro("ENTITY") + R"() (?:met|held talks) with ()" + Macro("NAME_LIST") +
                     R"() and (?:said|told) ()" + Macro("PERSON") + ")";
  RE2 re(rule);
  REQUIRE(re.ok());
  std::string subject, objects, other;
  CHECK(
      RE2::PartialMatch("President Arman Serikov held talks with Ivan Petrov and Anna Ivanova "
                        "and told Kremlin spokesman Dmitry Peskov",
                        re, &subject, &objects, &other));
  CHECK(subject == "President Arman Serikov");
  CHECK(objects == "Ivan Petrov and Anna Ivanova");
  CHECK(other == "Kremlin spokesman Dmitry Peskov");
}

TEST_CASE("MentionMacros match the shapes they promise", "[mentions]") {
  auto [macro, text, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"CAPWORD", "met O'Brien today", "O'Brien"},
      {"CAPWORD", "the U.S. envoy", "U.S."},
      {"CAPWORD", "Tokayev\u2019s visit", "Tokayev"},
      {"NAME", "with Ursula von der Leyen.", "Ursula von der Leyen"},
      {"NAME", "by J. Smith today", "J. Smith"},
      {"NAME", "when King Charles III spoke", "King Charles III"},
      {"NAME", "with \u017di\u017eek and", "\u017di\u017eek"},
      {"NAME", "Abdel Fattah al-Sisi said", "Abdel Fattah al-Sisi"},
      {"TITLE", "the Deputy Chairman of the Supreme Court", "Deputy Chairman of the Supreme Court"},
      {"PERSON", "Head of State Kassym-Jomart Tokayev met", "Head of State Kassym-Jomart Tokayev"},
      {"PERSON", "said Kremlin spokesman Dmitry Peskov.", "Kremlin spokesman Dmitry Peskov"},
      {"PERSON", "Colonel General Oleksandr Syrskyi,", "Colonel General Oleksandr Syrskyi"},
      {"ORG", "the U.S. Department of the Treasury said", "U.S. Department of the Treasury"},
      {"ORG", "the Financial Monitoring Agency said", "Financial Monitoring Agency"},
      {"ORG", "members of NATO agreed", "NATO"},
      {"COUNTRY", "the United States of America and", "United States of America"},
      {"NAME_LIST", "met Ivan Petrov, Anna Ivanova and Marat Serikov.",
       "Ivan Petrov, Anna Ivanova and Marat Serikov"},
      {"PRONOUN", "where he said", "he"},
      {"PRONOUN", "over here", ""},
  }));
  CAPTURE(macro, text);
  CHECK(FirstMatch(macro, text) == expected);
}
