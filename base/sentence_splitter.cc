#include "base/sentence_splitter.h"

#include <algorithm>
#include <array>

#include "base/byte_block.h"
#include "base/utf8.h"

namespace polgraph {
namespace {

using utf8::Decode;

// Abbreviations after which a period never ends a sentence (compared
// lowercased, without the period).
constexpr std::array<std::string_view, 53> kNeverFinal = {
    "mr",  "mrs",  "ms",  "dr",  "prof", "gen",  "col",    "lt",     "sen",  "rep",  "st",
    "gov", "capt", "sgt", "maj", "adm",  "rev",  "hon",    "pres",   "cmdr", "brig", "lieut",
    "amb", "supt", "mt",  "ft",  "jan",  "feb",  "mar",    "apr",    "jun",  "jul",  "aug",
    "sep", "sept", "oct", "nov", "dec",  "vs",   "cf",     "approx", "dept", "est",  "ca",
    "viz", "sr",   "jr",  "fr",  "sens", "reps", "messrs", "gens",   "insp"};

// Abbreviations that never end a sentence when a number follows ("No. 5").
constexpr std::array<std::string_view, 9> kBeforeNumber = {"no",  "nos", "art", "vol", "pp",
                                                           "fig", "ch",  "sec", "p"};

// Abbreviations that may also end a sentence: they do when the next word is a
// typical sentence opener ("... in the U.S. The ...").
constexpr std::array<std::string_view, 9> kMaybeFinal = {"etc", "inc", "ltd",  "co", "corp",
                                                         "plc", "llc", "bros", "al"};

// Words that usually open a sentence, so that a dotted abbreviation before
// them ends the previous one.
constexpr std::array<std::string_view, 48> kOpeners = {
    "the",    "a",         "an",      "it",        "he",      "she",   "they",      "we",
    "i",      "this",      "that",    "these",     "those",   "in",    "on",        "at",
    "as",     "but",       "however", "according", "earlier", "later", "meanwhile", "also",
    "there",  "his",       "her",     "their",     "its",     "our",   "after",     "before",
    "during", "following", "when",    "while",     "if",      "since", "under",     "by",
    "for",    "from",      "with",    "moreover",  "overall", "today", "yesterday", "and"};

bool Contains(const auto& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsSpaceAt(std::string_view text, size_t pos) {
  return pos < text.size() && utf8::IsSpace(Decode(text, pos).value);
}

// Closing marks that stay with the sentence they close: quotes, brackets.
bool IsCloser(char32_t c) { return utf8::IsQuote(c) || c == ')' || c == ']'; }

constexpr bool IsTerminator(char32_t c) { return c == '.' || c == '?' || c == '!' || c == 0x2026; }

// Whether one of the 16 bytes at `p` is a stop for SkipPlainAscii: a byte
// beyond ASCII (negative as a signed char), a newline or an ASCII terminator.
bool SixteenHaveStop(const char* p) {
  const ByteBlock bytes = LoadBlock(p);
  return AnySet((bytes < 0) | (bytes == '\n') | (bytes == '.') | (bytes == '?') | (bytes == '!'));
}

// The first byte at or after `pos` that may end a sentence or break a line:
// a newline, an ASCII terminator, or any byte of a character beyond ASCII
// (the loop below decodes those). Most of a paragraph is skipped here, 16
// bytes at a time.
size_t SkipPlainAscii(std::string_view text, size_t pos) {
  static constexpr std::array<bool, 256> kStops = [] {
    std::array<bool, 256> stops{};
    for (int byte = 0; byte < 256; ++byte)
      stops[byte] = byte >= 0x80 || byte == '\n' || IsTerminator(static_cast<char32_t>(byte));
    return stops;
  }();
  while (pos + 16 <= text.size() && !SixteenHaveStop(text.data() + pos)) pos += 16;
  while (pos < text.size() && !kStops[static_cast<unsigned char>(text[pos])]) ++pos;
  return pos;
}

size_t SkipSpaces(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    auto cp = Decode(text, pos);
    if (!utf8::IsSpace(cp.value)) break;
    pos += cp.length;
  }
  return pos;
}

// The word after `pos` (spaces, opening quotes and brackets skipped).
std::string_view NextWord(std::string_view text, size_t pos) {
  pos = SkipSpaces(text, pos);
  while (pos < text.size()) {
    auto cp = Decode(text, pos);
    if (!utf8::IsQuote(cp.value) && cp.value != '(' && cp.value != '[') break;
    pos += cp.length;
  }
  size_t end = pos;
  while (end < text.size()) {
    auto cp = Decode(text, end);
    if (!utf8::IsLetter(cp.value) && !utf8::IsDigit(cp.value)) break;
    end += cp.length;
  }
  return text.substr(pos, end - pos);
}

// The non-space run before `pos`, without opening quotes or brackets.
std::string_view WordBefore(std::string_view text, size_t pos) {
  size_t begin = pos;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\t' && text[begin - 1] != '\n')
    --begin;
  while (begin < pos) {  // drop opening quotes and brackets
    auto cp = Decode(text, begin);
    if (utf8::IsLetter(cp.value) || utf8::IsDigit(cp.value)) break;
    begin += cp.length;
  }
  return text.substr(begin, pos - begin);
}

enum class Case { kNone, kUpper, kLower, kDigit };

Case CaseOf(std::string_view word) {
  if (word.empty()) return Case::kNone;
  char32_t c = Decode(word, 0).value;
  if (utf8::IsDigit(c)) return Case::kDigit;
  if (utf8::IsUpper(c)) return Case::kUpper;
  if (utf8::IsLetter(c)) return Case::kLower;
  return Case::kNone;
}

// Does the single period at `dot` end a sentence, given the word after it?
// `closed`: a quote or bracket closes right after the period.
bool PeriodEnds(std::string_view text, size_t dot, std::string_view next, bool closed) {
  std::string_view word = WordBefore(text, dot);
  size_t hyphen = word.find_last_of('-');
  std::string_view last = hyphen == std::string_view::npos ? word : word.substr(hyphen + 1);
  // An initial: "J. Smith", "Kassym-J. Tokayev"; not a letter that ends a
  // quotation ("... Cell Block H." Labour said).
  if (last.size() == 1 && CaseOf(last) == Case::kUpper && !closed) return false;
  std::string lower = AsciiLower(word);
  if (Contains(kNeverFinal, lower)) return false;
  if (Contains(kBeforeNumber, lower) && CaseOf(next) == Case::kDigit) return false;
  // A dotted abbreviation ("u.s", "e.g"), not a number ("13.4%", "2.5bn").
  bool dotted = lower.find('.') != std::string::npos &&
                std::all_of(lower.begin(), lower.end(),
                            [](char c) { return c == '.' || (c >= 'a' && c <= 'z'); });
  if (dotted || Contains(kMaybeFinal, lower)) return Contains(kOpeners, AsciiLower(next));
  return true;
}

// Does the terminator run [begin, end) end a sentence, given the word after?
bool RunEnds(std::string_view text, size_t begin, size_t end, std::string_view next, bool closed) {
  Case next_case = CaseOf(next);
  if (next_case == Case::kLower) return false;  // "Why?" he asked; "etc. and"
  bool single_period = end - begin == 1 && text[begin] == '.';
  if (!single_period) return true;  // ? ! ... and mixes: only lowercase continues
  return PeriodEnds(text, begin, next, closed);
}

// A line that is a list item starts with "- ", "– ", "— ", "• " or "* ".
size_t ListMarkerLength(std::string_view text, size_t pos) {
  auto cp = Decode(text, pos);
  bool marker = utf8::IsDash(cp.value) || cp.value == 0x2022 || cp.value == '*';
  if (!marker || !IsSpaceAt(text, pos + cp.length)) return 0;
  return cp.length;
}

void Emit(std::string_view text, size_t begin, size_t end, std::vector<std::string_view>& out) {
  begin = SkipSpaces(text, begin);
  if (size_t marker = ListMarkerLength(text, begin)) begin = SkipSpaces(text, begin + marker);
  while (end > begin) {
    size_t back = end - 1;
    while (back > begin && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
    if (!utf8::IsSpace(Decode(text, back).value)) break;
    end = back;
  }
  if (end > begin) out.push_back(text.substr(begin, end - begin));
}

// A newline ends a sentence when a blank line or a list item follows it.
bool HardBreakAfter(std::string_view text, size_t newline) {
  size_t pos = newline + 1;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r')) ++pos;
  if (pos >= text.size() || text[pos] == '\n') return true;
  return ListMarkerLength(text, pos) > 0;
}

}  // namespace

std::vector<std::string_view> SplitSentences(std::string_view paragraph) {
  std::vector<std::string_view> sentences;
  size_t start = 0, pos = 0;
  while (pos < paragraph.size()) {
    pos = SkipPlainAscii(paragraph, pos);
    if (pos == paragraph.size()) break;
    auto cp = Decode(paragraph, pos);
    if (cp.value == '\n' && HardBreakAfter(paragraph, pos)) {
      Emit(paragraph, start, pos, sentences);
      start = pos = pos + 1;
      continue;
    }
    if (!IsTerminator(cp.value)) {
      pos += cp.length;
      continue;
    }
    size_t run_end = pos;  // the terminators, then closing quotes and brackets
    while (run_end < paragraph.size() && IsTerminator(Decode(paragraph, run_end).value))
      run_end += Decode(paragraph, run_end).length;
    size_t close_end = run_end;
    while (close_end < paragraph.size() && IsCloser(Decode(paragraph, close_end).value))
      close_end += Decode(paragraph, close_end).length;
    bool at_end = SkipSpaces(paragraph, close_end) == paragraph.size();
    if (!at_end && IsSpaceAt(paragraph, close_end) &&
        RunEnds(paragraph, pos, run_end, NextWord(paragraph, close_end), close_end > run_end)) {
      Emit(paragraph, start, close_end, sentences);
      start = close_end;
    }
    pos = at_end ? paragraph.size() : run_end;
  }
  Emit(paragraph, start, paragraph.size(), sentences);
  return sentences;
}

}  // namespace polgraph
