#include "extract/statement_text.h"

#include <algorithm>
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

// Whether `c` can open (first byte) or close (last byte) a mark of kFrame:
// most statements start and end with a letter, and skip the search.
bool CanOpenFrame(char c) {
  return std::string_view(" ,:;.\"'\xE2").find(c) != std::string_view::npos;
}
bool CanCloseFrame(char c) {
  return std::string_view(" ,:;.\"'\x9C\x9D\x98\x99\x94").find(c) != std::string_view::npos;
}

std::string_view TrimFrame(std::string_view text) {
  for (bool trimmed = true; trimmed && !text.empty();) {
    if (!CanOpenFrame(text.front()) && !CanCloseFrame(text.back())) break;
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

// The longest listener "told" takes before what was told: "MPs",
// "BBC Radio 4's Today programme", "a news conference in the capital".
constexpr size_t kListenerBytes = 60;

bool EndsWithTold(std::string_view match) {
  for (std::string_view verb : {"told", "tells"})
    if (match.ends_with(verb) &&
        (match.size() == verb.size() || match[match.size() - verb.size() - 1] == ' '))
      return true;
  return false;
}

// Where a quote opens in `text`, straight or curly; npos if none.
size_t QuoteAt(std::string_view text) {
  return std::min(text.find('"'), text.find("\xE2\x80\x9C"));
}

// What follows "told", past the listener where a colon or "that" ends it
// ("told MPs: ...", "told the BBC that ..."). Else as it is: "told
// reporters the talks went well" keeps its listener.
std::string_view AfterListener(std::string_view after) {
  std::string_view head = after.substr(0, std::min(kListenerBytes, QuoteAt(after)));
  size_t colon = head.find(':');
  size_t that = head.find(" that ");
  if (colon != std::string_view::npos && (that == std::string_view::npos || colon < that))
    return after.substr(colon + 1);
  if (that != std::string_view::npos) return after.substr(that + 6);
  return after;
}

// The words after the match are the listener alone, the speech having come
// before it: '"...," she told the Sunday programme.'
bool ListenerOnly(std::string_view before, std::string_view after) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  bool speech_before =
      before.ends_with(",") || before.ends_with("\"") || before.ends_with("\xE2\x80\x9D");
  return speech_before && after.size() <= kListenerBytes && QuoteAt(after) == after.npos &&
         after.find_first_of(",:") == after.npos && after.find(" that ") == after.npos;
}

// "..., the ministry added, noting ...", "..., said A, who ...": after the
// verb, a comma and a participle or a clause about the speaker; the speech
// came before. Not "The plan, he said, will work", where the rest of the
// speech follows.
bool TakesSpeechBefore(std::string_view after) {
  if (!after.starts_with(", ")) return false;
  std::string_view rest = after.substr(2);
  std::string_view word = rest.substr(0, rest.find_first_of(" ,.;:"));
  if (word.size() > 4 && word.ends_with("ing")) return true;
  for (std::string_view w : {"who", "whose", "which", "in", "with", "as", "when", "while", "after",
                             "before", "during", "at", "on", "according"})
    if (word == w) return true;
  return false;
}

std::string_view StatementView(const Sentence& s, const MatchSpans& spans) {
  if (spans.content) return TrimFrame(s.Text(*spans.content));
  std::string_view before = s.text.substr(0, spans.whole.begin);
  std::string_view after = s.text.substr(spans.whole.end);
  if (TakesSpeechBefore(after)) {
    if (std::string_view said = TrimFrame(before); !said.empty()) return said;
  }
  if (EndsWithTold(s.Text(spans.whole))) {
    after = TrimFrame(after);
    after = ListenerOnly(before, after) ? std::string_view() : AfterListener(after);
  }
  after = TrimFrame(DropThat(TrimFrame(after)));
  if (!after.empty()) return after;
  return TrimFrame(before);
}

}  // namespace

TextSpan StatementSpan(const Sentence& s, const MatchSpans& spans) {
  std::string_view view = StatementView(s, spans);
  if (view.empty()) return {spans.whole.end, spans.whole.end};
  size_t begin = static_cast<size_t>(view.data() - s.text.data());
  return {begin, begin + view.size()};
}

}  // namespace polgraph
