// Items in, triples out: splits an item into sentences, finds and resolves
// mentions, applies the rules and returns the triples with their evidence.
//
// Per item: every mention of the title and body is shown to one
// EntityResolver first (so a headline's "Tokayev" takes the body's full
// name), then each sentence, its mentions masked (masked_sentence.h), runs
// only the rules whose trigger it matches (RuleSet::Candidates), and each
// match's groups become entities, read from the mentions they cover. Triples
// are deduplicated per item: met is symmetric, one announced per speaker, a
// headline that restates the body adds nothing, an unnamed appointer ("?")
// gives way to a named one.
//
// Each sentence runs through four stages, each its own unit passing values
// to the next: match (rule_match.h: where a rule matches, which spans its
// groups cover) -> arguments (match_arguments.h: which mentions or phrases
// may name each argument) -> resolution (argument_resolver.h: the entity
// each names) -> triples (triple_builder.h). An ExtractionObserver
// (extraction_observer.h) watches between the stages; `explain` is one.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/aliases.h"
#include "extract/explain_report.h"
#include "extract/extraction_observer.h"
#include "extract/rule_set.h"
#include "extract/triple.h"
#include "feed/item.h"

namespace polgraph {

class Extractor {
 public:
  Extractor(RuleSet rules, Aliases aliases);
  ~Extractor();
  Extractor(const Extractor&) = delete;  // owns compiled rules
  Extractor& operator=(const Extractor&) = delete;

  /// The triples of one item, in reading order, duplicates removed.
  /// Thread-safe: may be called from several threads at once.
  std::vector<Triple> Extract(const Item& item) const;

  /// Extract() telling `observer` what each stage did. Thread-safe (one
  /// observer per call).
  std::vector<Triple> Extract(const Item& item, ExtractionObserver& observer) const;

  /// Extract() with every step recorded. Thread-safe.
  ExplainReport Explain(const Item& item) const;

  const RuleSet& rules() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polgraph
