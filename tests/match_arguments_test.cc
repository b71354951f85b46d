#include "extract/match_arguments.h"
#include "extract/statement_text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace polgraph {
namespace {

const MentionFinder& Finder() {
  static const MentionFinder finder;
  return finder;
}

const WordLists& Words() {
  static const WordLists words = WordLists::Default();
  return words;
}

const WordList& ClauseWords() { return Words().Get("clause_words"); }

TextSpan StatementSpan(const Sentence& s, const MatchSpans& spans) {
  return polgraph::StatementSpan(s, spans, Words().Get("listener_nouns"));
}

Sentence Read(std::string_view text) { return {text, false, Finder().Find(text)}; }

// The span of the first occurrence of `phrase` in the sentence.
TextSpan Find(const Sentence& s, std::string_view phrase) {
  size_t at = s.text.find(phrase);
  REQUIRE(at != std::string_view::npos);
  return {at, at + phrase.size()};
}

// A candidate as "text" or "text (last)", the mention's text when it is one.
std::vector<std::string> Show(const Sentence& s, const Candidates& candidates) {
  std::vector<std::string> out;
  for (const Candidate& c : candidates)
    out.push_back((c.mention ? "mention " : "text ") + std::string(s.Text(c.span)) +
                  (c.last ? " (last)" : ""));
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("SubjectCandidates takes the mention ending the subject phrase", "[match_arguments]") {
  Sentence s = Read("On Monday Foreign Minister Anna Ivanova met Pavel Orlov.");
  CHECK(Show(s, SubjectCandidates(s, Find(s, "On Monday Foreign Minister Anna Ivanova"),
                                  ClauseWords())) ==
        Lines{"mention Foreign Minister Anna Ivanova (last)"});

  SECTION("a short adverbial after the name keeps it") {
    Sentence t = Read("Anna Ivanova also met Pavel Orlov.");
    CHECK(Show(t, SubjectCandidates(t, Find(t, "Anna Ivanova also"), ClauseWords())) ==
          Lines{"mention Anna Ivanova (last)"});
  }
  SECTION("a phrase with no mention at its end is read as text, from its tail") {
    Sentence t = Read("Anna Ivanova said that the minister met Pavel Orlov.");
    CHECK(Show(t, SubjectCandidates(t, Find(t, "Anna Ivanova said that the minister"),
                                    ClauseWords())) == Lines{"text the minister (last)"});
  }
}

TEST_CASE("A pronoun's candidate is the person opening the sentence", "[match_arguments]") {
  Sentence s = Read("Anna Ivanova told reporters, where she hosted Pavel Orlov.");
  CHECK(Show(s, SubjectCandidates(s, Find(s, "reporters, where she"), ClauseWords())) ==
        Lines{"mention Anna Ivanova", "text she (last)"});

  SECTION("not when a possessive opens the sentence") {
    Sentence t = Read("Anna Ivanova's aide said that she met Pavel Orlov.");
    CHECK(GrammaticalSubject(t) == nullptr);
    CHECK(Show(t, SubjectCandidates(t, Find(t, "aide said that she"), ClauseWords())) ==
          Lines{"text she (last)"});
  }
  SECTION("after an introductory phrase and a comma") {
    Sentence t = Read("On Monday, Anna Ivanova met Pavel Orlov.");
    REQUIRE(GrammaticalSubject(t) != nullptr);
    CHECK(GrammaticalSubject(t)->name == "Anna Ivanova");
  }
}

TEST_CASE("GrammaticalSubject finds a later clause's subject, not a list's items",
          "[match_arguments]") {
  Sentence s = Read(
      "After talks with Pavel Orlov, Olga Smirnova and Ivan Petrov, Anna Ivanova told "
      "reporters the visit went well.");
  REQUIRE(GrammaticalSubject(s) != nullptr);
  CHECK(GrammaticalSubject(s)->name == "Anna Ivanova");
  Sentence t = Read("Later Anna Ivanova flew home.");
  REQUIRE(GrammaticalSubject(t) != nullptr);
  CHECK(GrammaticalSubject(t)->name == "Anna Ivanova");
  CHECK(GrammaticalSubject(Read("The talks with Pavel Orlov and Olga Smirnova went on.")) ==
        nullptr);
}

TEST_CASE("OpensWithPronoun: a pronoun before the first named person", "[match_arguments]") {
  CHECK(OpensWithPronoun(Read("He met Pavel Orlov in Astana.")));
  CHECK(OpensWithPronoun(Read("After the vote, she thanked Pavel Orlov.")));
  CHECK_FALSE(OpensWithPronoun(Read("Pavel Orlov said he was pleased.")));
  CHECK_FALSE(OpensWithPronoun(Read("The hearing ended early.")));
}

TEST_CASE("ListItems splits a list and runs on over mentions the pattern cut off",
          "[match_arguments]") {
  Sentence s = Read("Petrov met Anna Ivanova, Pavel Orlov and Olga Smirnova in Astana.");
  Lines items;
  for (TextSpan item : ListItems(s, Find(s, "Anna Ivanova, Pavel Orlov")))
    items.push_back(std::string(s.Text(item)));
  CHECK(items == Lines{"Anna Ivanova", "Pavel Orlov", "Olga Smirnova"});
  CHECK(s.Text(FirstItem(s, Find(s, "Anna Ivanova, Pavel Orlov"))) == "Anna Ivanova");
}

TEST_CASE("ItemCandidates prefers an item's named person", "[match_arguments]") {
  Sentence s = Read("Petrov met Finance Minister Anna Ivanova of Kazakhstan.");
  CHECK(Show(s, ItemCandidates(s, Find(s, "Finance Minister Anna Ivanova of Kazakhstan"))) ==
        Lines{"mention Finance Minister Anna Ivanova (last)"});
}

TEST_CASE("StatementCandidates reads what was said, and only that", "[match_arguments]") {
  Sentence s = Read(
      "After a call with Pavel Orlov, Anna Ivanova said the talks with Olga Smirnova went well.");
  MatchSpans spans;
  spans.whole = Find(s, "Anna Ivanova said");
  CHECK(Show(s, StatementCandidates(s, StatementSpan(s, spans))) == Lines{"mention Olga Smirnova"});

  SECTION("the speech before the match") {
    Sentence quote =
        Read("\"The talks with Pavel Orlov went well,\" Anna Ivanova told Olga Smirnova.");
    MatchSpans told;
    told.whole = Find(quote, "Anna Ivanova told");
    CHECK(Show(quote, StatementCandidates(quote, StatementSpan(quote, told))) ==
          Lines{"mention Pavel Orlov"});
  }

  SECTION("a content group limits it") {
    spans.content = Find(s, "the talks");
    CHECK(StatementCandidates(s, StatementSpan(s, spans)).empty());
  }
}

TEST_CASE("ReadRole rejects a role that is a name or starts inside one", "[match_arguments]") {
  Sentence s = Read("Petrov appointed Anna Ivanova as Deputy Minister of Finance.");
  CHECK(ReadRole(s, Find(s, "Deputy Minister of Finance")) == RoleReading::kOffice);
  CHECK(ReadRole(s, Find(s, "Anna Ivanova as")) == RoleReading::kNamesPerson);
  CHECK(ReadRole(s, Find(s, "Ivanova")) == RoleReading::kNamesPerson);
  Sentence t = Read("Petrov sent Anna Ivanova to the Ministry of Finance.");
  CHECK(ReadRole(t, Find(t, "of Finance")) == RoleReading::kCutsMention);
}

}  // namespace polgraph
