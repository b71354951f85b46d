#include "extract/rule_match.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/mention.h"

namespace polgraph {
namespace {

// A rule set of one appointment rule: "A appointed B as X", optionally
// continued by "and C as Y", vetoed when the match says "acting".
const RuleSet& Appointments() {
  static const RuleSet rules = [] {
    RuleSet set;
    set.Load(R"j({"rules": [{
      "id": "appointed.test", "relation": "appointed",
      "pattern": "(?P<subject>{PERSON}) appointed (?P<object>{PERSON})(?: as (?P<role>(?:deputy )?[a-z]+))?",
      "continue": ["^,? and (?P<objects>{PERSON}) as (?P<role>(?:deputy )?[a-z]+)"],
      "unless": "\\bacting\\b"}]})j",
             "test.json");
    return set;
  }();
  return rules;
}

const MentionFinder& Finder() {
  static const MentionFinder finder;
  return finder;
}

std::string Cover(const std::string& text, TextSpan span) {
  return text.substr(span.begin, span.end - span.begin);
}

// The matches of the test rule in `sentence`, each as its groups' text.
struct Read {
  std::string whole, subject, object, role;
  bool vetoed;
};
std::vector<Read> Matches(const std::string& sentence) {
  MaskedSentence masked(sentence, Finder().Find(sentence));
  RuleMatcher matcher(Appointments().rules()[0], sentence, masked);
  std::vector<Read> out;
  while (std::optional<RuleMatch> m = matcher.Next()) {
    CHECK(m->text == Cover(sentence, m->spans.whole));
    out.push_back({Cover(sentence, m->spans.whole), Cover(sentence, m->spans.subject),
                   Cover(sentence, m->spans.object),
                   m->spans.role ? Cover(sentence, *m->spans.role) : "(none)", m->vetoed});
  }
  return out;
}

}  // namespace

TEST_CASE("RuleMatcher gives each match's groups as sentence spans", "[rule_match]") {
  std::string sentence = "President Ivan Petrov appointed Anna Ivanova as deputy minister.";
  std::vector<Read> m = Matches(sentence);
  REQUIRE(m.size() == 1);
  CHECK(m[0].whole == "President Ivan Petrov appointed Anna Ivanova as deputy minister");
  CHECK(m[0].subject == "President Ivan Petrov");  // the whole mention, title included
  CHECK(m[0].object == "Anna Ivanova");
  CHECK(m[0].role == "deputy minister");
  CHECK_FALSE(m[0].vetoed);
}

TEST_CASE("RuleMatcher tells a group that took no part from an empty one", "[rule_match]") {
  std::vector<Read> m = Matches("Ivan Petrov appointed Anna Ivanova on Monday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].role == "(none)");
}

TEST_CASE("RuleMatcher reads matches left to right, vetoes marked", "[rule_match]") {
  std::vector<Read> m = Matches(
      "Ivan Petrov appointed Anna Ivanova as adviser; later Oleg Sidorov appointed Pavel Orlov "
      "as acting governor.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].subject == "Ivan Petrov");
  CHECK_FALSE(m[0].vetoed);
  CHECK(m[1].subject == "Oleg Sidorov");
  CHECK(m[1].object == "Pavel Orlov");
  CHECK(m[1].vetoed);  // "acting": the rule's unless
}

// A statement rule with its own trigger, which matches from where each match
// starts (RuleSet::Check), and one whose trigger breaks that promise.
const RuleSet& Statements() {
  static const RuleSet rules = [] {
    RuleSet set;
    set.Load(R"j({"rules": [
      {"id": "announced.test", "relation": "announced",
       "pattern": "(?P<subject>{PERSON}) (?:said|noted)\\b", "trigger": "\\b(?:said|noted)\\b"},
      {"id": "announced.early", "relation": "announced",
       "pattern": "(?P<subject>{PERSON}) agreed\\b", "trigger": "\\bwarned\\b"}]})j",
             "test.json");
    return set;
  }();
  return rules;
}

// The subjects of rule `index` of Statements() in `sentence`, read with its trigger.
std::vector<std::string> Speakers(int index, const std::string& sentence) {
  MaskedSentence masked(sentence, Finder().Find(sentence));
  RuleMatcher matcher(Statements().rules()[index], sentence, masked,
                      Statements().OwnTrigger(index));
  std::vector<std::string> out;
  while (std::optional<RuleMatch> m = matcher.Next())
    out.push_back(Cover(sentence, m->spans.subject));
  return out;
}

TEST_CASE("RuleMatcher with the rule's trigger finds every match after the first", "[rule_match]") {
  using V = std::vector<std::string>;
  CHECK(Speakers(0, "Ivan Petrov said the talks went well, and Anna Ivanova noted the date.") ==
        V{"Ivan Petrov", "Anna Ivanova"});
  CHECK(Speakers(0, "Ivan Petrov said that Anna Ivanova said that Oleg Sidorov noted it.") ==
        V{"Ivan Petrov", "Anna Ivanova", "Oleg Sidorov"});
  CHECK(Speakers(0, "Ivan Petrov said so on Monday in Astana.") == V{"Ivan Petrov"});
}

TEST_CASE("RuleMatcher looks past the first match only where the trigger still matches",
          "[rule_match]") {
  // The trigger matches before both matches, never from their starts: the
  // first search is made (the sentence passed the trigger filter), no other.
  std::string sentence = "As Oleg Sidorov warned, Ivan Petrov agreed and Anna Ivanova agreed.";
  CHECK(Speakers(1, sentence) == std::vector<std::string>{"Ivan Petrov"});
  MaskedSentence masked(sentence, Finder().Find(sentence));
  RuleMatcher without_trigger(Statements().rules()[1], sentence, masked);
  int matches = 0;
  while (without_trigger.Next()) ++matches;
  CHECK(matches == 2);
}

TEST_CASE("MatchContinuations follows a chain from where the groups ended", "[rule_match]") {
  std::string sentence =
      "Ivan Petrov appointed Anna Ivanova as adviser and Pavel Orlov as minister, and Olga "
      "Smirnova as governor.";
  MaskedSentence masked(sentence, Finder().Find(sentence));
  const Rule& rule = Appointments().rules()[0];
  RuleMatcher matcher(rule, sentence, masked);
  std::optional<RuleMatch> m = matcher.Next();
  REQUIRE(m);
  CHECK(Cover(sentence, *m->spans.role) == "adviser");

  Continuations c = MatchContinuations(rule, sentence, masked, m->groups_end);
  REQUIRE(c.matches.size() == 2);
  CHECK(Cover(sentence, c.matches[0].spans.objects) == "Pavel Orlov");
  CHECK(Cover(sentence, *c.matches[0].spans.role) == "minister");
  CHECK(Cover(sentence, c.matches[1].spans.objects) == "Olga Smirnova");
  CHECK(Cover(sentence, *c.matches[1].spans.role) == "governor");
  CHECK_FALSE(c.matches[1].spans.content);  // continuations have no content group
  CHECK(masked.text().substr(c.end) == ".");

  SECTION("nothing to continue: the chain ends where it began") {
    Continuations none = MatchContinuations(rule, sentence, masked, c.end);
    CHECK(none.matches.empty());
    CHECK(none.end == c.end);
  }
  SECTION("the matcher skips what the continuations read") {
    matcher.SkipTo(c.end);
    CHECK_FALSE(matcher.Next());
  }
}

}  // namespace polgraph
