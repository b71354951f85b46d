#include "extract/argument_resolver.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace polgraph {
namespace {

const MentionFinder& Finder() {
  static const MentionFinder finder;
  return finder;
}

// The item's sentences with their mentions, each observed, in order.
struct Item2 {
  std::vector<std::string> texts;
  std::vector<Sentence> sentences;
  Item2(std::vector<std::string> t, ArgumentResolver* resolver) : texts(std::move(t)) {
    for (const std::string& text : texts) sentences.push_back({text, false, Finder().Find(text)});
    for (size_t i = 0; i < sentences.size(); ++i)
      for (const Mention& m : sentences[i].mentions) resolver->Observe(m, static_cast<int>(i));
  }
};

TextSpan Find(const Sentence& s, std::string_view phrase) {
  size_t at = s.text.find(phrase);
  REQUIRE(at != std::string_view::npos);
  return {at, at + phrase.size()};
}

const Mention& MentionOf(const Sentence& s, std::string_view name) {
  for (const Mention& m : s.mentions)
    if (m.name == name) return m;
  FAIL("no mention " << name);
  throw;
}

Date Day() { return *Date::ParseIso("2025-05-01"); }

}  // namespace

TEST_CASE("ArgumentResolver takes the first candidate naming an entity", "[argument_resolver]") {
  RuleSet rules = RuleSet::Default();
  Aliases aliases;
  ArgumentResolver resolver(rules, aliases, Finder(), Day());
  Item2 item({"Finance Minister Anna Ivanova met Pavel Orlov in Astana."}, &resolver);
  const Sentence& s = item.sentences[0];
  const Mention& ivanova = MentionOf(s, "Anna Ivanova");
  const Mention& orlov = MentionOf(s, "Pavel Orlov");

  ResolvedArgument a = resolver.Pick(s, {{&ivanova, {ivanova.begin, ivanova.end}, false},
                                         {&orlov, {orlov.begin, orlov.end}, true}});
  CHECK(a.entity == EntityRef{"Anna Ivanova", EntityType::kPerson});
  CHECK(a.title == "Finance Minister");
  CHECK(s.Text(a.span) == "Finance Minister Anna Ivanova");

  SECTION("other than the speaker") {
    EntityRef speaker = a.entity;
    ResolvedArgument b = resolver.Pick(s,
                                       {{&ivanova, {ivanova.begin, ivanova.end}, false},
                                        {&orlov, {orlov.begin, orlov.end}, false}},
                                       &speaker);
    CHECK(b.entity.name == "Pavel Orlov");
  }
  SECTION("a candidate marked last ends the pick though it names nothing") {
    ResolvedArgument c = resolver.Pick(
        s, {{nullptr, Find(s, "in"), true}, {&orlov, {orlov.begin, orlov.end}, true}});
    CHECK(c.entity.empty());
  }
  SECTION("no candidate names nothing") { CHECK(resolver.Pick(s, {}).entity.empty()); }
}

TEST_CASE("ArgumentResolver gives no entity for a news source", "[argument_resolver]") {
  RuleSet rules;
  rules.Load(R"j({"not_entities": ["(?i)\\bnews agency\\b"]})j", "test.json");
  Aliases aliases;
  ArgumentResolver resolver(rules, aliases, Finder(), Day());
  Item2 item({"The Steppe News Agency met Pavel Orlov."}, &resolver);
  const Sentence& s = item.sentences[0];
  CHECK(resolver.Pick(s, {{nullptr, Find(s, "The Steppe News Agency"), true}}).entity.empty());
  CHECK_FALSE(resolver.Pick(s, {{nullptr, Find(s, "Pavel Orlov"), true}}).entity.empty());
}

TEST_CASE("ArgumentResolver hands the sentence's subject to later pronouns",
          "[argument_resolver]") {
  RuleSet rules = RuleSet::Default();
  Aliases aliases;
  ArgumentResolver resolver(rules, aliases, Finder(), Day());
  Item2 item({"Anna Ivanova met Pavel Orlov in Astana.", "She said the talks went well."},
             &resolver);
  resolver.EndSentence(item.sentences[0], {});
  const Sentence& second = item.sentences[1];
  ResolvedArgument she = resolver.Pick(second, {{nullptr, Find(second, "She"), true}});
  CHECK(she.entity.name == "Anna Ivanova");
}

}  // namespace polgraph
