#include "extract/statement_text.h"

#include <array>

namespace polgraph {
namespace {

// Quotes and punctuation that frame a statement rather than belong to it.
constexpr std::array<std::string_view, 12> kFrame = {" ",
                                                     ",",
                                                     ":",
                                                     ";",
                                                     ".",
                                                     "\"",
                                                     "'",
                                                     "\xE2\x80\x9C",
                                                     "\xE2\x80\x9D",
                                                     "\xE2\x80\x98",
                                                     "\xE2\x80\x99",
                                                     "\xE2\x80\x94"};

std::string_view TrimFrame(std::string_view text) {
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    for (std::string_view mark : kFrame) {
      if (text.starts_with(mark)) {
        text.remove_prefix(mark.size());
        trimmed = true;
      }
      if (text.ends_with(mark)) {
        text.remove_suffix(mark.size());
        trimmed = true;
      }
    }
  }
  return text;
}

// "that the talks ..." -> "the talks ...".
std::string_view DropThat(std::string_view text) {
  if (text.starts_with("that ")) text.remove_prefix(5);
  return text;
}

}  // namespace

std::string_view StatementText(const Sentence& s, const MatchSpans& spans) {
  if (spans.content) return TrimFrame(s.Text(*spans.content));
  std::string_view after = TrimFrame(DropThat(TrimFrame(s.text.substr(spans.whole.end))));
  if (!after.empty()) return after;
  return TrimFrame(s.text.substr(0, spans.whole.begin));
}

}  // namespace polgraph
