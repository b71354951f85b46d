// Stage 1 of a sentence's extraction, match: where a rule's pattern (and its
// continuation patterns) match a masked sentence, and which sentence spans
// the named groups cover. Reads only the masked and the plain sentence; knows
// nothing of entities.
//
// Promises: matches come left to right, each starting after the previous
// one's groups (and any continuations the caller read, SkipTo()); every span
// is trimmed (TrimSpan) and covers whole mentions; a group that did not take
// part in the match gives an empty span (role and content: no value). No
// copy of the sentence is made; the matcher allocates once per rule.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "extract/masked_sentence.h"
#include "extract/phrase_text.h"
#include "extract/rule_set.h"

namespace polgraph {

/// The sentence spans a match's groups cover.
struct MatchSpans {
  TextSpan whole;  // the whole match
  TextSpan subject, subjects, object, objects;
  std::optional<TextSpan> role, content;  // set when the group took part, even if empty
};

/// One match of a rule's pattern.
struct RuleMatch {
  MatchSpans spans;
  std::string_view text;  // the sentence text the match covers (spans.whole)
  bool vetoed = false;    // `text` also matches the rule's `unless`: it gives nothing
  size_t end = 0;         // masked offset where the match ends
  size_t groups_end = 0;  // masked offset where its groups end: continuations start here
};

/// The matches of one rule in one masked sentence, one at a time.
class RuleMatcher {
 public:
  /// REQUIRES: `masked` masks `sentence`; all outlive the matcher. `trigger`,
  /// when not null, is the rule's own (RuleSet::OwnTrigger), which matches
  /// from the start of every match: past the first match, the pattern is
  /// tried only while the trigger's small program still finds a match.
  RuleMatcher(const Rule& rule, std::string_view sentence, const MaskedSentence& masked,
              const RE2* trigger = nullptr);

  /// The next match, or nullopt when there is none.
  std::optional<RuleMatch> Next();

  /// The caller read up to masked offset `pos` (continuations): the next match
  /// starts there or later.
  void SkipTo(size_t pos);

 private:
  const Rule& rule_;
  const RE2* trigger_;
  std::string_view sentence_;
  const MaskedSentence& masked_;
  std::vector<re2::StringPiece> pieces_;
  size_t pos_ = 0;
};

/// One match of a continuation pattern ("... and B as Y").
struct ContinuationMatch {
  MatchSpans spans;  // object, objects and role only
  std::string_view text;
};

/// A chain of continuation matches and where it ends.
struct Continuations {
  std::vector<ContinuationMatch> matches;
  size_t end = 0;  // masked offset; `from` when nothing matched
};

/// The rule's continuation patterns, anchored at masked offset `from`, then
/// where each match's groups ended, until none matches or one makes no
/// progress (that one is still in `matches`; `end` stays where it began).
Continuations MatchContinuations(const Rule& rule, std::string_view sentence,
                                 const MaskedSentence& masked, size_t from);

}  // namespace polgraph
