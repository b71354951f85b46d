// GEXF 1.3 for Gephi's timeline: a dynamic graph (timeformat "date",
// timerepresentation "interval") whose edges live from the first to the last
// date their triple was seen and whose nodes live over the span of their
// edges, as <spells>. Node label is the name; node attributes type, mentions,
// degree; edge label, kind and attribute relation, weight as the edge weight,
// attribute role. Ids as in every format: "n0"..., "e0"....
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace polgraph {

/// Writes `graph` as a GEXF 1.3 document. Throws Error if the stream fails or
/// a name is not valid UTF-8.
void WriteGexf(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace polgraph
