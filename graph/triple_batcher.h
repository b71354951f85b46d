// Stores triples read from triples files (`polgraph ingest --triples`) in
// batches that never split an item's triples: each item is made from its
// triples' evidence, and a batch is handed to Store::AddBatch (one
// transaction) once it holds enough triples and a new item begins. An item's
// triples must come together, as extract prints them: once its batch is
// stored, more of them would be skipped with the stored item, so a triple
// that comes back to a stored item of the same file is an error.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/error.h"
#include "extract/triple.h"
#include "feed/item.h"
#include "graph/store.h"

namespace polgraph {

class TripleBatcher {
 public:
  static constexpr size_t kTriplesPerBatch = 20000;

  /// REQUIRES: `store` outlives the batcher.
  explicit TripleBatcher(Store& store, size_t triples_per_batch = kTriplesPerBatch)
      : store_(store), triples_per_batch_(triples_per_batch) {}
  TripleBatcher(const TripleBatcher&) = delete;  // holds a batch not yet stored
  TripleBatcher& operator=(const TripleBatcher&) = delete;

  /// Adds `triple`, read at `place`. Throws Error at `place` when its item's
  /// earlier triples were stored already, or what the store throws.
  void Add(Triple triple, const Place& place);

  /// A new triples file begins: the same item in another file is a duplicate
  /// (skipped when stored), not a scattered item.
  void StartFile() { flushed_.clear(); }

  /// Stores the batch held. Call at the end, or the last batch is lost.
  void Flush();

  /// What the batches stored so far added.
  const AddedCounts& added() const { return added_; }
  /// Items handed to the store so far (new or already stored).
  long items_stored() const { return items_stored_; }

 private:
  Store& store_;
  const size_t triples_per_batch_;
  std::map<std::string, size_t> items_;      // of the batch
  std::unordered_set<std::string> flushed_;  // stored from the current file
  std::vector<Item> order_;
  std::vector<Triple> triples_;
  AddedCounts added_;
  long items_stored_ = 0;
};

}  // namespace polgraph
