#include "base/utf8.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

namespace utf8 = polgraph::utf8;

TEST_CASE("utf8::Decode reads code points and survives bad bytes", "[mentions]") {
  std::string text = "a\u017d\u2019\xff";
  CHECK(utf8::Decode(text, 0).value == U'a');
  CHECK(utf8::Decode(text, 1).value == U'\u017d');
  CHECK(utf8::Decode(text, 1).length == 2);
  CHECK(utf8::Decode(text, 3).value == U'\u2019');
  CHECK(utf8::Decode(text, 3).length == 3);
  CHECK(utf8::Decode(text, 6).length == 1);        // an invalid byte is one byte long
  CHECK(utf8::Decode(text, 7).length == 0);        // the end
  CHECK(utf8::Decode("\xe2\x80", 0).length == 1);  // truncated sequence
}

TEST_CASE("utf8 knows letter case in Latin, Cyrillic and Greek", "[mentions]") {
  for (char32_t upper : {U'A', U'\u00c4', U'\u017d', U'\u0130', U'\u0416', U'\u04d8', U'\u0394'}) {
    CAPTURE(static_cast<uint32_t>(upper));
    CHECK(utf8::IsUpper(upper));
    CHECK(utf8::IsLetter(upper));
    CHECK(utf8::IsLower(utf8::ToLower(upper)));
  }
  for (char32_t lower : {U'a', U'\u00e4', U'\u017e', U'\u0436', U'\u04d9', U'\u03b4', U'\u00df'}) {
    CAPTURE(static_cast<uint32_t>(lower));
    CHECK(utf8::IsLower(lower));
    CHECK(utf8::ToLower(lower) == lower);
  }
  CHECK_FALSE(utf8::IsLetter(U'\u2019'));
  CHECK_FALSE(utf8::IsLetter(U'7'));
  CHECK(utf8::IsApostrophe(U'\u2019'));
  CHECK(utf8::IsDash(U'\u2013'));
  CHECK(utf8::IsQuote(U'\u201d'));
  CHECK(utf8::IsSpace(U'\u00a0'));
}

TEST_CASE("utf8::Fold and NameKey make lookup keys", "[mentions]") {
  auto [text, fold, key] = GENERATE(table<std::string, std::string, std::string>({
      {"\u017di\u017eek", "zizek", "zizek"},
      {"Stra\u00dfe", "strasse", "strasse"},
      {"\u00c6RO", "aero", "aero"},
      {"Sha\u2019ban", "sha'ban", "sha ban"},
      {"Kassym-Jomart  TOKAYEV", "kassym-jomart  tokayev", "kassym jomart tokayev"},
      {"U.S.", "u.s.", "u s"},
      {"\u0422\u043e\u043a\u0430\u0435\u0432", "\u0442\u043e\u043a\u0430\u0435\u0432",
       "\u0442\u043e\u043a\u0430\u0435\u0432"},
      {"\u018fliyev", "aliyev", "aliyev"},
  }));
  CAPTURE(text);
  CHECK(utf8::Fold(text) == fold);
  CHECK(utf8::NameKey(text) == key);
}

TEST_CASE("utf8::NameKey reads plain ASCII as it reads accented text", "[mentions]") {
  // An ASCII name takes a shorter path; an accented letter at its end sends the
  // same text down the general one, and both keys must agree.
  std::mt19937 random(16);
  const std::string alphabet = "abcXYZ -.'\t\n09";
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int n = static_cast<int>(random() % 12); n > 0; --n)
      text += alphabet[random() % alphabet.size()];
    CAPTURE(text);
    CHECK(utf8::NameKey(text + "\u00e9") == utf8::NameKey(text + "e"));
  }
  CHECK(utf8::NameKey("  Mr. O'Brien--JR. ") == "mr o brien jr");
}
