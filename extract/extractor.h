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
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/aliases.h"
#include "feed/item.h"
#include "extract/rule_set.h"
#include "extract/triple.h"

namespace polgraph {

/// What the extractor did with one item, step by step, for `polgraph explain`.
struct ExplainReport {
  struct MentionNote {
    std::string text;   // the span in the sentence
    std::string name;   // as the mention finder read it
    std::string title;  // title before the name, if any
    EntityType type = EntityType::kUnknown;
    EntityRef resolved;  // what the resolver made of it
    std::string how;     // the resolver's reason
  };
  struct GroupNote {
    std::string group;  // subject, object, objects, role, content
    std::string text;
    std::vector<std::string> entities;  // "name (type, how)" per entity read from it
  };
  struct RuleNote {
    std::string rule;  // rule id
    bool matched = false;
    std::string match;  // the matched text
    std::vector<GroupNote> groups;
    std::string dropped;  // why a match gave nothing, if it did
  };
  struct SentenceNote {
    std::string text;
    bool headline = false;
    std::string masked;  // the sentence as the rules read it
    std::vector<MentionNote> mentions;
    std::vector<RuleNote> rules;  // rules that passed the prefilter
    std::vector<Triple> triples;  // produced here, before deduplication
  };
  std::vector<SentenceNote> sentences;
  std::vector<Triple> triples;       // the item's final triples
  std::vector<std::string> removed;  // duplicates removed, with the reason
};

class Extractor {
 public:
  Extractor(RuleSet rules, Aliases aliases);
  ~Extractor();
  Extractor(const Extractor&) = delete;  // owns compiled rules
  Extractor& operator=(const Extractor&) = delete;

  /// The triples of one item, in reading order, duplicates removed.
  /// Thread-safe: may be called from several threads at once.
  std::vector<Triple> Extract(const Item& item) const;

  /// Extract() with every step recorded. Thread-safe.
  ExplainReport Explain(const Item& item) const;

  const RuleSet& rules() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polgraph
