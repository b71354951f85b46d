#include "graph/name_folding.h"

#include <algorithm>
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

}  // namespace

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
