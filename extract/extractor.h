// Items in, triples out: splits an item into sentences, finds and resolves
// mentions, applies the rules and returns the triples with their evidence.
#pragma once

#include <memory>
#include <vector>

#include "extract/aliases.h"
#include "extract/item.h"
#include "extract/rule_set.h"
#include "extract/triple.h"

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

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polgraph
