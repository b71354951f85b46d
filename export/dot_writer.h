// DOT for Graphviz and every tool that reads it, printed by cgraph's agwrite
// from a DotGraph: neutral node ids n0, n1, ... with the names in labels, so
// any name (quotes, backslashes, keywords such as "node") survives.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace polgraph {

/// Writes `graph` as a DOT digraph. Throws Error if the stream fails.
void WriteDot(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace polgraph
