// Node-link JSON in the shape of NetworkX's json_graph.node_link_data for a
// MultiDiGraph, so `networkx.node_link_graph(json.load(f))` reads it back:
//   {"directed": true, "multigraph": true, "graph": {},
//    "nodes": [{"id": "n0", "label": ..., "type": ..., "mentions": ..., "degree": ...}],
//    "links": [{"source": "n0", "target": "n1", "key": "e0", "relation": ...,
//               "weight": ..., "first": ..., "last": ..., "role": ...}]}
// Unknown dates and empty roles are left out of a link.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace polgraph {

/// Writes `graph` as node-link JSON. Throws Error if the stream fails or a
/// name is not valid UTF-8.
void WriteJson(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace polgraph
