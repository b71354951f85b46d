// What the extractor tells an observer while it works through an item, stage
// by stage: each sentence and its mentions, each rule tried, each match and
// what its groups named, why a match gave nothing, the triples of each
// sentence and of the item. The stages never see the observer; the extractor
// calls it between them, and only when one is given (Extractor::Extract).
//
// Calls come in reading order, from the thread that runs Extract(). Views
// passed in are valid only during the call.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/argument_resolver.h"
#include "extract/entity_resolver.h"
#include "extract/rule_set.h"
#include "extract/sentence.h"
#include "extract/triple.h"

namespace polgraph {

class ExtractionObserver {
 public:
  virtual ~ExtractionObserver() = default;

  /// A sentence begins; `masked` is how the rules read it.
  virtual void SentenceStarted(const Sentence& sentence, std::string_view masked) = 0;
  /// One of its mentions and what the item's resolver makes of it.
  virtual void MentionFound(const Sentence& sentence, const Mention& mention,
                            const Resolution& resolution) = 0;
  /// A rule whose trigger the sentence matches runs on it.
  virtual void RuleTried(const Rule& rule) = 0;
  /// The rule's pattern matched `text`.
  virtual void Matched(std::string_view text) = 0;
  /// A continuation pattern matched `text` after the match.
  virtual void ContinuationMatched(std::string_view text) = 0;
  /// A group (subject, subjects, object, objects, content, role) read `text`
  /// and named `entities` (none for a role).
  virtual void GroupRead(std::string_view group, std::string_view text,
                         std::span<const ResolvedArgument> entities) = 0;
  /// Why the current match gave no triple (a later reason replaces it).
  virtual void Dropped(std::string_view reason) = 0;
  /// The sentence gave `triples` (before the item's deduplication).
  virtual void SentenceDone(const std::vector<Triple>& triples) = 0;
  /// The item's final triples, and a line per duplicate removed.
  virtual void ItemDone(const std::vector<Triple>& triples, std::vector<std::string> removed) = 0;
};

}  // namespace polgraph
