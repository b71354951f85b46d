// Text operations on the phrases that rules capture: trimming a span,
// splitting a list of names ("A, B and C") where no mention spans the
// separator, the tail of a subject phrase, and an office written as a role.
// Pure functions over string_views; no state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/mention.h"
#include "extract/word_lists.h"

namespace polgraph {

/// Byte offsets [begin, end) of a phrase in a sentence.
struct TextSpan {
  size_t begin = 0, end = 0;
  bool empty() const { return end <= begin; }
};

/// `span` without surrounding spaces, commas, semicolons, colons, dashes and
/// quote marks, nor a final period after a lowercase word.
TextSpan TrimSpan(std::string_view text, TextSpan span);

/// The parts of a list phrase, split at ", ", ", and ", " and ", " & " and
/// "; " where no mention covers the separator; trimmed, empty parts dropped.
std::vector<TextSpan> SplitList(std::string_view text, TextSpan span,
                                const std::vector<Mention>& mentions);

/// True when `gap`, the text between two mentions, joins them as items of a
/// list: a separator (", ", " and ", ", and ") or a possessive ("'s "), then at
/// most an article and a few office words ("and member of the ").
bool IsListGap(std::string_view gap);

/// True when `after`, the text right after a mention, can end a list item:
/// the end, a comma, a period, " and ", or a place or time ("in", "on", "at").
bool IsListItemEnd(std::string_view after);

/// The end of a clause-local subject phrase after its last conjunction or
/// clause word ("where he" -> "he", "said that the Minister" -> "the Minister").
/// `clause_words` is the word list clause_words (where, when, that, and, ...),
/// matched as written at the start of a word.
TextSpan TailPhrase(std::string_view text, TextSpan span, const WordList& clause_words);

/// True when `text`, following a name in a subject phrase, is only a short
/// adverbial ("on Tuesday", "also", "earlier today"), so the name ends the phrase.
bool IsAdverbialTail(std::string_view text);

/// True when `mention` stands in `phrase` as the complement of an office
/// ("President of Kazakhstan", "the Minister of Foreign Affairs of France"),
/// so the phrase names an office holder, not the mention. Never for persons.
bool IsInsideTitle(std::string_view text, TextSpan phrase, const Mention& mention);

/// An office as a role: without a leading article or count ("the", "four"),
/// trimmed; with `plural` (several people got it) or a count, a plural head
/// noun is made singular ("deputy defence ministers" -> "deputy defence minister").
std::string NormalizeRole(std::string_view role, bool plural);

}  // namespace polgraph
