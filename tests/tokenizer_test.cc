#include "extract/tokenizer.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using polgraph::Token;
using polgraph::Tokenize;

namespace {

// The tokens as text, with marks: ^ capitalized, ' possessive, ! all capitals.
std::vector<std::string> Show(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) {
    std::string s(t.Text(text));
    if (t.upper) s += "^";
    if (t.possessive) s += "'";
    if (t.all_caps) s += "!";
    out.push_back(s);
  }
  return out;
}

using Tokens = std::vector<std::string>;

}  // namespace

TEST_CASE("Tokenize keeps names whole and cuts possessives", "[mentions]") {
  auto [text, expected] = GENERATE(table<std::string, Tokens>({
      {"Kassym-Jomart Tokayev's visit", {"Kassym-Jomart^", "Tokayev^'", "visit"}},
      {"O'Brien met Sha\u2019ban", {"O'Brien^", "met", "Sha\u2019ban^"}},
      {"the Agency\u2019s staff", {"the", "Agency^'", "staff"}},
      {"the Ministers\u2019 meeting", {"the", "Ministers^'", "meeting"}},
      {"al-Sisi and von der Leyen", {"al-Sisi^", "and", "von", "der", "Leyen^"}},
      {"NATO, the U.S. and Gen. Petrov",
       {"NATO^!", ",", "the", "U.S.^!", "and", "Gen.^", "Petrov^"}},
      {"J. Smith and Kassym-J. Tokayev", {"J.^", "Smith^", "and", "Kassym-J.^", "Tokayev^"}},
      {"97.5% of 5,561,937 on 28.01.2026", {"97.5%", "of", "5,561,937", "on", "28.01.2026"}},
      {"Minister \u2013 Minister", {"Minister^", "\u2013", "Minister^"}},
      {"via primeminister.kz today", {"via", "primeminister.kz", "today"}},
      {"He met Tokayev.", {"He^", "met", "Tokayev^", "."}},
      {"McDONALD met iPhone, A.I. and AI",
       {"McDONALD^", "met", "iPhone", ",", "A.I.^!", "and", "AI^!"}},
      // Letters beyond ASCII count as ASCII ones do.
      {"\u017dI\u017dEK met \u017di\u017eek\u00a0OK",
       {"\u017dI\u017dEK^!", "met", "\u017di\u017eek^", "OK^!"}},
  }));
  CAPTURE(text);
  CHECK(Show(text) == expected);
}

TEST_CASE("Tokenize marks the first word of the text", "[mentions]") {
  std::string text = "\u201cWe agree,\u201d Serikov said.";
  std::vector<Token> tokens = Tokenize(text);
  REQUIRE(tokens.size() >= 3);
  CHECK(tokens[1].Text(text) == "We");
  CHECK(tokens[1].sentence_start);
  for (size_t i = 2; i < tokens.size(); ++i) CHECK_FALSE(tokens[i].sentence_start);
}

TEST_CASE("Tokenize into a vector replaces what it held", "[mentions]") {
  std::string text = "Tokayev met Xi.";
  std::vector<Token> tokens = Tokenize("A much longer text, with many more tokens than the next.");
  Tokenize(text, tokens);
  std::vector<Token> fresh = Tokenize(text);
  REQUIRE(tokens.size() == fresh.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    CAPTURE(i);
    CHECK(tokens[i].Text(text) == fresh[i].Text(text));
    CHECK(tokens[i].kind == fresh[i].kind);
    CHECK(tokens[i].upper == fresh[i].upper);
    CHECK(tokens[i].sentence_start == fresh[i].sentence_start);
  }
}

TEST_CASE("Tokenize reads long words and capitals the same at every length", "[mentions]") {
  // Words of every length up to 20, placed at every offset: where a word ends
  // and whether it is all capitals must not depend on how its bytes fall.
  for (size_t offset = 0; offset < 9; ++offset) {
    for (size_t length = 1; length <= 20; ++length) {
      std::string caps(length, 'K');
      std::string mixed = caps;
      mixed.back() = 'k';
      std::string text = std::string(offset, ' ') + caps + " and " + mixed + ", " + caps + "ö.";
      std::vector<Token> tokens = Tokenize(text);
      INFO("offset " << offset << ", length " << length << ": " << text);
      REQUIRE(tokens.size() == 6);
      CHECK(tokens[0].Text(text) == caps);
      CHECK(tokens[0].all_caps == (length >= 2));
      CHECK(tokens[2].Text(text) == mixed);
      CHECK_FALSE(tokens[2].all_caps);
      CHECK(tokens[4].Text(text) == caps + "ö");  // a letter beyond ASCII goes on the word
      CHECK_FALSE(tokens[4].all_caps);
    }
  }
}
