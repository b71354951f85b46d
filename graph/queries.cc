#include "graph/queries.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_set>

#include <boost/graph/breadth_first_search.hpp>

#include "extract/error.h"
#include "graph/knowledge_graph_impl.h"
#include "graph/name_folding.h"
#include "graph/undirected_view.h"

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

// Distances (-1: unreached) and BFS parents from `start` over the undirected view.
struct BfsTree {
  std::vector<int> distance;
  std::vector<UndirectedView::vertex_descriptor> parent;
};

BfsTree BreadthFirst(const UndirectedView& view, EntityId start) {
  size_t n = boost::num_vertices(view);
  BfsTree tree{std::vector<int>(n, -1), std::vector<UndirectedView::vertex_descriptor>(n)};
  for (size_t v = 0; v < n; ++v) tree.parent[v] = v;
  tree.distance[start.value] = 0;
  boost::breadth_first_search(
      view, start.value,
      boost::visitor(boost::make_bfs_visitor(
          std::make_pair(boost::record_distances(tree.distance.data(), boost::on_tree_edge()),
                         boost::record_predecessors(tree.parent.data(), boost::on_tree_edge())))));
  return tree;
}

// The edge between `a` and `b` seen most often (then the first).
EdgeId BestEdgeBetween(const KnowledgeGraph& graph, EntityId a, EntityId b) {
  std::vector<EdgeId> edges = EdgesBetween(graph, a, b);
  return *std::min_element(edges.begin(), edges.end(), [&](EdgeId x, EdgeId y) {
    return std::make_pair(-graph.edge(x).count, x) < std::make_pair(-graph.edge(y).count, y);
  });
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
  std::map<std::pair<EntityId, EntityId>, MetPair> pairs;
  for (uint32_t i = 0; i < graph.edge_count(); ++i) {
    const Edge& edge = graph.edge(EdgeId{i});
    if (edge.relation != Relation::kMet || edge.subject == edge.object) continue;
    EntityId a = edge.subject, b = edge.object;
    if (who ? b == *who : graph.entity(b).name < graph.entity(a).name) std::swap(a, b);
    if (who && a != *who) continue;
    auto [it, added] = pairs.try_emplace({a, b}, MetPair{a, b, 0, edge.first, edge.last});
    it->second.count += edge.count;
    it->second.first = EarlierKnown(it->second.first, edge.first);
    it->second.last = LaterKnown(it->second.last, edge.last);
  }
  std::vector<MetPair> met;
  for (auto& [key, pair] : pairs) met.push_back(pair);
  std::sort(met.begin(), met.end(), [&](const MetPair& x, const MetPair& y) {
    if (x.count != y.count) return x.count > y.count;
    const std::string &xa = graph.entity(x.a).name, &ya = graph.entity(y.a).name;
    if (xa != ya) return xa < ya;
    return graph.entity(x.b).name < graph.entity(y.b).name;
  });
  return met;
}

std::vector<Neighbor> Neighbors(const KnowledgeGraph& graph, EntityId start, int depth) {
  BfsTree tree = BreadthFirst(MakeUndirectedView(graph), start);
  std::vector<Neighbor> neighbors;
  for (uint32_t v = 0; v < tree.distance.size(); ++v) {
    if (tree.distance[v] <= 0 || tree.distance[v] > depth) continue;
    EntityId via{static_cast<uint32_t>(tree.parent[v])};
    neighbors.push_back(
        {EntityId{v}, tree.distance[v], via, EdgesBetween(graph, via, EntityId{v})});
  }
  std::sort(neighbors.begin(), neighbors.end(), [&](const Neighbor& x, const Neighbor& y) {
    if (x.distance != y.distance) return x.distance < y.distance;
    return graph.entity(x.entity).name < graph.entity(y.entity).name;
  });
  return neighbors;
}

std::optional<std::vector<PathStep>> ShortestPath(const KnowledgeGraph& graph, EntityId from,
                                                  EntityId to) {
  BfsTree tree = BreadthFirst(MakeUndirectedView(graph), from);
  if (tree.distance[to.value] < 0) return std::nullopt;
  std::vector<PathStep> steps;
  for (EntityId at = to; at != from;) {
    EntityId previous{static_cast<uint32_t>(tree.parent[at.value])};
    steps.push_back({previous, at, BestEdgeBetween(graph, previous, at)});
    at = previous;
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

}  // namespace polgraph
