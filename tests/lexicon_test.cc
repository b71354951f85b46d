#include "extract/lexicon.h"

#include <catch2/catch.hpp>
#include <string>

#include "extract/word_lists.h"

using polgraph::Lexicon;
using polgraph::LexiconEntry;
using polgraph::WordLists;

namespace {

const Lexicon& DefaultLexicon() {
  static const Lexicon lexicon(WordLists::Default());
  return lexicon;
}

}  // namespace

TEST_CASE("Lexicon::AppendKey appends the folded word to what the buffer holds", "[mentions]") {
  auto [before, word, after] = GENERATE(table<std::string, std::string, std::string>({
      {"", "Tokayev", "tokayev"},
      {"the ", "PRESIDENT", "the president"},
      {"x ", "U.S.", "x us"},
      {"", "Kassym-Jomart", "kassym-jomart"},
      {"people's ", "Sha\u2019ban", "people's sha'ban"},  // one apostrophe
      {"ab", "\u017di\u017eek", "abzizek"},
      {"", "\u0422\u043e\u043a\u0430\u0435\u0432", "\u0442\u043e\u043a\u0430\u0435\u0432"},
      {"keep ", "", "keep "},
      {"", "No.10-A&B+C'D", "no10-a&b+c'd"},
      {"", std::string("A\0B", 3), std::string("a\0b", 3)},
  }));
  CAPTURE(before, word);
  std::string buffer = before;
  Lexicon::AppendKey(word, buffer);
  CHECK(buffer == after);
  CHECK(Lexicon::Key(word) == after.substr(before.size()));
}

TEST_CASE("Lexicon::Find knows folded words and phrases, and phrase starts", "[mentions]") {
  const Lexicon& lexicon = DefaultLexicon();
  const LexiconEntry* minister = lexicon.Find("minister");
  REQUIRE(minister);
  CHECK((minister->classes & polgraph::kTitle) != 0);
  const LexiconEntry* china = lexicon.Find("people's republic of china");
  REQUIRE(china);
  CHECK((china->classes & polgraph::kCountry) != 0);
  CHECK(lexicon.StartsPhrase("people"));
  CHECK(lexicon.StartsPhrase("people's republic"));
  CHECK_FALSE(lexicon.StartsPhrase("people's republic of china"));
  CHECK(lexicon.Find("Minister") == nullptr);  // keys are folded first
  CHECK(lexicon.Find("tokayev") == nullptr);
  CHECK(lexicon.Find("") == nullptr);
}

TEST_CASE("Lexicon::Find finds every word of its lists, of every length", "[mentions]") {
  WordLists words = WordLists::Default();
  words.Load(R"j({"lists": [{"name": "test_titles", "classes": ["title"], "words":
      ["q", "qr", "qrs", "qrst", "qrstu", "qrstuvw", "qrstuvwx", "qrstuvwxy",
       "qrstuvwxyzabcdef", "qrstuvwxyzabcdefg", "qrs tuv", "qrs tuvwxyz abcdefghi"]}]})j",
             "test.json");
  Lexicon lexicon(words);
  size_t checked = 0;
  for (const polgraph::WordList& list : words.lists()) {
    if (list.classes == 0) continue;
    for (const std::string& word : list.words) {
      std::string key = Lexicon::Key(word);
      if (key.find(' ') != std::string::npos) continue;  // phrases: below
      CAPTURE(list.name, word);
      const LexiconEntry* entry = lexicon.Find(key);
      REQUIRE(entry);
      CHECK((entry->classes & list.classes) == list.classes);
      ++checked;
    }
  }
  CHECK(checked > 1000);
  for (std::string_view phrase : {"qrs tuv", "qrs tuvwxyz abcdefghi"}) {
    CAPTURE(phrase);
    CHECK(lexicon.Find(phrase));
  }
  CHECK(lexicon.StartsPhrase("qrs tuvwxyz"));
  // One byte off, at the start, middle or end, is another key.
  for (std::string_view other : {"qrstuvwxz", "arstuvwxy", "qrstavwxy", "qrstuvwxyzabcdeg", "qt"}) {
    CAPTURE(other);
    CHECK_FALSE(lexicon.Find(other));
  }
}
