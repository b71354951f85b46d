// What the store keeps beyond the network, on every backend (SQLite always,
// PostgreSQL when POLGRAPH_TEST_PG names a server): an item's title, url and
// publisher and a speech's statement come back with each triple; an item's
// text comes back for re-extraction (LoadItems); ReplaceTriples swaps the
// triples of stored items; and a store of schema version 1 is upgraded in
// place with its triples kept.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "base/error.h"
#include "graph/sqlite_store.h"
#include "tests/graph_test_data.h"
#include "tests/store_backends.h"

namespace polgraph {
namespace {

using testing::Backend;
using testing::BackendName;
using testing::MakeItem;
using testing::MakeTriple;
using testing::Person;
using testing::StoreLocation;

Backend AnyBackend() { return GENERATE(Backend::kSqlite, Backend::kPostgres); }

std::vector<Triple> AllTriples(const Store& store) {
  std::vector<Triple> triples;
  store.LoadTriples({}, [&](const Triple& triple) { triples.push_back(triple); });
  return triples;
}

// A wire story about a ministry reshuffle, with its provenance.
Item Reshuffle() {
  Item item = MakeItem("r1", 3, "2025-03-04", "Kovacs appointed to head the treasury");
  item.url = "https://news.example.net/2025/03/04/kovacs?ref=feed&lang=en";
  item.publisher = "Example Wire";
  item.time = "09:45";
  item.paragraphs = {"Anna Kovacs was appointed Minister of Finance on Tuesday.", "",
                     "Kovacs said the budget would be balanced by next spring \xE2\x80\x94 "
                     "\"without new taxes\"."};
  return item;
}

Triple WithProvenance(const Item& item, Triple triple) {
  triple.evidence.title = item.title;
  triple.evidence.url = item.url;
  triple.evidence.publisher = item.publisher;
  return triple;
}

TEST_CASE("stores keep an item's title, url, publisher and a statement", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Item item = Reshuffle();
  Triple appointed = WithProvenance(
      item, MakeTriple(item, EntityRef::Unnamed(), Relation::kAppointed, Person("Anna Kovacs"),
                       "Minister of Finance", item.paragraphs[0], "appointed.passive"));
  Triple said = WithProvenance(item, MakeTriple(item, Person("Anna Kovacs"), Relation::kAnnounced,
                                                {}, "", item.paragraphs[2], "announced.said"));
  said.statement = "the budget would be balanced by next spring";
  auto store = where.Open(StoreMode::kWrite);
  store->AddBatch({item}, {appointed, said});

  std::vector<Triple> loaded = AllTriples(*store);
  REQUIRE(loaded.size() == 2);
  for (const Triple& t : loaded) {
    CHECK(t.evidence.title == "Kovacs appointed to head the treasury");
    CHECK(t.evidence.url == "https://news.example.net/2025/03/04/kovacs?ref=feed&lang=en");
    CHECK(t.evidence.publisher == "Example Wire");
  }
  CHECK(loaded[0].statement.empty());
  CHECK(loaded[1].statement == "the budget would be balanced by next spring");
}

TEST_CASE("stores give back the text of their items, in the order stored", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  auto store = where.Open(StoreMode::kWrite);
  Item first = Reshuffle();
  Item second = MakeItem("r2", 4, "", "Parliament adjourns");
  Item textless = MakeItem("r3", 5, "2025-03-06", "Loaded from a triples file");
  textless.paragraphs.clear();
  store->AddBatch({first, second, textless}, {});

  int64_t cursor = 0;
  std::vector<Item> page = store->LoadItems(&cursor, 1);
  REQUIRE(page.size() == 1);
  const Item& got = page[0];
  CHECK(got.id == "r1");
  CHECK(got.source == "week.txt");
  CHECK(got.position == 3);
  CHECK(got.date == first.date);
  CHECK(got.time == "09:45");
  CHECK(got.title == first.title);
  CHECK(got.url == first.url);
  CHECK(got.publisher == "Example Wire");
  CHECK(got.paragraphs == first.paragraphs);  // the empty paragraph too

  page = store->LoadItems(&cursor, 10);
  REQUIRE(page.size() == 1);  // r3 has no text to give
  CHECK(page[0].id == "r2");
  CHECK_FALSE(page[0].date.IsKnown());
  CHECK(store->LoadItems(&cursor, 10).empty());
  CHECK(store->Stats().items_without_text == 1);
}

TEST_CASE("stores replace the triples of stored items only", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  auto store = where.Open(StoreMode::kWrite);
  Item a = MakeItem("a", 1, "2025-01-02", "Talks in Vienna");
  Item b = MakeItem("b", 2, "2025-01-03", "Talks in Prague");
  store->AddBatch({a, b}, {MakeTriple(a, Person("Ines Moreau"), Relation::kMet,
                                      Person("Pavel Dvorak"), "", "s1", "met.old"),
                           MakeTriple(a, Person("Ines Moreau"), Relation::kMet,
                                      Person("Otto Brandt"), "", "s2", "met.old"),
                           MakeTriple(b, Person("Otto Brandt"), Relation::kMet,
                                      Person("Pavel Dvorak"), "", "s3", "met.old")});
  Item unknown = MakeItem("zz", 9, "2025-01-09", "Never stored");
  ReplacedCounts replaced = store->ReplaceTriples(
      {a, unknown}, {MakeTriple(a, Person("Ines Moreau"), Relation::kMet, Person("Lena Vogel"), "",
                                "s1", "met.new"),
                     MakeTriple(unknown, Person("Otto Brandt"), Relation::kMet,
                                Person("Lena Vogel"), "", "s9", "met.new")});
  CHECK(replaced == ReplacedCounts{1, 2, 1, 1});
  std::vector<Triple> loaded = AllTriples(*store);
  REQUIRE(loaded.size() == 2);
  CHECK(loaded[0].object.name == "Lena Vogel");
  CHECK(loaded[0].evidence.rule == "met.new");
  CHECK(loaded[1].evidence.item_id == "b");  // item b was not given: kept as it was
  CHECK_FALSE(store->HasItem("zz"));
  CHECK_THROWS_AS(store->ReplaceTriples({b}, {MakeTriple(a, Person("X Y"), Relation::kMet,
                                                         Person("Z W"), "", "s", "r")}),
                  Error);
}

// The schema of version 1, as polgraph 1 wrote it, with one item and triple.
constexpr const char* kVersionOneStore = R"sql(
CREATE TABLE items (id INTEGER PRIMARY KEY, item_id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
  position INTEGER NOT NULL, date TEXT, title TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE entities (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '');
CREATE TABLE triples (id INTEGER PRIMARY KEY, item INTEGER NOT NULL REFERENCES items(id),
  subject INTEGER REFERENCES entities(id), relation TEXT NOT NULL,
  object INTEGER REFERENCES entities(id), role TEXT NOT NULL, date TEXT, sentence TEXT NOT NULL,
  rule TEXT NOT NULL);
CREATE UNIQUE INDEX triples_once
  ON triples(item, IFNULL(subject, 0), relation, IFNULL(object, 0), role);
CREATE INDEX triples_edge ON triples(subject, relation, object, role, date);
CREATE INDEX triples_object ON triples(object, relation, date, subject);
INSERT INTO items VALUES (1, 'old1', 'old.txt', 7, '2023-05-01', 'Old talks', '2023-05-02T00:00:00Z');
INSERT INTO entities VALUES (1, 'Ines Moreau', 'person', ''), (2, 'Pavel Dvorak', 'person', '');
INSERT INTO triples VALUES (1, 1, 1, 'met', 2, '', '2023-05-01', 'Moreau met Dvorak.', 'met.x');
PRAGMA user_version = 1;
)sql";

TEST_CASE("sqlite store upgrades a version 1 store, keeping its triples", "[store]") {
  StoreLocation where(Backend::kSqlite);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(where.location().c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, kVersionOneStore, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);

  CHECK_THROWS_WITH(SqliteStore(where.location(), StoreMode::kRead),
                    where.location() + ": schema version 1 is older than this polgraph's (" +
                        std::to_string(SqliteStore::kSchemaVersion) +
                        "); run polgraph ingest to upgrade it");
  SqliteStore store(where.location(), StoreMode::kWrite);
  CHECK(store.schema_version() == SqliteStore::kSchemaVersion);
  std::vector<Triple> loaded = AllTriples(store);
  REQUIRE(loaded.size() == 1);
  CHECK(loaded[0].evidence.title == "Old talks");
  CHECK(loaded[0].evidence.url.empty());
  CHECK(loaded[0].statement.empty());
  CHECK(store.Stats().items_without_text == 1);  // stored before items kept their text
  int64_t cursor = 0;
  CHECK(store.LoadItems(&cursor, 10).empty());
}

}  // namespace
}  // namespace polgraph
