// KnowledgeGraph: dense ids, degrees, lookups by name and alias, suggestions;
// and the network GraphBuilder makes of a store.
#include <catch2/catch.hpp>

#include "graph/graph_builder.h"
#include "graph/knowledge_graph.h"
#include "graph/name_folding.h"
#include "graph/sqlite_store.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

Entity Named(std::string name, EntityType type = EntityType::kPerson,
             std::vector<std::string> aliases = {}) {
  return Entity{std::move(name), type, std::move(aliases), 1};
}

Edge Linking(EntityId a, EntityId b, const Relation& relation, long count = 1) {
  Edge edge;
  edge.subject = a;
  edge.object = b;
  edge.relation = relation;
  edge.count = count;
  return edge;
}

std::vector<std::string> Names(const KnowledgeGraph& graph, const std::vector<EntityId>& ids) {
  std::vector<std::string> names;
  names.reserve(ids.size());
  for (EntityId id : ids) names.push_back(graph.entity(id).name);
  return names;
}

TEST_CASE("knowledge graph gives dense ids in insertion order", "[graph]") {
  KnowledgeGraph graph;
  CHECK(graph.entity_count() == 0);
  EntityId a = graph.AddEntity(Named("Aibek Smadiyarov"));
  EntityId b = graph.AddEntity(Named("Senate", EntityType::kOrganization));
  EntityId c = graph.AddEntity(Named("Mazhilis", EntityType::kOrganization));
  CHECK(a.value == 0);
  CHECK(b.value == 1);
  CHECK(c.value == 2);
  EdgeId e0 = graph.AddEdge(Linking(a, b, Relation::kMet, 3));
  EdgeId e1 = graph.AddEdge(Linking(b, a, Relation::kMet));
  EdgeId e2 = graph.AddEdge(Linking(a, c, Relation::kAnnounced));
  CHECK(e0.value == 0);
  CHECK(e2.value == 2);
  CHECK(graph.entity_count() == 3);
  CHECK(graph.edge_count() == 3);
  CHECK(graph.entity(b).name == "Senate");
  CHECK(graph.edge(e0).count == 3);
  CHECK(graph.edge(e1).subject == b);
  CHECK(graph.degree(a) == 3);
  CHECK(graph.degree(b) == 2);
  CHECK(graph.degree(c) == 1);
}

TEST_CASE("knowledge graph moves without copying", "[graph]") {
  KnowledgeGraph graph;
  graph.AddEntity(Named("Erlan Karin"));
  KnowledgeGraph moved = std::move(graph);
  CHECK(moved.entity_count() == 1);
  CHECK(moved.Find("Erlan Karin").has_value());
}

TEST_CASE("knowledge graph looks names up the way people type them", "[graph]") {
  KnowledgeGraph graph;
  graph.AddEntity(Named("Kassym-Jomart Tokayev", EntityType::kPerson, {"Tokaev", "Токаев"}));
  graph.AddEntity(Named("Recep Tayyip Erdoğan"));
  graph.AddEntity(Named("Ministry of Foreign Affairs", EntityType::kOrganization));
  graph.AddEntity(Named("Dariga Nazarbayeva"));
  graph.AddEntity(Named("Nursultan Nazarbayev"));
  graph.AddEntity(Named("Aigul Nazarbayev"));

  auto [typed, expected] = GENERATE(table<std::string, std::vector<std::string>>({
      {"Kassym-Jomart Tokayev", {"Kassym-Jomart Tokayev"}},
      {"kassym jomart TOKAYEV", {"Kassym-Jomart Tokayev"}},
      {"Tokayev", {"Kassym-Jomart Tokayev"}},
      {"tokaev", {"Kassym-Jomart Tokayev"}},
      {"ТОКАЕВ", {"Kassym-Jomart Tokayev"}},
      {"Recep Tayyip Erdogan", {"Recep Tayyip Erdoğan"}},
      {"erdoğan", {"Recep Tayyip Erdoğan"}},
      {"ministry of foreign  affairs", {"Ministry of Foreign Affairs"}},
      {"Nazarbayev", {"Nursultan Nazarbayev", "Aigul Nazarbayev"}},
      {"Nazarbaev", {}},
      {"", {}},
  }));
  CAPTURE(typed);
  CHECK(Names(graph, graph.Lookup(typed)) == expected);
}

TEST_CASE("knowledge graph finds only exact canonical names", "[graph]") {
  KnowledgeGraph graph;
  EntityId id = graph.AddEntity(Named("Roman Sklyar"));
  CHECK(graph.Find("Roman Sklyar") == id);
  CHECK_FALSE(graph.Find("roman sklyar").has_value());
}

TEST_CASE("knowledge graph suggests the closest known names", "[graph]") {
  KnowledgeGraph graph;
  graph.AddEntity(Named("Kassym-Jomart Tokayev"));
  graph.AddEntity(Named("Olzhas Bektenov"));
  graph.AddEntity(Named("Roman Sklyar"));
  graph.AddEntity(Named("Murat Nurtleu"));
  CHECK(graph.Closest("Tokaev", 1) == std::vector<std::string>{"Kassym-Jomart Tokayev"});
  CHECK(graph.Closest("Roman Sklar", 1) == std::vector<std::string>{"Roman Sklyar"});
  CHECK(graph.Closest("Olzhas Bektenow", 1) == std::vector<std::string>{"Olzhas Bektenov"});
  CHECK(graph.Closest("Nurtleu", 10).size() == 4);
  CHECK(KnowledgeGraph().Closest("Anyone").empty());
}

TEST_CASE("name folding ignores case, accents, hyphens and spacing", "[graph]") {
  auto [name, folded] = GENERATE(table<std::string, std::string>({
      {"Kassym-Jomart Tokayev", "kassym jomart tokayev"},
      {"  Recep   Tayyip Erdoğan ", "recep tayyip erdogan"},
      {"Ünal Äli Şahin", "unal ali sahin"},
      {"Straße", "strasse"},
      {"ҚАЗАҚСТАН Республикасы", "қазақстан республикасы"},
      {"O'Brien", "o brien"},
  }));
  CAPTURE(name);
  CHECK(FoldName(name) == folded);
}

TEST_CASE("edit distance counts code points", "[graph]") {
  CHECK(EditDistance("tokayev", "tokaev") == 1);
  CHECK(EditDistance("erdoğan", "erdogan") == 1);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("astana", "astana") == 0);
}

TEST_CASE("graph builder makes a sorted network of the store", "[graph]") {
  testing::TempDir dir;
  testing::Batch week = testing::KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  store.AddBatch(week.items, week.triples);
  KnowledgeGraph graph = BuildKnowledgeGraph(store, {});

  std::vector<std::string> names;
  for (uint32_t i = 0; i < graph.entity_count(); ++i) names.push_back(graph.entity({i}).name);
  CHECK(names == std::vector<std::string>{"Kassym-Jomart Tokayev", "Ministry of Energy",
                                          "Murat Nurtleu", "Olzhas Bektenov",
                                          "Recep Tayyip Erdoğan", "Roman Sklyar", "Turkey"});
  CHECK(graph.entity(*graph.Find(testing::kTokayev)).mentions == 6);
  CHECK(graph.entity(*graph.Find(testing::kTurkey)).type == EntityType::kCountry);

  std::vector<std::string> edges;
  for (uint32_t i = 0; i < graph.edge_count(); ++i) {
    const Edge& e = graph.edge({i});
    edges.push_back(graph.entity(e.subject).name + " " + e.relation.name() + " " +
                    graph.entity(e.object).name + " x" + std::to_string(e.count) + " " +
                    e.first.ToIso() + ".." + e.last.ToIso());
  }
  CHECK(edges == std::vector<std::string>{
                     "Kassym-Jomart Tokayev appointed Murat Nurtleu x1 2024-03-05..2024-03-05",
                     "Kassym-Jomart Tokayev dismissed Murat Nurtleu x1 2024-06-20..2024-06-20",
                     "Kassym-Jomart Tokayev met Olzhas Bektenov x2 2024-01-10..2024-01-15",
                     "Kassym-Jomart Tokayev met Recep Tayyip Erdoğan x1 2024-01-15..2024-01-15",
                     "Murat Nurtleu announced Turkey x1 2024-03-05..2024-03-05",
                     "Olzhas Bektenov met Roman Sklyar x1 2024-02-01..2024-02-01",
                     "Recep Tayyip Erdoğan met Kassym-Jomart Tokayev x1 2024-06-20..2024-06-20",
                 });
  CHECK(graph.edge({0}).roles == std::vector<std::string>{testing::kForeignMinister});
  CHECK(graph.degree(*graph.Find(testing::kTokayev)) == 5);
}

TEST_CASE("graph builder honors the relation and date filter", "[graph]") {
  testing::TempDir dir;
  testing::Batch week = testing::KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  store.AddBatch(week.items, week.triples);
  TripleFilter met;
  met.relation = Relation::kMet;
  KnowledgeGraph met_graph = BuildKnowledgeGraph(store, met);
  CHECK(met_graph.entity_count() == 4);
  CHECK(met_graph.edge_count() == 4);
  CHECK(met_graph.entity(*met_graph.Find(testing::kTokayev)).mentions == 4);

  TripleFilter since;
  since.since = *Date::ParseIso("2024-03-01");
  KnowledgeGraph late = BuildKnowledgeGraph(store, since);
  CHECK(late.entity_count() == 4);  // Tokayev, Nurtleu, Turkey, Erdoğan
  CHECK(late.edge_count() == 4);
  CHECK_FALSE(late.Find(testing::kBektenov).has_value());
}

TEST_CASE("knowledge graph orders names whatever order they were added in", "[graph]") {
  auto [names] = GENERATE(table<std::vector<std::string>>({
      {{"Aibek", "Bolat", "Zhanna", "Ólafur"}},  // name order: ids compare
      {{"Zhanna", "Aibek", "Ólafur", "Bolat"}},  // not: names compare
  }));
  KnowledgeGraph graph;
  for (const std::string& name : names) graph.AddEntity(Named(name));
  for (uint32_t a = 0; a < names.size(); ++a) {
    for (uint32_t b = 0; b < names.size(); ++b) {
      CAPTURE(names[a], names[b]);
      CHECK(graph.NameLess({a}, {b}) == (names[a] < names[b]));
    }
  }
}

TEST_CASE("the store's network read by ids is the one its names give", "[graph]") {
  testing::TempDir dir;
  testing::Batch week = testing::KnownWeek();
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  store.AddBatch(week.items, week.triples);
  TripleFilter around_tokayev;
  around_tokayev.entity = testing::kTokayev;
  for (const TripleFilter& filter : {TripleFilter{}, around_tokayev}) {
    CAPTURE(filter.entity);
    // Each read as "subject relation object xcount first..last roles", by name.
    auto read = [&](bool by_ids) {
      std::vector<std::string> names, edges;
      auto entity = [&](Entity&& e) { names.push_back(e.name); };
      auto edge = [&](Edge&& e) {
        std::string roles;
        for (const std::string& role : e.roles) roles += role + ";";
        edges.push_back(names.at(e.subject.value) + " " + e.relation.name() + " " +
                        names.at(e.object.value) + " x" + std::to_string(e.count) + " " +
                        e.first.ToIso() + ".." + e.last.ToIso() + " " + roles);
      };
      if (by_ids) {
        store.LoadNetwork(filter, entity, edge);
      } else {
        store.Store::LoadNetwork(filter, entity, edge);  // through LoadEntities and LoadEdges
      }
      return std::make_pair(names, edges);
    };
    auto by_ids = read(true), by_names = read(false);
    CHECK(by_ids == by_names);
    CHECK_FALSE(by_ids.second.empty());
  }
}

TEST_CASE("graph builder makes an empty network of an empty store", "[graph]") {
  testing::TempDir dir;
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  KnowledgeGraph graph = BuildKnowledgeGraph(store, {});
  CHECK(graph.entity_count() == 0);
  CHECK(graph.edge_count() == 0);
}

}  // namespace
}  // namespace polgraph
