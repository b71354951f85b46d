// Synthetic triples for the graph benchmarks: a seeded stream of news items
// with ten triples each, over a population of people, organizations and
// countries whose activity follows a power law (a few hubs, a long tail), as
// in real news. Relations: met 40%, announced 40%, appointed and dismissed
// 10% each (some with the unnamed agent "?"); dates over 2005-2026.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "feed/item.h"
#include "extract/triple.h"

namespace polgraph::bench {

class SyntheticTriples {
 public:
  /// `entities`: how many distinct named entities to draw from.
  SyntheticTriples(uint64_t seed, size_t entities);
  ~SyntheticTriples();
  SyntheticTriples(const SyntheticTriples&) = delete;  // one stream per seed
  SyntheticTriples& operator=(const SyntheticTriples&) = delete;

  /// Appends the next `count` items and their triples (ten per item).
  void NextBatch(size_t count, std::vector<Item>* items, std::vector<Triple>* triples);

  /// The name of the i-th entity (0 is the most active).
  const std::string& name(size_t i) const;
  size_t entity_count() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polgraph::bench
