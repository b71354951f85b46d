// SqliteStore: round trip, idempotent ingest, schema versions, empty stores.
#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <map>

#include <catch2/catch.hpp>

#include "base/error.h"
#include "graph/sqlite_store.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::Batch;
using testing::KnownWeek;
using testing::TempDir;

std::vector<Triple> AllTriples(const Store& store, const TripleFilter& filter = {}) {
  std::vector<Triple> triples;
  store.LoadTriples(filter, [&](const Triple& triple) { triples.push_back(triple); });
  return triples;
}

std::string Describe(const Triple& t) {
  return t.evidence.date.ToIso() + " " + t.evidence.item_id + " " + t.subject.name + " " +
         t.relation.name() + " " + t.object.name + " [" + t.role + "]";
}

void SetUserVersion(const std::string& path, int version) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  std::string sql = "PRAGMA user_version = " + std::to_string(version);
  REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

TEST_CASE("store round trip keeps every field of a triple", "[store]") {
  TempDir dir;
  Batch week = KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  AddedCounts added = store.AddBatch(week.items, week.triples);
  CHECK(added == AddedCounts{7, 10, 7});

  std::vector<Triple> loaded = AllTriples(store);
  REQUIRE(loaded.size() == week.triples.size());
  // Dated triples come in date order, the undated one last; here that is the
  // order they were written in.
  for (size_t i = 0; i < loaded.size(); ++i) {
    const Triple& want = week.triples[i];
    const Triple& got = loaded[i];
    CAPTURE(i, Describe(want), Describe(got));
    CHECK(got.subject == want.subject);
    CHECK(got.relation == want.relation);
    CHECK(got.object == want.object);
    CHECK(got.role == want.role);
    CHECK(got.evidence.source == want.evidence.source);
    CHECK(got.evidence.item == want.evidence.item);
    CHECK(got.evidence.item_id == want.evidence.item_id);
    CHECK(got.evidence.date == want.evidence.date);
    CHECK(got.evidence.sentence == want.evidence.sentence);
    CHECK(got.evidence.rule == want.evidence.rule);
  }
  CHECK(loaded[4].subject.IsUnnamed());
  CHECK(loaded[9].object.empty());
}

TEST_CASE("store ingesting the same items again adds nothing", "[store]") {
  TempDir dir;
  Batch week = KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  store.AddBatch(week.items, week.triples);
  StoreStats before = store.Stats();

  CHECK(store.AddBatch(week.items, week.triples) == AddedCounts{});
  StoreStats after = store.Stats();
  CHECK(after.items == before.items);
  CHECK(after.triples == before.triples);
  CHECK(after.entities == before.entities);

  // Reopened, too.
  SqliteStore reopened(dir.File("g.db"), StoreMode::kWrite);
  CHECK(reopened.AddBatch(week.items, week.triples) == AddedCounts{});
  CHECK(reopened.Stats().triples == 10);
}

TEST_CASE("store adds new items and skips stored ones as a whole", "[store]") {
  TempDir dir;
  Batch week = KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  // First the items a1..a3 and their triples.
  std::vector<Item> first(week.items.begin(), week.items.begin() + 3);
  std::vector<Triple> first_triples(week.triples.begin(), week.triples.begin() + 5);
  CHECK(store.AddBatch(first, first_triples) == AddedCounts{3, 5, 4});

  // a3 again, now with an extra triple: skipped as a whole. a4 is new.
  Item a3 = week.items[2], a4 = week.items[3];
  std::vector<Triple> again = {week.triples[3], week.triples[5], week.triples[6]};
  again.push_back(testing::MakeTriple(a3, testing::Person(testing::kSklyar), Relation::kMet,
                                      testing::Person(testing::kTokayev), "", "Extra.", "x"));
  CHECK(store.AddBatch({a3, a4}, again) == AddedCounts{1, 2, 2});
  CHECK(store.Stats().triples == 7);
  CHECK(store.HasItem("a4"));
  CHECK_FALSE(store.HasItem("a5"));
}

TEST_CASE("store counts entities, relations and dates", "[store]") {
  TempDir dir;
  Batch week = KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  store.AddBatch(week.items, week.triples);
  StoreStats stats = store.Stats();
  CHECK(stats.items == 7);
  CHECK(stats.triples == 10);
  CHECK(stats.entities == 7);
  using Counts = std::vector<std::pair<std::string, long>>;
  CHECK(stats.triples_by_relation ==
        Counts{{"announced", 2}, {"appointed", 2}, {"dismissed", 1}, {"met", 5}});
  using TypeCounts = std::vector<std::pair<EntityType, long>>;
  CHECK(stats.entities_by_type == TypeCounts{{EntityType::kPerson, 5},
                                             {EntityType::kOrganization, 1},
                                             {EntityType::kCountry, 1}});
  CHECK(stats.first.ToIso() == "2024-01-10");
  CHECK(stats.last.ToIso() == "2024-06-21");
}

TEST_CASE("store filters triples by relation, dates and entities", "[store]") {
  TempDir dir;
  Batch week = KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  store.AddBatch(week.items, week.triples);
  auto count = [&](const TripleFilter& filter) { return AllTriples(store, filter).size(); };
  TripleFilter met;
  met.relation = Relation::kMet;
  CHECK(count(met) == 5);
  TripleFilter spring;
  spring.since = *Date::ParseIso("2024-02-01");
  spring.until = *Date::ParseIso("2024-03-05");
  CHECK(count(spring) == 4);  // a3 and a4; the undated a6 is left out
  TripleFilter tokayev;
  tokayev.entity = testing::kTokayev;
  CHECK(count(tokayev) == 6);
  TripleFilter pair;
  pair.entity = testing::kErdogan;
  pair.other = testing::kTokayev;
  CHECK(count(pair) == 2);
  TripleFilter unknown;
  unknown.entity = "Nobody";
  CHECK(count(unknown) == 0);
}

TEST_CASE("store aggregates edges and entity mentions", "[store]") {
  TempDir dir;
  Batch week = KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  store.AddBatch(week.items, week.triples);
  std::map<std::string, long> mentions;
  store.LoadEntities({}, [&](const Entity& e) { mentions[e.name] = e.mentions; });
  CHECK(mentions == std::map<std::string, long>{{testing::kTokayev, 6},
                                                {testing::kBektenov, 3},
                                                {testing::kErdogan, 2},
                                                {testing::kSklyar, 2},
                                                {testing::kNurtleu, 3},
                                                {testing::kTurkey, 1},
                                                {testing::kEnergy, 1}});
  std::vector<EdgeSummary> edges;
  store.LoadEdges({}, [&](const EdgeSummary& e) { edges.push_back(e); });
  CHECK(edges.size() == 7);  // "?" appointed Sklyar and Energy's announcement give no edge
  auto bektenov = std::find_if(edges.begin(), edges.end(),
                               [](const EdgeSummary& e) { return e.object == testing::kBektenov; });
  REQUIRE(bektenov != edges.end());
  CHECK(bektenov->count == 2);
  CHECK(bektenov->first.ToIso() == "2024-01-10");
  CHECK(bektenov->last.ToIso() == "2024-01-15");
  auto appointed = std::find_if(edges.begin(), edges.end(), [](const EdgeSummary& e) {
    return e.relation == Relation::kAppointed;
  });
  REQUIRE(appointed != edges.end());
  CHECK(appointed->roles == std::vector<std::string>{testing::kForeignMinister});
}

TEST_CASE("store keeps the first known type of an entity", "[store]") {
  TempDir dir;
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  Item a = testing::MakeItem("x1", 1, "2024-05-01", "One");
  Item b = testing::MakeItem("x2", 2, "2024-05-02", "Two");
  store.AddBatch({a}, {testing::MakeTriple(a, {"Akorda", EntityType::kUnknown}, Relation::kMet,
                                           testing::Person("Aida Balayeva"), "", "s", "r")});
  store.AddBatch({b}, {testing::MakeTriple(b, {"Akorda", EntityType::kOrganization}, Relation::kMet,
                                           {"Aida Balayeva", EntityType::kCountry}, "", "s", "r")});
  std::map<std::string, EntityType> types;
  store.LoadEntities({}, [&](const Entity& e) { types[e.name] = e.type; });
  CHECK(types["Akorda"] == EntityType::kOrganization);
  CHECK(types["Aida Balayeva"] == EntityType::kPerson);
}

TEST_CASE("store keeps aliases of an entity", "[store]") {
  TempDir dir;
  Batch week = KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  store.AddBatch(week.items, week.triples);
  store.SetAliases(testing::kTokayev, {"Tokaev", "Токаев"});
  std::vector<std::string> aliases;
  store.LoadEntities({}, [&](const Entity& e) {
    if (e.name == testing::kTokayev) aliases = e.aliases;
  });
  CHECK(aliases == std::vector<std::string>{"Tokaev", "Токаев"});
  // A later batch naming the entity does not forget them or add it twice.
  Item extra = testing::MakeItem("x9", 9, "2024-07-01", "More");
  CHECK(store.AddBatch(
            {extra}, {testing::MakeTriple(extra, testing::Person(testing::kTokayev), Relation::kMet,
                                          testing::Person(testing::kSklyar), "", "s", "r")}) ==
        AddedCounts{1, 1, 0});
}

TEST_CASE("store rejects a triple whose item is not in the batch, adding nothing", "[store]") {
  TempDir dir;
  Batch week = KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  REQUIRE_THROWS_WITH(store.AddBatch({week.items[0]}, {week.triples[0], week.triples[1]}),
                      dir.File("g.db") + ": triple of item 'a2' comes without its item");
  StoreStats stats = store.Stats();
  CHECK(stats.items == 0);
  CHECK(stats.entities == 0);
  // The failed batch left no stale state behind: the same batch goes in whole.
  CHECK(store.AddBatch(week.items, week.triples) == AddedCounts{7, 10, 7});
}

TEST_CASE("store schema version is recorded and checked", "[store]") {
  TempDir dir;
  std::string path = dir.File("g.db");
  { SqliteStore store(path, StoreMode::kWrite); }
  SqliteStore reader(path, StoreMode::kRead);
  CHECK(reader.schema_version() == SqliteStore::kSchemaVersion);

  SetUserVersion(path, SqliteStore::kSchemaVersion + 1);
  std::string newer = path + ": schema version 2 is newer than this polgraph's (1)";
  CHECK_THROWS_WITH(SqliteStore(path, StoreMode::kRead), newer);
  CHECK_THROWS_WITH(SqliteStore(path, StoreMode::kWrite), newer);
}

TEST_CASE("store opened for reading must exist and be a polgraph store", "[store]") {
  TempDir dir;
  std::string missing = dir.File("missing.db");
  CHECK_THROWS_WITH(SqliteStore(missing, StoreMode::kRead),
                    missing + ": no such database (polgraph ingest creates one)");
  CHECK_FALSE(std::filesystem::exists(missing));

  std::string empty = dir.File("empty.db");
  SetUserVersion(empty, 0);
  CHECK_THROWS_WITH(SqliteStore(empty, StoreMode::kRead), empty + ": not a polgraph database");

  std::string text = dir.File("notes.txt");
  std::ofstream(text) << "Not a database, just some notes about the week's meetings.\n";
  CHECK_THROWS_WITH(SqliteStore(text, StoreMode::kRead),
                    Catch::StartsWith(text + ": ") && Catch::Contains("not a database"));
}

TEST_CASE("store that is empty answers with nothing", "[store]") {
  TempDir dir;
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  StoreStats stats = store.Stats();
  CHECK(stats.items == 0);
  CHECK(stats.triples == 0);
  CHECK(stats.entities == 0);
  CHECK(stats.triples_by_relation.empty());
  CHECK_FALSE(stats.first.IsKnown());
  CHECK(AllTriples(store).empty());
  CHECK(store.AddBatch({}, {}) == AddedCounts{});
}

}  // namespace
}  // namespace polgraph
