#include "graph/name_folding.h"

#include <algorithm>
#include <vector>

namespace polgraph {
namespace {

using namespace std::string_view_literals;

// Base letters of U+00C0..U+017F, lowercase; '\0' where there is none (×, ÷).
// Two-letter bases (ß, æ, œ, ĳ) are handled in Base() below.
constexpr std::string_view kLatinBase =
    "aaaaaaaceeeeiiii"     // U+00C0
    "dnooooo\0ouuuuyts"    // U+00D0 (× at D7, Þ -> t, ß special)
    "aaaaaaaceeeeiiii"     // U+00E0
    "dnooooo\0ouuuuyty"    // U+00F0
    "aaaaaaccccccccdd"     // U+0100
    "ddeeeeeeeeeegggg"     // U+0110
    "gggghhhhiiiiiiii"     // U+0120
    "iiiijjkkklllllll"     // U+0130
    "lllnnnnnnnnnoooo"     // U+0140
    "oooorrrrrrssssss"     // U+0150
    "ssttttttuuuuuuuu"     // U+0160
    "uuuuwwyyyzzzzzzs"sv;  // U+0170

// Decodes one code point at `*pos`; an invalid byte decodes as itself.
char32_t Decode(std::string_view s, size_t* pos) {
  unsigned char c = s[*pos];
  int extra = (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 0;
  if (extra == 0 || *pos + extra >= s.size()) {
    ++*pos;
    return c;
  }
  char32_t cp = c & (0x3F >> extra);
  for (int i = 1; i <= extra; ++i) {
    unsigned char cc = s[*pos + i];
    if ((cc >> 6) != 2) {
      ++*pos;
      return c;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *pos += extra + 1;
  return cp;
}

void Encode(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Lowercase of a Cyrillic capital (Russian and Kazakh letters); others unchanged.
char32_t LowerCyrillic(char32_t cp) {
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;  // А..Я
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;  // Ѐ..Џ, І
  if (cp == 0x4C0) return 0x4CF;
  bool even_upper = (cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) ||
                    (cp >= 0x4D0 && cp <= 0x4FF);  // Ғ, Қ, Ң, Ұ, Ү, Һ, Ә, Ө, ...
  if (even_upper && cp % 2 == 0) return cp + 1;
  if (cp >= 0x4C1 && cp <= 0x4CE && cp % 2 == 1) return cp + 1;
  return cp;
}

bool IsSeparator(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '-' || cp == '.' ||
         cp == '\'' || cp == 0x2019 || cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0xA0;
}

// The folded form of one code point, appended to `out`.
void AppendFolded(char32_t cp, std::string* out) {
  if (cp >= 'A' && cp <= 'Z') {
    out->push_back(static_cast<char>(cp - 'A' + 'a'));
  } else if (cp == 0xDF) {
    out->append("ss");
  } else if (cp == 0xC6 || cp == 0xE6) {
    out->append("ae");
  } else if (cp == 0x152 || cp == 0x153) {
    out->append("oe");
  } else if (cp == 0x132 || cp == 0x133) {
    out->append("ij");
  } else if (cp >= 0xC0 && cp <= 0x17F && kLatinBase[cp - 0xC0] != '\0') {
    out->push_back(kLatinBase[cp - 0xC0]);
  } else {
    Encode(LowerCyrillic(cp), out);
  }
}

std::vector<char32_t> CodePoints(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t pos = 0; pos < s.size();) out.push_back(Decode(s, &pos));
  return out;
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (size_t pos = 0; pos < name.size();) {
    char32_t cp = Decode(name, &pos);
    if (IsSeparator(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    AppendFolded(cp, &out);
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<char32_t> x = CodePoints(a), y = CodePoints(b);
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      size_t substitute = diagonal + (x[i - 1] == y[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
    }
  }
  return row[y.size()];
}

}  // namespace polgraph
