// The inside of KnowledgeGraph, for graph/ only (queries run Boost algorithms
// on it): the Boost.Graph adjacency_list, whose vertex index is the EntityId
// and whose edge property is the EdgeId, next to the entities and edges.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/knowledge_graph.h"

namespace polgraph {

class KnowledgeGraph::Impl {
 public:
  // Edges are never removed, so they are kept in a vector (vecS), not a list:
  // no allocation per edge, and walking a vertex's edges reads contiguous memory.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      boost::no_property, EdgeId, boost::no_property, boost::vecS>;
  using Vertex = Graph::vertex_descriptor;

  Graph graph;
  std::vector<Entity> entities;   // indexed by EntityId
  bool ids_in_name_order = true;  // each entity's name sorts after the one before
  std::vector<Edge> edges;        // indexed by EdgeId
  // Hashes std::string and std::string_view alike, for lookups without a copy.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
  };
  using ByName = std::unordered_map<std::string, EntityId, NameHash, std::equal_to<>>;
  using ByFolded = std::unordered_map<std::string, std::vector<EntityId>>;

  // The indexes of names are built on first use, then kept up to date by
  // AddEntity: a graph asked only by id (a query's small graph of a busy
  // entity's 20,000 neighbours) never folds a name. Not to be built by two
  // threads while a third adds entities.
  /// Canonical name -> id; only needed while ids are not in name order (else
  /// Find searches the entities).
  const ByName& Names() const;
  /// Folded names and aliases (FoldName) of each entity, for lookups by people.
  const ByFolded& Folded() const;
  /// Indexes `entity` (just added as `id`) in the indexes already built.
  void IndexAdded(const Entity& entity, EntityId id);

 private:
  mutable std::mutex index_mutex_;
  mutable bool names_built_ = false, folded_built_ = false;
  mutable ByName by_name_;
  mutable ByFolded by_folded_;
};

}  // namespace polgraph
