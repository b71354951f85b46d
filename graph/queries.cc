#include "graph/queries.h"

#include <algorithm>
#include <limits>
#include <tuple>

#include "base/error.h"
#include "graph/breadth_first.h"
#include "graph/knowledge_graph_impl.h"
#include "graph/name_folding.h"

namespace polgraph {
namespace {

Date EarlierKnown(Date a, Date b) {
  if (!a.IsKnown()) return b;
  if (!b.IsKnown()) return a;
  return std::min(a, b);
}

Date LaterKnown(Date a, Date b) { return std::max(a, b); }  // unknown sorts first

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

// The edge between `a` and `b` seen most often (then the first).
EdgeId BestEdgeBetween(const KnowledgeGraph& graph, EntityId a, EntityId b) {
  std::vector<EdgeId> edges = EdgesBetween(graph, a, b);
  return *std::min_element(edges.begin(), edges.end(), [&](EdgeId x, EdgeId y) {
    return std::make_pair(-graph.edge(x).count, x) < std::make_pair(-graph.edge(y).count, y);
  });
}

// Pairs that met, (a, b) in order, merged: counts summed, dates widened.
std::vector<MetPair> Merged(std::vector<MetPair> pairs) {
  std::sort(pairs.begin(), pairs.end(), [](const MetPair& x, const MetPair& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  std::vector<MetPair> merged;
  for (const MetPair& pair : pairs) {
    if (merged.empty() || merged.back().a != pair.a || merged.back().b != pair.b) {
      merged.push_back(pair);
      continue;
    }
    MetPair& into = merged.back();
    into.count += pair.count;
    into.first = EarlierKnown(into.first, pair.first);
    into.last = LaterKnown(into.last, pair.last);
  }
  return merged;
}

// Merged pairs, most sightings first, then by names (`name_less`).
template <typename NameLess>
std::vector<MetPair> ByCount(std::vector<MetPair> met, NameLess name_less) {
  std::sort(met.begin(), met.end(), [&](const MetPair& x, const MetPair& y) {
    if (x.count != y.count) return x.count > y.count;
    if (x.a != y.a) return name_less(x.a, y.a);
    return name_less(x.b, y.b);
  });
  return met;
}

}  // namespace

EntityId ResolveEntity(const KnowledgeGraph& graph, std::string_view name,
                       const CanonicalNames& canonical) {
  std::vector<EntityId> ids = graph.Lookup(name);
  if (ids.empty() && canonical) {
    if (std::optional<std::string> known = canonical(name)) ids = graph.Lookup(*known);
  }
  if (ids.size() == 1) return ids.front();
  std::string quoted = "'" + std::string(name) + "'";
  if (ids.empty()) {
    std::vector<std::string> closest = graph.Closest(name, 3);
    throw Error("no entity named " + quoted +
                (closest.empty() ? "" : "; closest: " + JoinNames(closest)));
  }
  std::vector<std::string> names;
  names.reserve(ids.size());
  for (EntityId id : ids) names.push_back(graph.entity(id).name);
  throw Error(quoted + " is ambiguous: " + JoinNames(names));
}

std::vector<EdgeId> EdgesBetween(const KnowledgeGraph& graph, EntityId a, EntityId b) {
  const KnowledgeGraph::Impl::Graph& g = graph.impl().graph;
  std::vector<EdgeId> edges;
  for (auto [it, end] = boost::out_edges(a.value, g); it != end; ++it) {
    if (boost::target(*it, g) == b.value) edges.push_back(g[*it]);
  }
  for (auto [it, end] = boost::in_edges(a.value, g); it != end; ++it) {
    if (boost::source(*it, g) == b.value && a != b) edges.push_back(g[*it]);
  }
  std::sort(edges.begin(), edges.end());
  return edges;
}

std::vector<MetPair> Met(const KnowledgeGraph& graph, std::optional<EntityId> who) {
  std::vector<MetPair> pairs;
  auto add = [&](EntityId a, EntityId b, const Edge& edge) {
    pairs.push_back({a, b, edge.count, edge.first, edge.last});
  };
  if (who) {  // only the edges of `who`: O(degree)
    ForEachLink(graph.impl().graph, who->value, [&](uint32_t other, EdgeId id) {
      const Edge& edge = graph.edge(id);
      if (graph.relations().IsSymmetric(edge.relation)) add(*who, EntityId{other}, edge);
    });
  } else {
    for (uint32_t i = 0; i < graph.edge_count(); ++i) {
      const Edge& edge = graph.edge(EdgeId{i});
      if (!graph.relations().IsSymmetric(edge.relation) || edge.subject == edge.object) continue;
      bool swap = graph.NameLess(edge.object, edge.subject);
      add(swap ? edge.object : edge.subject, swap ? edge.subject : edge.object, edge);
    }
  }
  return ByCount(Merged(std::move(pairs)),
                 [&](EntityId a, EntityId b) { return graph.NameLess(a, b); });
}

std::vector<MetPair> MetOf(const EdgeList& list, EntityId who, const RelationTraits& relations) {
  std::vector<MetPair> pairs;
  for (const Edge& edge : list.edges) {
    if (edge.subject == edge.object || (edge.subject != who && edge.object != who)) continue;
    if (!relations.IsSymmetric(edge.relation)) continue;
    const EntityId other = edge.subject == who ? edge.object : edge.subject;
    pairs.push_back({who, other, edge.count, edge.first, edge.last});
  }
  // Ids keep name order.
  return ByCount(Merged(std::move(pairs)), [](EntityId a, EntityId b) { return a < b; });
}

std::vector<Neighbor> Neighbors(const KnowledgeGraph& graph, EntityId start, int depth) {
  const KnowledgeGraph::Impl::Graph& g = graph.impl().graph;
  BreadthFirst walk(g, start.value, depth);
  std::vector<Neighbor> neighbors(walk.size() - 1);  // place i of the walk is neighbors[i - 1]
  for (size_t i = 1; i < walk.size(); ++i) {
    neighbors[i - 1] = {
        EntityId{walk.vertex(i)}, walk.distance(i), EntityId{walk.vertex(walk.parent(i))}, {}};
  }
  // The edges linking each entity to its parent: one pass over each parent's edges.
  for (size_t p = 0; p < walk.size(); ++p) {
    if (walk.distance(p) == depth) break;  // the last level has no children
    ForEachLink(g, walk.vertex(p), [&](uint32_t w, EdgeId edge) {
      std::optional<size_t> child = walk.Find(w);
      if (child && *child != 0 && walk.parent(*child) == p)
        neighbors[*child - 1].edges.push_back(edge);
    });
  }
  for (Neighbor& neighbor : neighbors) std::sort(neighbor.edges.begin(), neighbor.edges.end());
  std::sort(neighbors.begin(), neighbors.end(), [&](const Neighbor& x, const Neighbor& y) {
    if (x.distance != y.distance) return x.distance < y.distance;
    return graph.NameLess(x.entity, y.entity);
  });
  return neighbors;
}

std::vector<Neighbor> NeighborsOf(const EdgeList& list, EntityId start) {
  // Ids keep name order and edge ids (subject, relation, object) order: the
  // edges in id order give each neighbor's edges sorted, and the neighbors
  // in id order are in name order.
  constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> place(list.entities.size(), kNone);  // in `neighbors`, by id
  for (const Edge& edge : list.edges) {
    if (edge.subject == edge.object) continue;
    if (edge.subject == start) place[edge.object.value] = 0;
    if (edge.object == start) place[edge.subject.value] = 0;
  }
  std::vector<Neighbor> neighbors;
  neighbors.reserve(std::count(place.begin(), place.end(), 0));
  for (uint32_t id = 0; id < place.size(); ++id) {
    if (place[id] == kNone) continue;
    place[id] = static_cast<uint32_t>(neighbors.size());
    neighbors.push_back({EntityId{id}, 1, start, {}});
  }
  for (uint32_t i = 0; i < list.edges.size(); ++i) {
    const Edge& edge = list.edges[i];
    if (edge.subject == edge.object || (edge.subject != start && edge.object != start)) continue;
    const EntityId other = edge.subject == start ? edge.object : edge.subject;
    neighbors[place[other.value]].edges.push_back(EdgeId{i});
  }
  return neighbors;
}

std::optional<std::vector<PathStep>> ShortestPath(const KnowledgeGraph& graph, EntityId from,
                                                  EntityId to) {
  BreadthFirst walk(graph.impl().graph, from.value, std::numeric_limits<int>::max(), to.value);
  std::optional<size_t> at = walk.Find(to.value);
  if (!at) return std::nullopt;
  std::vector<PathStep> steps;
  for (size_t i = *at; i != 0; i = walk.parent(i)) {
    EntityId previous{walk.vertex(walk.parent(i))}, here{walk.vertex(i)};
    steps.push_back({previous, here, BestEdgeBetween(graph, previous, here)});
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

std::vector<Triple> EvidenceBetween(const Store& store, const std::string& a, const std::string& b,
                                    const TripleFilter& filter) {
  TripleFilter between = filter;
  between.entity = a;
  between.other = b;
  std::vector<Triple> triples;
  store.LoadTriples(between, [&](const Triple& triple) { triples.push_back(triple); });
  return triples;
}

std::vector<Triple> EventsOf(const Store& store, const TripleFilter& filter) {
  std::vector<Triple> triples;
  store.LoadTriples(filter, [&](const Triple& triple) { triples.push_back(triple); });
  return triples;
}

}  // namespace polgraph
