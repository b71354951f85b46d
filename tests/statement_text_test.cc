// What a speech said is kept with its triple (extract/statement_text.h): the
// clause after the verb, without "that" and the closing full stop; the quote
// before ", said A" or "\" A noted"; through the default rules, on sentences
// written for this test.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/statement_text.h"
#include "tests/default_extractor.h"

namespace polgraph {
namespace {

// The statements of the announced triples of a one-sentence item.
std::vector<std::string> Statements(const std::string& sentence) {
  Item item;
  item.source = "statements.txt";
  item.position = 1;
  item.id = "statements-1";
  item.date = *Date::ParseIso("2025-06-11");
  item.paragraphs = {sentence};
  std::vector<std::string> out;
  for (const Triple& t : testing::DefaultExtractor().Extract(item))
    if (t.relation == Relation::kAnnounced) out.push_back(t.statement);
  return out;
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
  }));
  CAPTURE(sentence);
  std::vector<std::string> statements = Statements(sentence);
  REQUIRE(statements.size() == 1);
  CHECK(statements[0] == expected);
}

TEST_CASE("A content group is the statement as it stands", "[statement]") {
  std::string text = "Ana Silva stressed: \"the border stays open\" in Lisbon.";
  Sentence sentence{text, false, {}};
  MatchSpans spans;
  spans.whole = {0, 18};  // "Ana Silva stressed"
  size_t quote = text.find('"');
  spans.content = TextSpan{quote, text.rfind('"') + 1};
  CHECK(StatementText(sentence, spans) == "the border stays open");
  spans.content.reset();
  CHECK(StatementText(sentence, spans) == "the border stays open\" in Lisbon");
}

TEST_CASE("A match that is the whole sentence said nothing more", "[statement]") {
  std::string text = "Ana Silva said.";
  Sentence sentence{text, false, {}};
  MatchSpans spans;
  spans.whole = {0, 14};
  CHECK(StatementText(sentence, spans).empty());
}

}  // namespace polgraph
