#include "extract/phrase_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace polgraph {
namespace {

// Punctuation that never begins or ends a phrase (UTF-8 quote marks and dashes too).
constexpr std::array<std::string_view, 16> kEdgePunctuation = {" ",
                                                               "\t",
                                                               ",",
                                                               ";",
                                                               ":",
                                                               "\"",
                                                               "'",
                                                               "(",
                                                               ")",
                                                               "\xE2\x80\x9C",
                                                               "\xE2\x80\x9D",
                                                               "\xE2\x80\x98",
                                                               "\xE2\x80\x99",  // “ ” ‘ ’
                                                               "\xE2\x80\x93",
                                                               "\xE2\x80\x94",
                                                               "-"};  // – — -

constexpr std::array<std::string_view, 6> kListSeparators = {", and ", ", & ",  "; ",
                                                             ", ",     " and ", " & "};

constexpr std::array<std::string_view, 14> kAdverbialStarts = {
    "on",    "in",    "at",        "also",       "earlier",    "later",    "then",
    "today", "again", "yesterday", "personally", "previously", "recently", "separately"};

// Words that may stand between list items besides the separator.
constexpr std::array<std::string_view, 22> kListWords = {
    "the",        "his",      "her",       "its",         "their",        "of",
    "for",        "deputy",   "member",    "members",     "head",         "chairman",
    "chair",      "minister", "president", "counterpart", "counterparts", "colleague",
    "colleagues", "first",    "acting",    "vice"};

constexpr std::array<std::string_view, 8> kLeadingWords = {"the ", "The ", "a ",   "an ",
                                                           "his ", "her ", "its ", "their "};

constexpr std::array<std::string_view, 13> kCounts = {"two",    "three",   "four", "five", "six",
                                                      "seven",  "eight",   "nine", "ten",  "eleven",
                                                      "twelve", "several", "both"};

bool StartsWithAt(std::string_view text, size_t pos, std::string_view what) {
  return text.substr(pos, what.size()) == what;
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c & 0x80; }

std::string Singular(std::string word) {
  auto ends = [&](std::string_view suffix) {
    return word.size() > suffix.size() + 1 &&
           std::string_view(word).substr(word.size() - suffix.size()) == suffix;
  };
  if (ends("ies")) return word.substr(0, word.size() - 3) + "y";
  if (ends("men")) return word.substr(0, word.size() - 3) + "man";
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is"))
    return word.substr(0, word.size() - 1);
  return word;
}

// Makes the head noun of an office singular: the word before " of " / " for "
// / " to " / " in " / " at ", else the last word.
std::string SingularHead(std::string_view role) {
  size_t head_end = role.size();
  for (std::string_view link : {" of ", " for ", " to ", " in ", " at "}) {
    size_t at = role.find(link);
    if (at != std::string_view::npos) head_end = std::min(head_end, at);
  }
  size_t head_begin = role.rfind(' ', head_end == 0 ? 0 : head_end - 1);
  head_begin = head_begin == std::string_view::npos || head_begin >= head_end ? 0 : head_begin + 1;
  std::string head(role.substr(head_begin, head_end - head_begin));
  return std::string(role.substr(0, head_begin)) + Singular(head) +
         std::string(role.substr(head_end));
}

// The length of the edge punctuation (kEdgePunctuation) that starts at
// text[pos], within text[pos, end); 0 if none. Looks at the first byte before
// comparing (the UTF-8 marks start with 0xE2): most phrases start with a letter.
size_t EdgePunctuationAt(std::string_view text, size_t pos, size_t end) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c >= 0x80 ? c != 0xE2 : !std::ispunct(c) && c != ' ' && c != '\t') return 0;
  for (std::string_view p : kEdgePunctuation)
    if (end - pos >= p.size() && StartsWithAt(text, pos, p)) return p.size();
  return 0;
}

// The length of the edge punctuation that ends at text[end), within
// text[begin, end); 0 if none. The UTF-8 marks end with 0x93 to 0x9D.
size_t EdgePunctuationBefore(std::string_view text, size_t begin, size_t end) {
  const unsigned char c = static_cast<unsigned char>(text[end - 1]);
  if (c >= 0x80 ? c < 0x93 || c > 0x9D : !std::ispunct(c) && c != ' ' && c != '\t') return 0;
  for (std::string_view p : kEdgePunctuation)
    if (end - begin >= p.size() && StartsWithAt(text, end - p.size(), p)) return p.size();
  return 0;
}

}  // namespace

TextSpan TrimSpan(std::string_view text, TextSpan span) {
  span.end = std::min(span.end, text.size());
  // Each step takes a character off one end; at most one step applies at an
  // end at a time, so the order of the steps does not change the result.
  for (bool again = true; again && !span.empty();) {
    again = false;
    while (!span.empty()) {
      size_t n = EdgePunctuationAt(text, span.begin, span.end);
      if (n == 0) break;
      span.begin += n;
      again = true;
    }
    while (!span.empty()) {
      size_t n = EdgePunctuationBefore(text, span.begin, span.end);
      if (n == 0) break;
      span.end -= n;
      again = true;
    }
    if (span.end - span.begin >= 2 && text[span.end - 1] == '.' &&
        std::islower(static_cast<unsigned char>(text[span.end - 2]))) {
      span.end -= 1;
      again = true;
    }
  }
  if (span.empty()) span.end = span.begin;
  return span;
}

std::vector<TextSpan> SplitList(std::string_view text, TextSpan span,
                                const std::vector<Mention>& mentions) {
  auto inside_mention = [&](size_t pos) {
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const Mention& m) { return m.begin < pos && pos < m.end; });
  };
  std::vector<TextSpan> parts;
  size_t start = span.begin;
  for (size_t pos = span.begin; pos < span.end;) {
    size_t cut = 0;
    for (std::string_view sep : kListSeparators) {
      if (pos + sep.size() <= span.end && StartsWithAt(text, pos, sep) && !inside_mention(pos)) {
        cut = sep.size();
        break;
      }
    }
    if (cut == 0) {
      ++pos;
      continue;
    }
    TextSpan part = TrimSpan(text, {start, pos});
    if (!part.empty()) parts.push_back(part);
    pos += cut;
    start = pos;
  }
  TextSpan last = TrimSpan(text, {start, span.end});
  if (!last.empty()) parts.push_back(last);
  return parts;
}

TextSpan TailPhrase(std::string_view text, TextSpan span, const WordList& clause_words) {
  span = TrimSpan(text, span);
  size_t begin = span.begin;
  for (size_t pos = span.begin; pos < span.end; ++pos) {
    if (pos > span.begin && IsWordChar(text[pos - 1])) continue;
    for (std::string_view w : clause_words.words) {
      size_t after = pos + w.size();
      if (after < span.end && StartsWithAt(text, pos, w) && !IsWordChar(text[after])) begin = after;
    }
  }
  return TrimSpan(text, {begin, span.end});
}

bool IsListGap(std::string_view gap) {
  bool joined = false;
  if (gap.starts_with(",")) {
    gap.remove_prefix(1);
    joined = true;
  } else if (gap.starts_with("'s ") || gap.starts_with("\xE2\x80\x99s ")) {
    gap.remove_prefix(gap.find(' '));
    joined = true;
  }
  std::vector<std::string_view> words;
  for (size_t pos = 0; pos < gap.size();) {
    size_t space = gap.find(' ', pos);
    if (space == std::string_view::npos) space = gap.size();
    if (space > pos) words.push_back(gap.substr(pos, space - pos));
    pos = space + 1;
  }
  size_t i = 0;
  if (i < words.size() && words[i] == "and") {
    joined = true;
    ++i;
  }
  if (!joined) return false;
  size_t office_words = 0;
  for (; i < words.size(); ++i) {
    bool listed = std::find(kListWords.begin(), kListWords.end(), words[i]) != kListWords.end();
    if (!listed) return false;
    office_words += words[i] != "the";
  }
  return office_words <= 4;
}

bool IsListItemEnd(std::string_view after) {
  if (after.empty()) return true;
  for (std::string_view end : {",", ".", ";", ")", " and ", " in ", " on ", " at ", " during "})
    if (after.starts_with(end)) return true;
  return false;
}

bool IsAdverbialTail(std::string_view text) {
  TextSpan span = TrimSpan(text, {0, text.size()});
  text = text.substr(span.begin, span.end - span.begin);
  if (text.empty()) return true;
  if (std::count(text.begin(), text.end(), ' ') > 3) return false;
  size_t space = text.find(' ');
  std::string_view first = text.substr(0, space);
  return std::find(kAdverbialStarts.begin(), kAdverbialStarts.end(), first) !=
         kAdverbialStarts.end();
}

bool IsInsideTitle(std::string_view text, TextSpan phrase, const Mention& mention) {
  if (mention.type == EntityType::kPerson) return false;
  // "President of Kazakhstan": the mention completes an office.
  if (mention.begin > phrase.begin && mention.begin <= phrase.end) {
    std::string_view before = text.substr(phrase.begin, mention.begin - phrase.begin);
    if (before.ends_with(" of ") || before.ends_with(" of the ")) return true;
  }
  // "Kazakhstan's Foreign Minister": the mention owns the office after it.
  if (mention.end < phrase.end) {
    std::string_view after = text.substr(mention.end, phrase.end - mention.end);
    if (after.starts_with("'s ") || after.starts_with("\xE2\x80\x99s ")) return true;
  }
  return false;
}

std::string NormalizeRole(std::string_view role, bool plural) {
  TextSpan span = TrimSpan(role, {0, role.size()});
  std::string_view r = role.substr(span.begin, span.end - span.begin);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view w : kLeadingWords)
      if (r.starts_with(w)) {
        r.remove_prefix(w.size());
        again = true;
      }
    for (std::string_view w : kCounts)
      if (r.starts_with(w) && r.size() > w.size() && r[w.size()] == ' ') {
        r.remove_prefix(w.size() + 1);
        plural = again = true;
      }
    if (!r.empty() && std::isdigit(static_cast<unsigned char>(r[0]))) {
      size_t space = r.find(' ');
      if (space != std::string_view::npos) {
        r.remove_prefix(space + 1);
        plural = again = true;
      }
    }
  }
  return plural ? SingularHead(r) : std::string(r);
}

}  // namespace polgraph
