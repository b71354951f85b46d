// Just enough Unicode for extraction: decoding UTF-8 one code point at a
// time, letter case for the scripts news names come in (Latin with its
// accents, Greek, Cyrillic), and folding text to a lookup key ("Žižek" and
// "ZIZEK" both fold to "zizek"). Invalid bytes decode as themselves, one
// byte long, so every function is total.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace polgraph::utf8 {

struct CodePoint {
  char32_t value = 0;
  size_t length = 0;  // bytes used; 0 only at the end of the text
};

/// The code point starting at byte `pos` of `text`.
CodePoint DecodeMultibyte(std::string_view text, size_t pos);
inline CodePoint Decode(std::string_view text, size_t pos) {
  if (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80)
    return {static_cast<unsigned char>(text[pos]), 1};  // ASCII, the common case
  return DecodeMultibyte(text, pos);
}

/// Appends `c` to `out` as UTF-8.
void Append(std::string& out, char32_t c);

// Letter case beyond ASCII (out of line; the inline functions below call them).
bool IsLetterNonAscii(char32_t c);
bool IsUpperNonAscii(char32_t c);

inline bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return IsLetterNonAscii(c);
}
inline bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return IsUpperNonAscii(c);
}
inline bool IsLower(char32_t c) { return IsLetter(c) && !IsUpper(c); }
inline bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
/// Apostrophes: ' ’ ‘ ʼ.
bool IsApostrophe(char32_t c);
/// Dashes used between words: - – —.
bool IsDash(char32_t c);
/// Quotation marks: " “ ” „ « » ' ‘ ’.
bool IsQuote(char32_t c);
/// Spaces, including no-break and thin spaces.
bool IsSpaceNonAscii(char32_t c);
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return IsSpaceNonAscii(c);
}

char32_t ToLower(char32_t c);

/// Lowercases and strips accents from Latin letters ("Žižek" -> "zizek",
/// "Straße" -> "strasse"); other letters are only lowercased; typographic
/// apostrophes become '.
std::string Fold(std::string_view text);

/// Fold() that also treats hyphens, dots and apostrophes as spaces and
/// collapses runs of spaces: the key of a name ("Kassym-Jomart  TOKAYEV" ->
/// "kassym jomart tokayev").
std::string NameKey(std::string_view text);

/// The words of NameKey(text): "Kassym-Jomart TOKAYEV" -> kassym, jomart, tokayev.
std::vector<std::string> NameWords(std::string_view text);

}  // namespace polgraph::utf8
