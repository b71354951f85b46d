// Walks the network either way from an entity on the bidirectional adjacency
// list of KnowledgeGraph::Impl (out_edges and in_edges of each vertex), for
// the queries that follow links either way (neighbors, path, ego networks).
// Only the vertices reached are touched: no copy of the graph, no array the
// size of the graph. For graph/ only.
//
// The order is the one of a breadth-first search over the simple undirected
// network whose vertices list their neighbors by ascending id: a vertex's
// parent is the first vertex of the level before (in that level's order)
// linked to it, and each level is ordered by (parent's place, id).
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph_impl.h"

namespace polgraph {

/// Calls visit(neighbor, edge) for each edge of `v`, out-edges then
/// in-edges; self-loops are skipped. O(degree).
template <typename Visit>
void ForEachLink(const KnowledgeGraph::Impl::Graph& g, uint32_t v, Visit visit) {
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
    uint32_t w = static_cast<uint32_t>(boost::target(*it, g));
    if (w != v) visit(w, g[*it]);
  }
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
    uint32_t w = static_cast<uint32_t>(boost::source(*it, g));
    if (w != v) visit(w, g[*it]);
  }
}

/// The vertices within some distance of a start, in breadth-first order.
class BreadthFirst {
 public:
  /// Walks from `start` up to `depth` levels, stopping early as soon as
  /// `target` (if given) is reached. REQUIRES: depth >= 0.
  BreadthFirst(const KnowledgeGraph::Impl::Graph& g, uint32_t start, int depth,
               std::optional<uint32_t> target = {});

  /// Vertices reached, start first, in breadth-first order.
  size_t size() const { return reached_.size(); }
  uint32_t vertex(size_t i) const { return reached_[i].vertex; }
  int distance(size_t i) const { return reached_[i].distance; }
  /// Place of the parent of the i-th vertex (the start is its own parent).
  size_t parent(size_t i) const { return reached_[i].parent; }
  /// Place of `v`, or nullopt when it was not reached.
  std::optional<size_t> Find(uint32_t v) const;

 private:
  struct Reached {
    uint32_t vertex;
    uint32_t parent;  // place in reached_
    int distance;
  };
  // Records that `v` is reached (its place set later by SetPlace); false when it already was.
  bool Reach(uint32_t v);
  void SetPlace(uint32_t v, uint32_t place);

  std::vector<Reached> reached_;
  // Vertex -> place in reached_: a hash map while the walk touches few
  // vertices; once it holds a 256th of the graph, an array over the graph.
  std::unordered_map<uint32_t, uint32_t> sparse_place_;
  std::vector<uint32_t> dense_place_;  // kUnreached for vertices not reached
  size_t vertex_count_;
};

}  // namespace polgraph
