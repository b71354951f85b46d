// Builds the network from the store: a vertex per named entity taking part in
// a triple that passes the filter (with its type, aliases and mentions), and
// an edge per (subject, relation, object) between named entities, with its
// count, first and last date and roles. The unnamed agent "?" and missing
// objects give no vertex and no edge. Insertion order is stable and sorted:
// entities by name, edges by subject name, relation, object name, so the same
// store and filter always give the same ids.
#pragma once

#include <deque>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/store.h"

namespace polgraph {

/// The network of the triples in `store` that pass `filter` (its `entity`
/// and `other` fields are honored too).
KnowledgeGraph BuildKnowledgeGraph(const Store& store, const TripleFilter& filter);

/// The network of `entities` and `edges` (whose ends are places in
/// `entities`), inserted in the order above: entities by name, edges by
/// subject name, relation, object name. REQUIRES: names are distinct.
KnowledgeGraph AssembleKnowledgeGraph(std::vector<Entity> entities, std::vector<Edge> edges);

/// The same entities and edges, in the same order and with the same ids as
/// AssembleKnowledgeGraph gives them, as lists. REQUIRES: names are distinct.
EdgeList AssembleEdgeList(std::vector<Entity> entities, std::deque<Edge> edges);

}  // namespace polgraph
