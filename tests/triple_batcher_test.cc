// The batcher behind `ingest --triples`: triples are stored in batches that
// never split an item, items are made from the triples' evidence, and an
// item whose triples come back after it was stored is an error at the place
// of the stray triple.
#include "graph/triple_batcher.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "graph/sqlite_store.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::Batch;
using testing::KnownWeek;
using testing::TempDir;

// A store that counts the batches handed to it.
class CountingStore : public SqliteStore {
 public:
  using SqliteStore::SqliteStore;
  AddedCounts AddBatch(const std::vector<Item>& items,
                       const std::vector<Triple>& triples) override {
    batch_sizes.push_back(triples.size());
    return SqliteStore::AddBatch(items, triples);
  }
  std::vector<size_t> batch_sizes;  // triples per batch
};

TEST_CASE("triple batcher stores an item's triples in one batch", "[store]") {
  TempDir dir;
  CountingStore store(dir.File("g.db"), StoreMode::kWrite);
  Batch week = KnownWeek();  // items a1..a5 give 1, 2, 2, 2, 2 triples, a6 one
  TripleBatcher batcher(store, 3);
  batcher.StartFile();
  for (const Triple& t : week.triples) batcher.Add(t, Place{"week.jsonl", 1, ""});
  batcher.Flush();
  // A batch is flushed when it holds 3 or more triples and a new item begins.
  CHECK(store.batch_sizes == std::vector<size_t>{3, 4, 3});
  CHECK(batcher.added() == AddedCounts{6, 10, 7});  // a7 gave no triple: not an item here
  CHECK(batcher.items_stored() == 6);
  StoreStats stats = store.Stats();
  CHECK(stats.triples == 10);
  CHECK(store.HasItem("a6"));
}

TEST_CASE("triple batcher makes items from the evidence", "[store]") {
  TempDir dir;
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  Batch week = KnownWeek();
  TripleBatcher batcher(store);
  for (const Triple& t : week.triples) batcher.Add(t, Place{"week.jsonl", 1, ""});
  batcher.Flush();
  std::vector<Triple> loaded;
  store.LoadTriples({}, [&](const Triple& t) { loaded.push_back(t); });
  REQUIRE(loaded.size() == week.triples.size());
  CHECK(loaded[0].evidence.item_id == "a1");
  CHECK(loaded[0].evidence.source == week.triples[0].evidence.source);
  CHECK(loaded[0].evidence.item == 1);
  CHECK(loaded[0].evidence.date.ToIso() == "2024-01-10");
}

TEST_CASE("triple batcher refuses an item's triples after its batch was stored", "[store]") {
  TempDir dir;
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  Batch week = KnownWeek();
  TripleBatcher batcher(store, 1);
  batcher.StartFile();
  batcher.Add(week.triples[0], Place{"t.jsonl", 1, ""});  // a1
  batcher.Add(week.triples[1], Place{"t.jsonl", 2, ""});  // a2: a1's batch is stored
  CHECK_THROWS_WITH(batcher.Add(week.triples[0], Place{"t.jsonl", 3, ""}),
                    "t.jsonl:3: a triple of item 'a1' comes after other items' triples; an "
                    "item's triples must be together");
  // In another file the same item is a duplicate, skipped by the store.
  batcher.StartFile();
  CHECK_NOTHROW(batcher.Add(week.triples[0], Place{"u.jsonl", 1, ""}));
  batcher.Flush();
  CHECK(batcher.added() == AddedCounts{2, 2, 2});  // a1 and the first triple of a2
  CHECK(batcher.items_stored() == 3);
}

}  // namespace
}  // namespace polgraph
