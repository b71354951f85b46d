#include "graph/graph_builder.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <utility>

namespace polgraph {
namespace {

// The places of `entities` in name order. The names are sorted as views
// beside their places, not through the entities (fewer cache misses).
std::vector<uint32_t> ByName(const std::vector<Entity>& entities) {
  std::vector<std::pair<std::string_view, uint32_t>> named;
  named.reserve(entities.size());
  for (uint32_t i = 0; i < entities.size(); ++i) named.emplace_back(entities[i].name, i);
  std::sort(named.begin(), named.end());
  std::vector<uint32_t> order;
  order.reserve(named.size());
  for (const auto& [name, place] : named) order.push_back(place);
  return order;
}

// The places of `edges` (a vector or a deque) in (subject, relation, object) order.
template <typename Edges>
std::vector<uint32_t> BySubjectRelationObject(const Edges& edges) {
  // Relations compare as their ranks among the distinct relations, which are few.
  std::vector<Relation> relations;
  for (const Edge& edge : edges)
    if (std::find(relations.begin(), relations.end(), edge.relation) == relations.end())
      relations.push_back(edge.relation);
  std::sort(relations.begin(), relations.end());
  struct Key {
    uint32_t subject, relation, object, place;
    auto operator<=>(const Key&) const = default;  // NOLINT(modernize-use-nullptr)
  };
  std::vector<Key> keys;
  keys.reserve(edges.size());
  Relation last = Relation::kMet;  // consecutive edges mostly share their relation
  uint32_t rank = static_cast<uint32_t>(std::lower_bound(relations.begin(), relations.end(), last) -
                                        relations.begin());
  for (uint32_t i = 0; i < edges.size(); ++i) {
    const Edge& edge = edges[i];
    if (edge.relation != last) {
      last = edge.relation;
      rank = static_cast<uint32_t>(std::lower_bound(relations.begin(), relations.end(), last) -
                                   relations.begin());
    }
    keys.push_back({edge.subject.value, rank, edge.object.value, i});
  }
  std::sort(keys.begin(), keys.end());
  std::vector<uint32_t> order;
  order.reserve(keys.size());
  for (const Key& key : keys) order.push_back(key.place);
  return order;
}

// The places of entities and edges in the order they are given ids.
struct InsertionOrder {
  std::vector<uint32_t> entities, edges;
};

// The insertion order of `entities` and `*edges`, whose ends are renumbered
// from places in `entities` to the ids the entities get.
template <typename Edges>
InsertionOrder Order(const std::vector<Entity>& entities, Edges* edges) {
  InsertionOrder order;
  order.entities = ByName(entities);
  std::vector<EntityId> id_of(entities.size());  // by place in `entities`
  for (uint32_t i = 0; i < order.entities.size(); ++i) id_of[order.entities[i]] = EntityId{i};
  for (Edge& edge : *edges) {
    edge.subject = id_of[edge.subject.value];
    edge.object = id_of[edge.object.value];
  }
  order.edges = BySubjectRelationObject(*edges);
  return order;
}

// Puts the element at place order[i] of `*items` (a vector or a deque) at
// place i, in place.
template <typename Items>
void Reorder(std::vector<uint32_t> order, Items* items) {
  Items& v = *items;
  for (uint32_t i = 0; i < order.size(); ++i) {
    if (order[i] == i) continue;
    typename Items::value_type held =
        std::move(v[i]);  // one cycle: i <- order[i] <- order[order[i]] ... <- i
    uint32_t at = i;
    while (order[at] != i) {
      const uint32_t from = order[at];
      v[at] = std::move(v[from]);
      order[at] = at;
      at = from;
    }
    v[at] = std::move(held);
    order[at] = at;
  }
}

}  // namespace

KnowledgeGraph BuildKnowledgeGraph(const Store& store, const TripleFilter& filter) {
  std::vector<Entity> entities;
  std::vector<Edge> edges;  // ends are places in `entities`
  store.LoadNetwork(
      filter, [&](Entity&& entity) { entities.push_back(std::move(entity)); },
      [&](Edge&& edge) { edges.push_back(std::move(edge)); });
  return AssembleKnowledgeGraph(std::move(entities), std::move(edges));
}

KnowledgeGraph AssembleKnowledgeGraph(std::vector<Entity> entities, std::vector<Edge> edges) {
  const InsertionOrder order = Order(entities, &edges);
  KnowledgeGraph graph;
  graph.Reserve(entities.size(), edges.size());
  for (uint32_t place : order.entities) graph.AddEntity(std::move(entities[place]));
  for (uint32_t place : order.edges) graph.AddEdge(std::move(edges[place]));
  return graph;
}

EdgeList AssembleEdgeList(std::vector<Entity> entities, std::deque<Edge> edges) {
  InsertionOrder order = Order(entities, &edges);
  EdgeList list;
  list.entities = std::move(entities);
  list.edges = std::move(edges);
  Reorder(std::move(order.entities), &list.entities);  // in place: a hub's edges are megabytes
  Reorder(std::move(order.edges), &list.edges);
  return list;
}

}  // namespace polgraph
