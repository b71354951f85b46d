#include "extract/statement_text.h"

#include <algorithm>
#include <array>
#include <initializer_list>

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
  for (std::string_view verb : {"told", "tells", "telling"})
    if (match.ends_with(verb) &&
        (match.size() == verb.size() || match[match.size() - verb.size() - 1] == ' '))
      return true;
  return false;
}

// Where a quote opens in `text`, straight or curly; npos if none.
size_t QuoteAt(std::string_view text) {
  return std::min(text.find('"'), text.find("\xE2\x80\x9C"));
}

// Reads the listener after "told" where nothing marks its end, word by word
// over `after` (a view into the sentence).
class ListenerReader {
 public:
  ListenerReader(const Sentence& s, std::string_view after, const WordList& listener_nouns)
      : s_(s), after_(after), nouns_(listener_nouns) {}

  // What follows the listener: "told [the Times] he hoped ...", "told [BBC
  // Radio 4's Today programme] the plan ...", "told [Labour members] the
  // Tories ...", "told [reporters in Astana] the talks ...". The listener is
  // an optional article or possessive, a name (a mention, or capitalized
  // words and numbers) and what it owns ("Radio 4's Today"), a listener noun
  // ("programme", "members") after at most two lowercase words, and a venue
  // ("at the X Institute"). `after` as it is when it opens with none of
  // these, or when no words follow them.
  std::string_view Rest() const {
    size_t pos = 0;
    if (IsOneOf(WordAt(pos), {"the", "a", "an", "his", "her", "their", "its"})) pos = Next(pos);
    size_t end = SkipName(pos);
    bool found = end != pos;
    for (size_t at = found ? Next(end) : pos, i = 0; i < 3 && at < after_.size(); ++i) {
      std::string_view word = WordAt(at);
      if (IsListenerNoun(word)) {
        end = at + word.size();
        found = true;
        break;
      }
      if (!StartsLower(word) ||
          std::find(kClauseOpeners.begin(), kClauseOpeners.end(), word) != kClauseOpeners.end())
        break;
      at = Next(at);
    }
    if (!found) return after_;
    if (size_t venue = Next(end); IsOneOf(WordAt(venue), {"at", "in"})) {
      venue = Next(venue);
      if (WordAt(venue) == "the") venue = Next(venue);
      if (size_t venue_end = SkipName(venue); venue_end != venue) end = venue_end;
    }
    if (end >= after_.size() || after_[end] != ' ') return after_;
    std::string_view rest = after_.substr(Next(end));
    return !rest.empty() && IsWordStart(rest.front()) ? rest : after_;
  }

 private:
  // Lowercase words that open the statement rather than describe the listener.
  static constexpr std::array<std::string_view, 17> kClauseOpeners = {
      "the", "a",     "an",   "he",   "she", "it",  "they",  "we", "i",
      "you", "there", "this", "that", "his", "her", "their", "its"};

  // Past the name at `pos` (`pos` when none): a mention, or capitalized words
  // and numbers, joined by "'s" to what it owns and by "with", "of", "and" to
  // more ("BBC's Breakfast with Frost"). Before any "'s", a second mention
  // that nothing joins to it is not part of it ("the BBC [Mr Putin] ...");
  // punctuation ends it.
  size_t SkipName(size_t pos) const {
    size_t end = pos;
    bool owned = false;  // past an "'s": what follows names a programme, a paper
    for (bool first = true, joined = false; pos < after_.size(); first = false) {
      size_t past = MentionEndAt(pos);
      if (past != std::string_view::npos) {
        if (!first && !joined && !owned) break;
      } else {
        std::string_view word = WordAt(pos);
        if (!IsCapitalized(word) && !IsNumber(word)) break;
        past = pos + word.size();
      }
      joined = false;
      std::string_view tail = after_.substr(past);
      for (std::string_view mark : {"'s", "\xE2\x80\x99s"}) {
        if (tail.starts_with(mark)) past += mark.size();
        joined = joined || after_.substr(pos, past - pos).ends_with(mark);
      }
      owned = owned || joined;
      end = past;
      if (end >= after_.size() || after_[end] != ' ') break;
      pos = Next(end);
      if (!joined && IsOneOf(WordAt(pos), {"with", "of", "and", "&"}) &&
          IsCapitalized(WordAt(Next(pos)))) {
        pos = Next(pos);
        joined = true;
      }
    }
    return end;
  }

  // The end (in after_) of the mention that starts at `pos`, or npos.
  size_t MentionEndAt(size_t pos) const {
    size_t base = static_cast<size_t>(after_.data() - s_.text.data());
    for (const Mention& m : s_.mentions)
      if (m.begin == base + pos && m.end > m.begin) return std::min(after_.size(), m.end - base);
    return std::string_view::npos;
  }

  // The word at `pos`: up to a space or punctuation.
  std::string_view WordAt(size_t pos) const {
    if (pos >= after_.size()) return {};
    std::string_view rest = after_.substr(pos);
    return rest.substr(0, rest.find_first_of(" ,;:.!?\"()"));
  }

  // Where the word after the one at `pos` starts (the end when none does).
  size_t Next(size_t pos) const {
    size_t space = after_.find(' ', pos);
    if (space == std::string_view::npos) return after_.size();
    return std::min(after_.size(), after_.find_first_not_of(' ', space));
  }

  bool IsListenerNoun(std::string_view word) const {
    return !word.empty() &&
           std::find(nouns_.words.begin(), nouns_.words.end(), word) != nouns_.words.end();
  }
  static bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
  }
  static bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
  static bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
  static bool IsCapitalized(std::string_view word) { return !word.empty() && IsUpper(word[0]); }
  static bool StartsLower(std::string_view word) { return !word.empty() && IsLower(word[0]); }
  static bool IsNumber(std::string_view word) { return !word.empty() && IsDigit(word[0]); }
  // Letters, digits, a quote or any character beyond ASCII.
  static bool IsWordStart(char c) {
    return IsUpper(c) || IsLower(c) || IsDigit(c) || c == '"' ||
           static_cast<unsigned char>(c) >= 0x80;
  }

  const Sentence& s_;
  std::string_view after_;
  const WordList& nouns_;
};

// What follows "told", past the listener: where a colon or "that" ends it
// ("told MPs: ...", "told the BBC that ..."), else where ListenerReader
// finds its end ("told the Times he ...").
std::string_view AfterListener(const Sentence& s, std::string_view after,
                               const WordList& listener_nouns) {
  std::string_view head = after.substr(0, std::min(kListenerBytes, QuoteAt(after)));
  size_t colon = head.find(':');
  size_t that = head.find(" that ");
  if (colon != std::string_view::npos && (that == std::string_view::npos || colon < that))
    return after.substr(colon + 1);
  if (that != std::string_view::npos) return after.substr(that + 6);
  return ListenerReader(s, after, listener_nouns).Rest();
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

// "'...,' said X, the group's chairman.": a quotation closes right before
// the match, and what follows the speaker holds none of its own and no
// colon: it tells who the speaker is, and the speech is the quotation.
bool QuoteEndsBefore(std::string_view before, std::string_view after) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  bool closes = before.ends_with("\"") || before.ends_with("\xE2\x80\x9D");
  return closes && after.starts_with(", ") && QuoteAt(after) == std::string_view::npos &&
         after.find(':') == std::string_view::npos;
}

std::string_view StatementView(const Sentence& s, const MatchSpans& spans,
                               const WordList& listener_nouns) {
  if (spans.content) return TrimFrame(s.Text(*spans.content));
  std::string_view before = s.text.substr(0, spans.whole.begin);
  std::string_view after = s.text.substr(spans.whole.end);
  if (TakesSpeechBefore(after) || QuoteEndsBefore(before, after)) {
    if (std::string_view said = TrimFrame(before); !said.empty()) return said;
  }
  if (EndsWithTold(s.Text(spans.whole))) {
    after = TrimFrame(after);
    after =
        ListenerOnly(before, after) ? std::string_view() : AfterListener(s, after, listener_nouns);
  }
  after = TrimFrame(DropThat(TrimFrame(after)));
  if (!after.empty()) return after;
  return TrimFrame(before);
}

}  // namespace

TextSpan StatementSpan(const Sentence& s, const MatchSpans& spans, const WordList& listener_nouns) {
  std::string_view view = StatementView(s, spans, listener_nouns);
  if (view.empty()) return {spans.whole.end, spans.whole.end};
  size_t begin = static_cast<size_t>(view.data() - s.text.data());
  return {begin, begin + view.size()};
}

}  // namespace polgraph
