#include "cli/visible_text.h"

#include <algorithm>
#include <cstdio>

#include "base/utf8.h"

namespace polgraph::cli {
namespace {

bool IsInvisibleControl(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

// Printable ASCII only: shown as it is (most names and dates).
bool IsPlainAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

}  // namespace

std::string VisibleText(std::string_view text) {
  if (IsPlainAscii(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const utf8::CodePoint cp = utf8::Decode(text, i);
    const bool invalid = cp.length == 1 && static_cast<unsigned char>(text[i]) >= 0x80;
    if (invalid || (cp.value < 0x80 && IsInvisibleControl(cp.value))) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned char>(text[i]));
      out += hex;
    } else if (IsInvisibleControl(cp.value)) {
      char hex[12];
      std::snprintf(hex, sizeof hex, "\\u%04X", static_cast<unsigned>(cp.value));
      out += hex;
    } else {
      out.append(text.substr(i, cp.length));
    }
    i += cp.length;
  }
  return out;
}

}  // namespace polgraph::cli
