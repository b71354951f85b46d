#include "graph/name_folding.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include "base/utf8.h"

namespace polgraph {
namespace {

std::vector<char32_t> CodePoints(std::string_view text) {
  std::vector<char32_t> out;
  for (size_t pos = 0; pos < text.size();) {
    utf8::CodePoint cp = utf8::Decode(text, pos);
    out.push_back(cp.value);
    pos += cp.length;
  }
  return out;
}

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// `text` through the ICU transform `id`; nullopt when ICU has no such transform.
std::optional<std::string> Transform(const char* id, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> transform(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !transform) return std::nullopt;
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  transform->transliterate(unicode);
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

}  // namespace

std::vector<std::string> LatinSpellings(std::string_view name) {
  if (IsAscii(name)) return {};
  std::vector<std::string> spellings;
  for (const char* id : {"Russian-Latin/BGN; Any-Latin; Latin-ASCII", "Any-Latin; Latin-ASCII"}) {
    std::optional<std::string> latin = Transform(id, name);
    if (latin && *latin != name &&
        std::find(spellings.begin(), spellings.end(), *latin) == spellings.end())
      spellings.push_back(std::move(*latin));
  }
  return spellings;
}

std::string FoldName(std::string_view name) { return utf8::NameKey(name); }

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
