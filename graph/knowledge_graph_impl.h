// The inside of KnowledgeGraph, for graph/ only (queries run Boost algorithms
// on it): the Boost.Graph adjacency_list, whose vertex index is the EntityId
// and whose edge property is the EdgeId, next to the entities and edges.
#pragma once

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
  std::unordered_map<std::string, EntityId, NameHash, std::equal_to<>> by_name;  // canonical
  // Folded names and aliases (FoldName) of each entity, for lookups by people.
  std::unordered_map<std::string, std::vector<EntityId>> by_folded;
};

}  // namespace polgraph
