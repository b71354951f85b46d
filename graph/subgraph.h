// Parts of a KnowledgeGraph, as KnowledgeGraphs of their own, for exports and
// pictures of a part of the network: the ego network around an entity, and
// the edges seen often enough. Entities and edges keep their relative order
// (ids are renumbered densely) and every field (mentions stay as counted in
// the whole store; degrees are those of the part).
#pragma once

#include "graph/knowledge_graph.h"

namespace polgraph {

/// `center`, the entities within `depth` edges of it (following edges either
/// way), and every edge among them. REQUIRES: depth >= 0.
KnowledgeGraph EgoNetwork(const KnowledgeGraph& graph, EntityId center, int depth);

/// The edges seen at least `min_weight` times and the entities they link;
/// entities that had no edge in `graph` stay, those that lose all theirs go.
KnowledgeGraph WithMinWeight(const KnowledgeGraph& graph, long min_weight);

}  // namespace polgraph
