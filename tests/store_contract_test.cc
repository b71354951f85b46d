// The promises of graph/store.h, checked on every backend: each test runs on
// SQLite and on PostgreSQL (skipped with a WARN unless POLGRAPH_TEST_PG names
// a server; tests/pg/with-postgres starts one).
#include <algorithm>
#include <map>
#include <set>
#include <thread>

#include <catch2/catch.hpp>

#include "base/error.h"
#include "tests/graph_test_data.h"
#include "tests/store_backends.h"

namespace polgraph {
namespace {

using testing::Backend;
using testing::BackendName;
using testing::Batch;
using testing::KnownWeek;
using testing::StoreLocation;

std::vector<Triple> AllTriples(const Store& store, const TripleFilter& filter = {}) {
  std::vector<Triple> triples;
  store.LoadTriples(filter, [&](const Triple& triple) { triples.push_back(triple); });
  return triples;
}

std::string Describe(const Triple& t) {
  return t.evidence.date.ToIso() + " " + t.evidence.item_id + " " + t.subject.name + " " +
         t.relation.name() + " " + t.object.name + " [" + t.role + "] " + t.evidence.sentence;
}

Backend AnyBackend() { return GENERATE(Backend::kSqlite, Backend::kPostgres); }

TEST_CASE("stores keep every field of a triple", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch week = KnownWeek();
  auto store = where.Open(StoreMode::kWrite);
  CHECK(store->AddBatch(week.items, week.triples) == AddedCounts{7, 10, 7});

  std::vector<Triple> loaded = AllTriples(*store);
  REQUIRE(loaded.size() == week.triples.size());
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
  CHECK(loaded[4].subject.IsUnnamed());  // "?" appointed Sklyar
  CHECK(loaded[9].object.empty());       // Energy announced, nothing named
}

TEST_CASE("stores keep text exactly as given", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  auto store = where.Open(StoreMode::kWrite);
  Item item = testing::MakeItem("q1", 1, "2024-04-02", "Quotes, \"backslashes\\\" and Токаев");
  // (object, sentence)
  std::vector<std::pair<std::string, std::string>> rows = {
      {"Recep Tayyip Erdoğan", "He said: \"We agreed.\""},
      {"C:\\new\\table", "A path C:\\new\\table, a tab\there and a line\nbreak."},
      {"Токаев", "Токаев встретился с Эрдоганом — «дружеский» визит 🇰🇿."},
      {"O'Brien; DROP TABLE items; --", "100% sure: $1 and ?2 and :name are not parameters."},
  };
  std::vector<Triple> triples;
  triples.reserve(rows.size());
  for (const auto& [object, sentence] : rows) {
    triples.push_back(testing::MakeTriple(item, testing::Person("Seán O'Brien"), Relation::kMet,
                                          testing::Person(object), "", sentence, "r\"1"));
  }
  store->AddBatch({item}, triples);
  std::vector<Triple> loaded = AllTriples(*store);
  REQUIRE(loaded.size() == rows.size());
  for (size_t i = 0; i < loaded.size(); ++i) {
    CAPTURE(rows[i].second);
    CHECK(loaded[i].evidence.sentence == rows[i].second);
    CHECK(loaded[i].subject.name == "Seán O'Brien");
    CHECK(loaded[i].object.name == rows[i].first);
    CHECK(loaded[i].evidence.rule == "r\"1");
  }
  CHECK(loaded[0].evidence.item_id == "q1");
  TripleFilter by_name;
  by_name.entity = "Seán O'Brien";
  CHECK(AllTriples(*store, by_name).size() == rows.size());
  CHECK(store->Stats().items == 1);
}

TEST_CASE("stores add nothing when the same items come again", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch week = KnownWeek();
  {
    auto store = where.Open(StoreMode::kWrite);
    store->AddBatch(week.items, week.triples);
    CHECK(store->AddBatch(week.items, week.triples) == AddedCounts{});
  }
  auto reopened = where.Open(StoreMode::kWrite);
  CHECK(reopened->AddBatch(week.items, week.triples) == AddedCounts{});
  StoreStats stats = reopened->Stats();
  CHECK(stats.items == 7);
  CHECK(stats.triples == 10);
  CHECK(stats.entities == 7);
}

TEST_CASE("stores add new items and skip stored ones as a whole", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch week = KnownWeek();
  auto store = where.Open(StoreMode::kWrite);
  std::vector<Item> first(week.items.begin(), week.items.begin() + 3);
  std::vector<Triple> first_triples(week.triples.begin(), week.triples.begin() + 5);
  CHECK(store->AddBatch(first, first_triples) == AddedCounts{3, 5, 4});

  // a3 again, now with an extra triple: skipped as a whole. a4 is new.
  Item a3 = week.items[2], a4 = week.items[3];
  std::vector<Triple> again = {week.triples[3], week.triples[5], week.triples[6]};
  again.push_back(testing::MakeTriple(a3, testing::Person(testing::kSklyar), Relation::kMet,
                                      testing::Person(testing::kTokayev), "", "Extra.", "x"));
  CHECK(store->AddBatch({a3, a4}, again) == AddedCounts{1, 2, 2});
  CHECK(store->Stats().triples == 7);
  CHECK(store->HasItem("a4"));
  CHECK_FALSE(store->HasItem("a5"));
}

TEST_CASE("stores keep an item and a triple once within a batch", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  auto store = where.Open(StoreMode::kWrite);
  Item item = testing::MakeItem("d1", 1, "2024-05-06", "Talks in Astana");
  Item copy = item;
  copy.position = 2;  // the same item read twice
  Triple met = testing::MakeTriple(item, testing::Person(testing::kTokayev), Relation::kMet,
                                   testing::Person(testing::kErdogan), "", "They met.", "m");
  Triple again = met;
  again.evidence.sentence = "They met, the agency repeated.";
  CHECK(store->AddBatch({item, copy}, {met, again}) == AddedCounts{1, 1, 2});
  std::vector<Triple> loaded = AllTriples(*store);
  REQUIRE(loaded.size() == 1);
  CHECK(loaded[0].evidence.item == 1);
  CHECK(loaded[0].evidence.sentence == "They met.");
}

TEST_CASE("stores count items, triples, relations, types and dates", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch week = KnownWeek();
  auto store = where.Open(StoreMode::kWrite);
  store->AddBatch(week.items, week.triples);
  StoreStats stats = store->Stats();
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

TEST_CASE("stores filter triples by relation, dates and entities", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch week = KnownWeek();
  auto store = where.Open(StoreMode::kWrite);
  store->AddBatch(week.items, week.triples);

  TripleFilter met, spring, since_june, tokayev, pair, unknown, pair_unknown;
  met.relation = Relation::kMet;
  spring.since = *Date::ParseIso("2024-02-01");
  spring.until = *Date::ParseIso("2024-03-05");
  since_june.since = *Date::ParseIso("2024-06-01");
  tokayev.entity = testing::kTokayev;
  pair.entity = testing::kErdogan;
  pair.other = testing::kTokayev;
  unknown.entity = "Nobody";
  pair_unknown.entity = testing::kTokayev;
  pair_unknown.other = "Nobody";
  auto [name, filter, want] = GENERATE_COPY(table<std::string, TripleFilter, size_t>({
      {"everything", TripleFilter{}, 10},
      {"met", met, 5},
      {"spring (the undated a6 is left out)", spring, 4},
      {"since June", since_june, 2},
      {"Tokayev", tokayev, 6},
      {"Erdogan and Tokayev", pair, 2},
      {"an unknown name", unknown, 0},
      {"Tokayev and an unknown name", pair_unknown, 0},
  }));
  CAPTURE(name);
  std::vector<Triple> got = AllTriples(*store, filter);
  CHECK(got.size() == want);
}

TEST_CASE("stores aggregate edges and entity mentions", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch week = KnownWeek();
  auto store = where.Open(StoreMode::kWrite);
  store->AddBatch(week.items, week.triples);
  std::map<std::string, long> mentions;
  store->LoadEntities({}, [&](const Entity& e) { mentions[e.name] = e.mentions; });
  CHECK(mentions == std::map<std::string, long>{{testing::kTokayev, 6},
                                                {testing::kBektenov, 3},
                                                {testing::kErdogan, 2},
                                                {testing::kSklyar, 2},
                                                {testing::kNurtleu, 3},
                                                {testing::kTurkey, 1},
                                                {testing::kEnergy, 1}});
  std::vector<EdgeSummary> edges;
  store->LoadEdges({}, [&](const EdgeSummary& e) { edges.push_back(e); });
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

  TripleFilter tokayev;
  tokayev.entity = testing::kTokayev;
  size_t tokayev_edges = 0;
  store->LoadEdges(tokayev, [&](const EdgeSummary&) { ++tokayev_edges; });
  CHECK(tokayev_edges == 5);
}

TEST_CASE("stores keep the first known type of an entity", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  auto store = where.Open(StoreMode::kWrite);
  Item a = testing::MakeItem("x1", 1, "2024-05-01", "One");
  Item b = testing::MakeItem("x2", 2, "2024-05-02", "Two");
  Item c = testing::MakeItem("x3", 3, "2024-05-03", "Three");
  store->AddBatch({a}, {testing::MakeTriple(a, {"Akorda", EntityType::kUnknown}, Relation::kMet,
                                            testing::Person("Aida Balayeva"), "", "s", "r")});
  store->AddBatch({b},
                  {testing::MakeTriple(b, {"Akorda", EntityType::kOrganization}, Relation::kMet,
                                       {"Aida Balayeva", EntityType::kCountry}, "", "s", "r")});
  // Within one batch: unknown first, then two known types; the first known wins.
  store->AddBatch({c},
                  {testing::MakeTriple(c, {"Mazhilis", EntityType::kUnknown}, Relation::kMet,
                                       {"Senate", EntityType::kUnknown}, "", "s", "r"),
                   testing::MakeTriple(c, {"Senate", EntityType::kOrganization}, Relation::kMet,
                                       {"Mazhilis", EntityType::kOrganization}, "", "s2", "r"),
                   testing::MakeTriple(c, {"Senate", EntityType::kCountry}, Relation::kMet,
                                       {"Mazhilis", EntityType::kCountry}, "", "s3", "r")});
  std::map<std::string, EntityType> types;
  store->LoadEntities({}, [&](const Entity& e) { types[e.name] = e.type; });
  CHECK(types == std::map<std::string, EntityType>{{"Akorda", EntityType::kOrganization},
                                                   {"Aida Balayeva", EntityType::kPerson},
                                                   {"Mazhilis", EntityType::kOrganization},
                                                   {"Senate", EntityType::kOrganization}});
}

TEST_CASE("stores keep the aliases of an entity", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch week = KnownWeek();
  auto store = where.Open(StoreMode::kWrite);
  store->AddBatch(week.items, week.triples);
  store->SetAliases(testing::kTokayev, {"Tokaev", "Токаев"});
  store->SetAliases("Nursultan Nazarbayev", {"Nazarbaev"});  // not in any triple yet
  std::vector<std::string> aliases;
  store->LoadEntities({}, [&](const Entity& e) {
    if (e.name == testing::kTokayev) aliases = e.aliases;
  });
  CHECK(aliases == std::vector<std::string>{"Tokaev", "Токаев"});
  CHECK(store->Stats().entities == 8);
  // A later batch naming the entities does not forget the aliases or add them twice.
  Item extra = testing::MakeItem("x9", 9, "2024-07-01", "More");
  CHECK(store->AddBatch(
            {extra}, {testing::MakeTriple(extra, testing::Person(testing::kTokayev), Relation::kMet,
                                          testing::Person("Nursultan Nazarbayev"), "", "s",
                                          "r")}) == AddedCounts{1, 1, 0});
  std::map<std::string, Entity> entities;
  store->LoadEntities({}, [&](const Entity& e) { entities[e.name] = e; });
  CHECK(entities["Nursultan Nazarbayev"].aliases == std::vector<std::string>{"Nazarbaev"});
  CHECK(entities["Nursultan Nazarbayev"].type == EntityType::kPerson);
  CHECK(entities[testing::kTokayev].aliases.size() == 2);
}

TEST_CASE("stores reject a triple whose item is not in the batch, adding nothing",
          "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch week = KnownWeek();
  auto store = where.Open(StoreMode::kWrite);
  REQUIRE_THROWS_WITH(store->AddBatch({week.items[0]}, {week.triples[0], week.triples[1]}),
                      where.location() + ": triple of item 'a2' comes without its item");
  StoreStats stats = store->Stats();
  CHECK(stats.items == 0);
  CHECK(stats.entities == 0);
  CHECK(store->AddBatch(week.items, week.triples) == AddedCounts{7, 10, 7});
}

TEST_CASE("stores record their schema version and refuse a newer one", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  where.Open(StoreMode::kWrite);
  CHECK_NOTHROW(where.Open(StoreMode::kRead));
  const int current = where.backend() == Backend::kSqlite ? SqliteStore::kSchemaVersion
                                                          : PostgresStore::kSchemaVersion;
  where.SetSchemaVersion(current + 1);
  std::string newer = where.location() + ": schema version " + std::to_string(current + 1) +
                      " is newer than this polgraph's (" + std::to_string(current) + ")";
  CHECK_THROWS_WITH(where.Open(StoreMode::kRead), newer);
  CHECK_THROWS_WITH(where.Open(StoreMode::kWrite), newer);
}

TEST_CASE("stores opened for reading must hold a polgraph store", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  where.CreateEmptyDatabase();
  CHECK_THROWS_WITH(where.Open(StoreMode::kRead), where.location() + ": not a polgraph database");
}

TEST_CASE("stores opened for reading write nothing", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch week = KnownWeek();
  where.Open(StoreMode::kWrite)->AddBatch(week.items, week.triples);
  auto reader = where.Open(StoreMode::kRead);
  CHECK(reader->Stats().triples == 10);
  CHECK_THROWS_WITH(reader->SetAliases(testing::kTokayev, {"Tokaev"}),
                    Catch::StartsWith(where.location() + ": ") && Catch::Contains("read"));
  Item extra = testing::MakeItem("x9", 9, "2024-07-01", "More");
  CHECK_THROWS_AS(reader->AddBatch({extra}, {}), Error);
  CHECK_FALSE(reader->HasItem("x9"));
}

TEST_CASE("stores that are empty answer with nothing", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  auto store = where.Open(StoreMode::kWrite);
  StoreStats stats = store->Stats();
  CHECK(stats.items == 0);
  CHECK(stats.triples == 0);
  CHECK(stats.entities == 0);
  CHECK(stats.triples_by_relation.empty());
  CHECK(stats.entities_by_type.empty());
  CHECK_FALSE(stats.first.IsKnown());
  CHECK(AllTriples(*store).empty());
  size_t edges = 0;
  store->LoadEdges({}, [&](const EdgeSummary&) { ++edges; });
  CHECK(edges == 0);
  CHECK(store->AddBatch({}, {}) == AddedCounts{});
}

TEST_CASE("stores hand back answers larger than one fetch", "[store][postgres]") {
  StoreLocation where(AnyBackend());
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  auto store = where.Open(StoreMode::kWrite);
  // 120 items of 100 triples each: more rows than one cursor fetch (5000).
  Batch batch;
  for (int i = 0; i < 120; ++i) {
    std::string day = std::to_string(10 + i % 20);
    batch.items.push_back(testing::MakeItem("big" + std::to_string(i), i + 1, "2024-08-" + day,
                                            "Item " + std::to_string(i)));
    for (int j = 0; j < 100; ++j) {
      batch.triples.push_back(testing::MakeTriple(
          batch.items.back(), testing::Person("Person " + std::to_string(j)), Relation::kMet,
          testing::Person("Person " + std::to_string((j + 1) % 100)), "", "s", "r"));
    }
  }
  CHECK(store->AddBatch(batch.items, batch.triples) == AddedCounts{120, 12000, 100});
  std::vector<Triple> loaded = AllTriples(*store);
  CHECK(loaded.size() == 12000);
  CHECK(std::is_sorted(loaded.begin(), loaded.end(), [](const Triple& a, const Triple& b) {
    return a.evidence.date < b.evidence.date;
  }));
  std::set<std::string> items;
  for (const Triple& t : loaded) items.insert(t.evidence.item_id);
  CHECK(items.size() == 120);
}

}  // namespace
}  // namespace polgraph
