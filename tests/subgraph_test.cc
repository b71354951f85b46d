#include "graph/subgraph.h"

#include <catch2/catch.hpp>

namespace polgraph {
namespace {

// A -met-> B -met-> C -met-> D, B -appointed-> E (weight 3), F alone;
// A -met-> B was seen 4 times.
KnowledgeGraph Chain() {
  KnowledgeGraph graph;
  for (const char* name : {"A", "B", "C", "D", "E", "F"})
    graph.AddEntity({name, EntityType::kPerson, {}, 1});
  auto id = [](uint32_t n) { return EntityId{n}; };
  graph.AddEdge({id(0), id(1), Relation::kMet, 4, {}, {}, {}});
  graph.AddEdge({id(1), id(2), Relation::kMet, 1, {}, {}, {}});
  graph.AddEdge({id(2), id(3), Relation::kMet, 1, {}, {}, {}});
  graph.AddEdge({id(1), id(4), Relation::kAppointed, 3, {}, {}, {"Envoy"}});
  return graph;
}

std::string Names(const KnowledgeGraph& graph) {
  std::string names;
  for (uint32_t n = 0; n < graph.entity_count(); ++n) names += graph.entity(EntityId{n}).name;
  return names;
}

std::string Edges(const KnowledgeGraph& graph) {
  std::string edges;
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    edges += graph.entity(edge.subject).name + ">" + graph.entity(edge.object).name + " ";
  }
  return edges;
}

TEST_CASE("subgraph: ego network within a depth, either direction", "[export][subgraph]") {
  auto [center, depth, names, edges] = GENERATE(table<uint32_t, int, std::string, std::string>({
      {2, 0, "C", ""},
      {2, 1, "BCD", "B>C C>D "},
      {2, 2, "ABCDE", "A>B B>C C>D B>E "},
      {5, 3, "F", ""},
  }));
  CAPTURE(center, depth);
  KnowledgeGraph ego = EgoNetwork(Chain(), EntityId{center}, depth);
  CHECK(Names(ego) == names);
  CHECK(Edges(ego) == edges);
}

TEST_CASE("subgraph: minimum weight keeps heavy edges and their ends", "[export][subgraph]") {
  auto [min, names, edges] = GENERATE(table<long, std::string, std::string>({
      {1, "ABCDEF", "A>B B>C C>D B>E "},
      {2, "ABEF", "A>B B>E "},
      {4, "ABF", "A>B "},
      {5, "F", ""},
  }));
  CAPTURE(min);
  KnowledgeGraph heavy = WithMinWeight(Chain(), min);
  CHECK(Names(heavy) == names);
  CHECK(Edges(heavy) == edges);
}

TEST_CASE("subgraph: fields are kept and degrees are the part's", "[export][subgraph]") {
  KnowledgeGraph ego = EgoNetwork(Chain(), EntityId{4}, 1);  // E and B
  REQUIRE(ego.entity_count() == 2);
  REQUIRE(ego.edge_count() == 1);
  CHECK(ego.edge(EdgeId{0}).count == 3);
  CHECK(ego.edge(EdgeId{0}).roles == std::vector<std::string>{"Envoy"});
  CHECK(ego.degree(EntityId{0}) == 1);  // B has degree 3 in the whole graph
}

}  // namespace
}  // namespace polgraph
