// What a speech said is kept with its triple (extract/statement_text.h): the
// clause after the verb, without "that" and the closing full stop; the quote
// before ", said A" or "\" A noted"; after "told", without the listener;
// through the default rules, on sentences written for this test.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/statement_text.h"
#include "tests/default_extractor.h"

namespace polgraph {
namespace {

// The announced triples of an item of these paragraphs.
std::vector<Triple> Speeches(const std::vector<std::string>& paragraphs) {
  Item item;
  item.source = "statements.txt";
  item.position = 1;
  item.id = "statements-1";
  item.date = *Date::ParseIso("2025-06-11");
  item.paragraphs = paragraphs;
  std::vector<Triple> out;
  for (const Triple& t : testing::DefaultExtractor().Extract(item))
    if (t.relation == Relation::kAnnounced) out.push_back(t);
  return out;
}

// The statements of the announced triples of a one-sentence item.
std::vector<std::string> Statements(const std::string& sentence) {
  std::vector<std::string> out;
  for (const Triple& t : Speeches({sentence})) out.push_back(t.statement);
  return out;
}

const WordList& ListenerNouns() {
  static const WordLists words = WordLists::Default();
  return words.Get("listener_nouns");
}

}  // namespace

TEST_CASE("A speech keeps what was said", "[extractor][announced][statement]") {
  auto [sentence, expected] = GENERATE(table<std::string, std::string>({
      {"Finance Minister Lotte Brandt said that the deficit would shrink next year.",
       "the deficit would shrink next year"},
      {"Senator Paolo Rinaldi warned the vote could be delayed until autumn.",
       "the vote could be delayed until autumn"},
      {"\"We will not raise the retirement age,\" Prime Minister Ewa Nowak said.",
       "We will not raise the retirement age"},
      {"The reform is long overdue, said Hans Keller.", "The reform is long overdue"},
      {"The reform is long overdue, Hans Keller added, noting the cost of delay.",
       "The reform is long overdue"},
      {"The reform is long overdue, said Hans Keller, who chairs the committee.",
       "The reform is long overdue"},
      // A quotation, then who the speaker is: the quotation is the speech.
      {"\"The reform is long overdue,\" said Hans Keller, the committee's chairman.",
       "The reform is long overdue"},
      {"\"The reform is long overdue,\" said Hans Keller, of the Tax Payers' League.",
       "The reform is long overdue"},
      // An attribution inside the speech: the rest of it follows.
      {"The reform, Hans Keller said, is long overdue.", "is long overdue"},
  }));
  CAPTURE(sentence);
  std::vector<std::string> statements = Statements(sentence);
  REQUIRE(statements.size() == 1);
  CHECK(statements[0] == expected);
}

TEST_CASE("What was told leaves out whom it was told to", "[extractor][announced][statement]") {
  auto [sentence, expected] = GENERATE(table<std::string, std::string>({
      // A colon or "that" ends the listener.
      {"Lotte Brandt told MPs: \"The deficit will shrink next year.\"",
       "The deficit will shrink next year"},
      {"Lotte Brandt told Radio Hamburg's morning programme that the deficit would shrink.",
       "the deficit would shrink"},
      // The speech before, the listener alone after.
      {"\"The deficit will shrink,\" Lotte Brandt told the Weser Courier.",
       "The deficit will shrink"},
      {"The deficit will shrink next year, Lotte Brandt told local radio.",
       "The deficit will shrink next year"},
      // With neither, a name, what it owns and a listener noun end it.
      {"Lotte Brandt told reporters the deficit would shrink.", "the deficit would shrink"},
      {"Lotte Brandt told the Weser Courier she would stay.", "she would stay"},
      {"Lotte Brandt told Radio Hamburg's Evening Review programme there was no deficit.",
       "there was no deficit"},
      {"Lotte Brandt told NDR's Breakfast with Anna show the budget was safe.",
       "the budget was safe"},
      {"Lotte Brandt told Green members the coalition would hold.", "the coalition would hold"},
      {"Lotte Brandt told a news conference in Bremen the port would reopen.",
       "the port would reopen"},
      {"Lotte Brandt denied it, telling Radio Bremen's midday programme that the port would "
       "reopen.",
       "the port would reopen"},
      // No name or listener noun: nothing tells where a listener would end.
      {"Lotte Brandt told of her plans for the port.", "of her plans for the port"},
  }));
  CAPTURE(sentence);
  std::vector<std::string> statements = Statements(sentence);
  REQUIRE(statements.size() == 1);
  CHECK(statements[0] == expected);
}

TEST_CASE("What was said names first the entity the listener is not",
          "[extractor][announced][statement]") {
  auto [paragraphs, expected] = GENERATE(table<std::vector<std::string>, std::string>({
      {{"Lotte Brandt told the Weser Courier the harbour would reopen."}, ""},
      {{"Lotte Brandt told Dockers Union members the Finance Ministry had broken its word."},
       "Finance Ministry"},
      // One capitalized word with no title names no one unless the item or
      // the aliases say who: a quotation's first word, a place, a noun.
      {{"Lotte Brandt said: \"Plenty of voters agree with Jan Kowalczyk.\""}, "Jan Kowalczyk"},
      {{"\"Seen from the harbour, the plan helps Poland,\" Lotte Brandt said."}, "Poland"},
      {{"Lotte Brandt told reporters: \"Hardly anyone has read the report.\""}, ""},
      {{"Lotte Brandt said the choice should be made in Harbourside by Jan Kowalczyk."},
       "Jan Kowalczyk"},
      {{"Marek Novak opened the port on Monday.",
        "Lotte Brandt said: \"Novak was right to open it.\""},
       "Marek Novak"},
  }));
  CAPTURE(paragraphs);
  std::vector<Triple> speeches = Speeches(paragraphs);
  REQUIRE(speeches.size() == 1);
  CHECK(speeches[0].subject.name == "Lotte Brandt");
  CHECK(speeches[0].object.name == expected);
}

TEST_CASE("A content group is the statement as it stands", "[statement]") {
  std::string text = "Ana Silva stressed: \"the border stays open\" in Lisbon.";
  Sentence sentence{text, false, {}};
  MatchSpans spans;
  spans.whole = {0, 18};  // "Ana Silva stressed"
  size_t quote = text.find('"');
  spans.content = TextSpan{quote, text.rfind('"') + 1};
  CHECK(sentence.Text(StatementSpan(sentence, spans, ListenerNouns())) == "the border stays open");
  spans.content.reset();
  CHECK(sentence.Text(StatementSpan(sentence, spans, ListenerNouns())) ==
        "the border stays open\" in Lisbon");
}

TEST_CASE("A match that is the whole sentence said nothing more", "[statement]") {
  std::string text = "Ana Silva said.";
  Sentence sentence{text, false, {}};
  MatchSpans spans;
  spans.whole = {0, 14};
  CHECK(sentence.Text(StatementSpan(sentence, spans, ListenerNouns())).empty());
}

}  // namespace polgraph
