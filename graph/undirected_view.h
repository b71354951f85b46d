// The network seen as a simple undirected graph, for the algorithms that
// follow links either way (paths, neighbors, betweenness): one Boost edge per
// linked pair of entities, whatever the relations and directions between
// them, and no self-loops. Vertex i is EntityId i. For graph/ only.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include "graph/knowledge_graph.h"

namespace polgraph {

using UndirectedView = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

/// Pairs are added in (lower id, higher id) order, so traversals are stable.
UndirectedView MakeUndirectedView(const KnowledgeGraph& graph);

}  // namespace polgraph
