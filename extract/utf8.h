// Just enough Unicode for extraction: decoding UTF-8 one code point at a
// time, letter case for the scripts news names come in (Latin with its
// accents, Greek, Cyrillic), and folding text to a lookup key ("Žižek" and
// "ZIZEK" both fold to "zizek"). Invalid bytes decode as themselves, one
// byte long, so every function is total.
#pragma once

#include <string>
#include <string_view>

namespace polgraph::utf8 {

struct CodePoint {
  char32_t value = 0;
  size_t length = 0;  // bytes used; 0 only at the end of the text
};

/// The code point starting at byte `pos` of `text`.
CodePoint Decode(std::string_view text, size_t pos);

/// Appends `c` to `out` as UTF-8.
void Append(std::string& out, char32_t c);

bool IsLetter(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsDigit(char32_t c);
/// Apostrophes: ' ’ ‘ ʼ.
bool IsApostrophe(char32_t c);
/// Dashes used between words: - – —.
bool IsDash(char32_t c);
/// Quotation marks: " “ ” „ « » ' ‘ ’.
bool IsQuote(char32_t c);
/// Spaces, including no-break and thin spaces.
bool IsSpace(char32_t c);

char32_t ToLower(char32_t c);

/// Lowercases and strips accents from Latin letters ("Žižek" -> "zizek",
/// "Straße" -> "strasse"); other letters are only lowercased; typographic
/// apostrophes become '.
std::string Fold(std::string_view text);

/// Fold() that also treats hyphens, dots and apostrophes as spaces and
/// collapses runs of spaces: the key of a name ("Kassym-Jomart  TOKAYEV" ->
/// "kassym jomart tokayev").
std::string NameKey(std::string_view text);

}  // namespace polgraph::utf8
