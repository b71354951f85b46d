// Questions answered from the store's indexes (graph/partial_network.h) give
// the answers the whole network gives: on every backend, a seeded random
// network of invented people with several relations, dates, self-links,
// unnamed subjects and missing objects is asked met, neighbors (depth 1-3)
// and path for every entity or pair, under several filters, both ways.
#include <random>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "base/error.h"
#include "graph/graph_builder.h"
#include "graph/partial_network.h"
#include "graph/queries.h"
#include "tests/graph_test_data.h"
#include "tests/store_backends.h"

namespace polgraph {
namespace {

using testing::Backend;
using testing::BackendName;
using testing::Batch;
using testing::StoreLocation;

// Invented names: a first name and a surname, some surnames shared so that
// a surname alone is ambiguous.
std::vector<std::string> InventedNames(size_t count) {
  const char* first[] = {"Arman", "Dana", "Ilyas", "Saule", "Timur", "Zhanna", "Berik", "Aigul"};
  const char* last[] = {"Kopbayev", "Serikova", "Tulegenov", "Amanova", "Zhaksylyk",
                        "Mukanov",  "Orazova",  "Baitursyn", "Esenova", "Kadyrbek",
                        "Nurlanov", "Sapar",    "Dauletov",  "Ermekova"};
  std::vector<std::string> names;
  for (size_t i = 0; names.size() < count; ++i)
    names.push_back(std::string(first[i % 8]) + " " + last[(i * 5 + i / 8) % 14] +
                    (i >= size_t{8} * 14 ? " " + std::to_string(i) : ""));
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// A seeded network: `items` items of 1-4 triples each between `people`.
Batch RandomNetwork(unsigned seed, size_t people, size_t items) {
  std::mt19937 random(seed);
  std::vector<std::string> names = InventedNames(people);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
  const Relation relations[] = {Relation::kMet,       Relation::kMet,       Relation::kMet,
                                Relation::kAppointed, Relation::kDismissed, Relation::kAnnounced};
  const char* roles[] = {"", "Minister of Culture", "Akim of the region", ""};
  Batch batch;
  for (size_t i = 0; i < items; ++i) {
    std::string date =
        pick(7) == 0 ? ""
                     : "2024-0" + std::to_string(1 + pick(9)) + "-1" + std::to_string(pick(10));
    Item item = testing::MakeItem("n" + std::to_string(i), static_cast<long>(i + 1), date,
                                  "Item " + std::to_string(i));
    size_t count = 1 + pick(4);
    for (size_t t = 0; t < count; ++t) {
      Relation relation = relations[pick(6)];
      EntityRef subject = testing::Person(names[pick(names.size())]);
      EntityRef object = testing::Person(names[pick(names.size())]);
      if (pick(25) == 0) subject = EntityRef::Unnamed();
      if (relation == Relation::kAnnounced && pick(3) == 0) object = EntityRef{};
      std::string role = relation == Relation::kAppointed || relation == Relation::kDismissed
                             ? roles[pick(4)]
                             : "";
      batch.triples.push_back(testing::MakeTriple(item, subject, relation, object, role,
                                                  "Sentence " + std::to_string(t) + ".", "r"));
    }
    batch.items.push_back(item);
  }
  return batch;
}

// An edge as text that does not depend on ids; `Network` is a KnowledgeGraph
// or an EdgeList.
template <typename Network>
std::string Show(const Network& graph, EdgeId id) {
  const Edge& e = graph.edge(id);
  std::ostringstream out;
  out << graph.entity(e.subject).name << " " << e.relation.name() << " "
      << graph.entity(e.object).name << " x" << e.count << " " << e.first.ToIso() << ".."
      << e.last.ToIso();
  for (const std::string& role : e.roles) out << " [" << role << "]";
  return out.str();
}

template <typename Network>
std::vector<std::string> ShowMet(const Network& graph, const std::vector<MetPair>& pairs) {
  std::vector<std::string> rows;
  rows.reserve(pairs.size());
  for (const MetPair& p : pairs)
    rows.push_back(graph.entity(p.a).name + " | " + graph.entity(p.b).name + " x" +
                   std::to_string(p.count) + " " + p.first.ToIso() + ".." + p.last.ToIso());
  return rows;
}

template <typename Network>
std::vector<std::string> ShowNeighbors(const Network& graph,
                                       const std::vector<Neighbor>& neighbors) {
  std::vector<std::string> rows;
  for (const Neighbor& n : neighbors) {
    std::string row = graph.entity(n.entity).name + " " +
                      std::string(ToString(graph.entity(n.entity).type)) + " d" +
                      std::to_string(n.distance) + " via " + graph.entity(n.via).name;
    for (EdgeId edge : n.edges) row += " {" + Show(graph, edge) + "}";
    rows.push_back(row);
  }
  return rows;
}

std::vector<std::string> ShowPath(const KnowledgeGraph& graph,
                                  const std::optional<std::vector<PathStep>>& path) {
  if (!path) return {"not connected"};
  std::vector<std::string> rows;
  for (const PathStep& step : *path)
    rows.push_back(graph.entity(step.from).name + " -> " + graph.entity(step.to).name + " {" +
                   Show(graph, step.edge) + "}");
  return rows;
}

std::vector<TripleFilter> Filters() {
  TripleFilter met, since, narrow;
  met.relation = Relation::kMet;
  since.since = *Date::ParseIso("2024-05-01");
  narrow.relation = Relation::kAppointed;
  narrow.until = *Date::ParseIso("2024-06-30");
  return {TripleFilter{}, met, since, narrow};
}

TEST_CASE("questions read from the store's indexes answer as the whole network does",
          "[partial][store][postgres]") {
  StoreLocation where(GENERATE(Backend::kSqlite, Backend::kPostgres));
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch network = RandomNetwork(7, 40, 90);
  where.Open(StoreMode::kWrite)->AddBatch(network.items, network.triples);
  auto store = where.Open(StoreMode::kRead);

  // PostgreSQL answers each read over a connection: fewer questions there.
  const uint32_t stride = where.backend() == Backend::kSqlite ? 1 : 5;
  size_t paths_compared = 0, neighbors_compared = 0, lists_compared = 0;
  for (const TripleFilter& filter : Filters()) {
    KnowledgeGraph whole = BuildKnowledgeGraph(*store, filter);
    REQUIRE(whole.entity_count() > 5);
    for (uint32_t i = 0; i < whole.entity_count(); i += stride) {
      const std::string& name = whole.entity(EntityId{i}).name;
      CAPTURE(name, filter.relation ? filter.relation->name() : "any", filter.since.ToIso());
      StoreWalk walk(*store, filter);
      std::optional<std::string> resolved = ResolveInStore(walk, name);
      REQUIRE(resolved == name);  // an exact canonical name

      KnowledgeGraph ego = NeighborhoodFromStore(walk, name, 1);
      CHECK(ShowMet(ego, Met(ego, ego.Find(name))) == ShowMet(whole, Met(whole, EntityId{i})));
      {  // as the commands ask: lists, not a graph, from a walk that read nothing yet
        StoreWalk fresh(*store, filter);
        REQUIRE(fresh.TakesPart(name));
        EdgeList linked = LinkedFromStore(fresh, name);
        REQUIRE(linked.Find(name));
        const EntityId start = *linked.Find(name);
        CHECK(ShowMet(linked, MetOf(linked, start, whole.relations())) ==
              ShowMet(whole, Met(whole, EntityId{i})));
        CHECK(ShowNeighbors(linked, NeighborsOf(linked, start)) ==
              ShowNeighbors(whole, Neighbors(whole, EntityId{i}, 1)));
        ++lists_compared;
      }
      for (int depth = 1; depth <= 3; ++depth) {
        KnowledgeGraph near = NeighborhoodFromStore(walk, name, depth);
        CHECK(ShowNeighbors(near, Neighbors(near, *near.Find(name), depth)) ==
              ShowNeighbors(whole, Neighbors(whole, EntityId{i}, depth)));
        ++neighbors_compared;
      }
      for (uint32_t j = 0; j < whole.entity_count(); j += 3 * stride) {
        const std::string& to = whole.entity(EntityId{j}).name;
        CAPTURE(to);
        StoreWalk fresh(*store, filter);  // from nothing read, as a command starts
        fresh.Expand({name, to});
        KnowledgeGraph part = PathNetworkFromStore(fresh, name, to);
        CHECK(ShowPath(part, ShortestPath(part, *part.Find(name), *part.Find(to))) ==
              ShowPath(whole, ShortestPath(whole, EntityId{i}, EntityId{j})));
        ++paths_compared;
      }
    }
  }
  CHECK(paths_compared > 500 / stride / stride);
  CHECK(neighbors_compared > 300 / stride);
  CHECK(lists_compared > 100 / stride);
}

TEST_CASE("names typed by people resolve from the store as on the whole network",
          "[partial][store][postgres]") {
  StoreLocation where(GENERATE(Backend::kSqlite, Backend::kPostgres));
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch network = RandomNetwork(11, 30, 50);
  auto writer = where.Open(StoreMode::kWrite);
  writer->AddBatch(network.items, network.triples);
  writer->SetAliases("Dana Serikova", {"Д. Серикова", "Dana S."});
  writer->SetAliases("Someone Never Linked", {"Nobody"});
  auto store = where.Open(StoreMode::kRead);

  std::vector<std::string> typed = {"dana serikova", "Д. Серикова", "Dana S.",   "Serikova",
                                    "Kopbayev",      "KOPBAYEV",    "Nobody",    "Timur",
                                    "Nowhere Man",   "Mukanov",     "Esenova",   "",
                                    "Aigul Orazova", "orazova",     "Tulegenov", "Sapar"};
  for (const std::string& name : InventedNames(30)) typed.push_back(name);
  size_t settled = 0;
  for (const TripleFilter& filter : Filters()) {
    KnowledgeGraph whole = BuildKnowledgeGraph(*store, filter);
    for (const std::string& name : typed) {
      CAPTURE(name, filter.relation ? filter.relation->name() : "any");
      std::optional<std::string> expected;
      try {
        expected = whole.entity(ResolveEntity(whole, name)).name;
      } catch (const Error&) {
      }
      StoreWalk walk(*store, filter);
      std::optional<std::string> got = ResolveInStore(walk, name);
      if (got) {
        CHECK(got == expected);  // settled from the store: the same entity
        ++settled;
      }
      // An entity the whole network finds only by a surname shared with no
      // other stored entity is settled from the store too.
      if (expected && whole.Lookup(name).size() == 1 && *expected == name) CHECK(got == expected);
    }
  }
  CHECK(settled > 60);
}

TEST_CASE("stores give the links around entities as their default reading does",
          "[partial][store][postgres]") {
  StoreLocation where(GENERATE(Backend::kSqlite, Backend::kPostgres));
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch network = RandomNetwork(3, 25, 60);
  where.Open(StoreMode::kWrite)->AddBatch(network.items, network.triples);
  auto store = where.Open(StoreMode::kRead);
  std::vector<std::string> names = InventedNames(25);
  std::vector<std::string> asked = {names[0], names[3], names[4], "Not Stored", names[9]};
  for (const TripleFilter& filter : Filters()) {
    auto read = [&](bool by_default) {
      std::set<std::string> entities, edges;
      auto entity = [&](const Entity& e) {
        CHECK(entities.insert(e.name + " " + std::string(ToString(e.type))).second);
      };
      auto edge = [&](const EdgeSummary& e) {
        std::string row = e.subject + " " + e.relation.name() + " " + e.object + " x" +
                          std::to_string(e.count) + " " + e.first.ToIso() + ".." + e.last.ToIso();
        for (const std::string& role : e.roles) row += " [" + role + "]";
        CHECK(edges.insert(row).second);  // each edge once
      };
      if (by_default) {
        store->Store::LoadAround(filter, asked, entity, edge);
      } else {
        store->LoadAround(filter, asked, entity, edge);
      }
      return std::make_pair(entities, edges);
    };
    auto [entities, edges] = read(false);
    CHECK(!edges.empty());
    CHECK(read(true) == std::make_pair(entities, edges));
  }
}

// A timeline's rows as text, in their order.
std::vector<std::string> ShowRows(const TripleRows& rows) {
  std::vector<std::string> shown;
  for (const TripleRows::Row& row : rows.rows) {
    const EntityRef& subject = rows.ends.at(row.subject);
    const EntityRef& object = rows.ends.at(row.object);
    shown.push_back(row.date.ToIso() + " " + subject.name + "/" +
                    std::string(ToString(subject.type)) + " " +
                    rows.relations.at(row.relation).name() + " " + object.name + "/" +
                    std::string(ToString(object.type)) + " [" + rows.roles.at(row.role) + "]");
  }
  return shown;
}

TEST_CASE("stores give an entity's triples as numbers as their default reading does",
          "[partial][store][timeline][postgres]") {
  StoreLocation where(GENERATE(Backend::kSqlite, Backend::kPostgres));
  CAPTURE(BackendName(where.backend()));
  if (!where.ready()) return;
  Batch network = RandomNetwork(5, 20, 80);
  where.Open(StoreMode::kWrite)->AddBatch(network.items, network.triples);
  auto store = where.Open(StoreMode::kRead);
  size_t rows_compared = 0;
  for (TripleFilter filter : Filters()) {
    for (const std::string& name : InventedNames(20)) {
      CAPTURE(name, filter.relation ? filter.relation->name() : "any", filter.since.ToIso());
      filter.entity = name;
      std::vector<std::string> rows = ShowRows(store->LoadTripleRows(filter));
      CHECK(rows == ShowRows(store->Store::LoadTripleRows(filter)));
      std::vector<std::string> triples;  // LoadTriples, in its order
      store->LoadTriples(filter, [&](const Triple& t) {
        triples.push_back(t.evidence.date.ToIso() + " " + t.subject.name + "/" +
                          std::string(ToString(t.subject.type)) + " " + t.relation.name() + " " +
                          t.object.name + "/" + std::string(ToString(t.object.type)) + " [" +
                          t.role + "]");
      });
      CHECK(rows == triples);
      rows_compared += rows.size();
    }
  }
  CHECK(rows_compared > 200);
}

}  // namespace
}  // namespace polgraph
