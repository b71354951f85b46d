#include "base/utf8.h"

#include <algorithm>

namespace polgraph::utf8 {
namespace {

// Base letters of U+0100..U+017F (Latin Extended-A), in order.
constexpr std::string_view kLatinExtendedA =
    "aaaaaa"
    "cccccccc"
    "dddd"
    "eeeeeeeeee"
    "gggggggg"
    "hhhh"
    "iiiiiiiiii"
    "ii"
    "jj"
    "kkk"
    "llllllllll"
    "nnnnnnnnn"
    "oooooo"
    "oo"
    "rrrrrr"
    "ssssssss"
    "tttttt"
    "uuuuuuuuuuuu"
    "ww"
    "yyy"
    "zzzzzz"
    "s";
static_assert(kLatinExtendedA.size() == 0x80);

// Base letters of U+00C0..U+00FF (Latin-1); '*' marks × and ÷.
constexpr std::string_view kLatin1 =
    "aaaaaaaceeeeiiii"
    "dnooooo*ouuuuyts"
    "aaaaaaaceeeeiiii"
    "dnooooo*ouuuuyty";
static_assert(kLatin1.size() == 0x40);

bool InRange(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// Latin Extended-A case: pairs start on even code points except in
// U+0139..U+0148 and U+0179..U+017E, where they start on odd ones.
bool LatinExtendedAUpper(char32_t c) {
  if (c == 0x138 || c == 0x149 || c == 0x17F) return false;
  if (c == 0x178) return true;
  bool odd_pairs = InRange(c, 0x139, 0x148) || InRange(c, 0x179, 0x17E);
  return odd_pairs ? (c % 2 == 1) : (c % 2 == 0);
}

// Cyrillic beyond the basic 64 letters: pairs start on even code points
// except U+04C1..U+04CE.
bool CyrillicExtraUpper(char32_t c) {
  if (c == 0x4C0) return true;
  if (c == 0x4CF || InRange(c, 0x482, 0x489)) return false;
  if (InRange(c, 0x4C1, 0x4CE)) return c % 2 == 1;
  return c % 2 == 0;
}

}  // namespace

CodePoint DecodeMultibyte(std::string_view text, size_t pos) {
  if (pos >= text.size()) return {0, 0};
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char b0 = byte(pos);
  if (b0 < 0x80) return {b0, 1};
  size_t length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (length == 0 || b0 >= 0xF8 || pos + length > text.size()) return {b0, 1};
  char32_t value = b0 & (0x3F >> (length - 1));
  for (size_t i = 1; i < length; ++i) {
    unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return {b0, 1};
    value = (value << 6) | (b & 0x3F);
  }
  return {value, length};
}

void Append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool IsLetterNonAscii(char32_t c) {
  if (InRange(c, 0xC0, 0x24F)) return c != 0xD7 && c != 0xF7;
  return InRange(c, 0x250, 0x2AF) || InRange(c, 0x370, 0x3FF) || InRange(c, 0x400, 0x52F) ||
         InRange(c, 0x531, 0x587) || InRange(c, 0x5D0, 0x5EA) || InRange(c, 0x620, 0x64A) ||
         InRange(c, 0x10A0, 0x10FF) || InRange(c, 0x1E00, 0x1FFF) || InRange(c, 0x3040, 0x9FFF) ||
         InRange(c, 0xAC00, 0xD7A3);
}

bool IsUpperNonAscii(char32_t c) {
  if (InRange(c, 0xC0, 0xDE)) return c != 0xD7;
  if (InRange(c, 0x100, 0x17F)) return LatinExtendedAUpper(c);
  if (c == 0x18F || InRange(c, 0x218, 0x21B)) return c % 2 == 0 || c == 0x18F;
  if (InRange(c, 0x386, 0x38F)) return c != 0x387;
  if (InRange(c, 0x391, 0x3AB)) return c != 0x3A2;
  if (InRange(c, 0x400, 0x42F)) return true;
  if (InRange(c, 0x460, 0x52F)) return CyrillicExtraUpper(c);
  if (InRange(c, 0x531, 0x556)) return true;
  if (InRange(c, 0x1E00, 0x1EFF)) return c % 2 == 0;
  return false;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x2BC; }

bool IsDash(char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012; }

bool IsQuote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB ||
         c == 0xBB || c == 0x2018 || c == 0x2019;
}

bool IsSpaceNonAscii(char32_t c) {
  return c == 0xA0 || InRange(c, 0x2000, 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

char32_t ToLower(char32_t c) {
  if (c < 0x80) return InRange(c, 'A', 'Z') ? c + 32 : c;
  if (!IsUpper(c)) return c;
  if (InRange(c, 0xC0, 0xDE)) return c + 0x20;
  if (c == 0x178) return 0xFF;
  if (c == 0x18F) return 0x259;
  if (InRange(c, 0x386, 0x38F)) {
    if (c == 0x386) return 0x3AC;
    return c + (c <= 0x38A ? 0x25 : c == 0x38C ? 0x40 : 0x3F);
  }
  if (InRange(c, 0x391, 0x3AB)) return c + 0x20;
  if (InRange(c, 0x400, 0x40F)) return c + 0x50;
  if (InRange(c, 0x410, 0x42F)) return c + 0x20;
  if (c == 0x4C0) return 0x4CF;
  if (InRange(c, 0x531, 0x556)) return c + 0x30;
  return c + 1;  // the paired ranges: the lowercase letter follows the capital
}

std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    CodePoint cp = Decode(text, pos);
    pos += cp.length;
    char32_t c = ToLower(cp.value);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (InRange(c, 0xC0, 0xFF) && kLatin1[c - 0xC0] != '*') {
      out += kLatin1[c - 0xC0];
      if (c == 0xDF) out += 's';  // ß -> ss
      if (c == 0xE6) out += 'e';  // æ -> ae
    } else if (InRange(c, 0x100, 0x17F)) {
      out += kLatinExtendedA[c - 0x100];
    } else if (c == 0x219 || c == 0x21B) {
      out += c == 0x219 ? 's' : 't';
    } else if (c == 0x259) {
      out += 'a';  // ə (Azerbaijani, Kazakh) is written "a" in English
    } else if (IsApostrophe(c)) {
      out += '\'';
    } else {
      Append(out, c);
    }
  }
  return out;
}

namespace {

bool IsAscii(std::string_view text) {
  unsigned char any = 0;
  for (char c : text) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

// NameKey's spacing of folded text: gaps to one space, none at either end.
std::string SpaceKey(std::string_view folded, bool lower) {
  std::string out(folded.size(), '\0');
  size_t n = 0;
  for (char c : folded) {
    bool gap = c == ' ' || c == '-' || c == '.' || c == '\'' || c == '\t' || c == '\n';
    if (gap) {
      if (n > 0 && out[n - 1] != ' ') out[n++] = ' ';
    } else {
      out[n++] = lower && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  if (n > 0 && out[n - 1] == ' ') --n;
  out.resize(n);
  return out;
}

}  // namespace

std::string NameKey(std::string_view text) {
  // ASCII folds to its lowercase: one pass, one string (names, mostly).
  if (IsAscii(text)) return SpaceKey(text, true);
  return SpaceKey(Fold(text), false);
}

std::vector<std::string> NameWords(std::string_view text) {
  const std::string key = NameKey(text);  // one space between words, none at the ends
  std::vector<std::string> words;
  for (size_t start = 0; start < key.size();) {
    size_t space = std::min(key.find(' ', start), key.size());
    words.push_back(key.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

}  // namespace polgraph::utf8
