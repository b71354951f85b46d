// GEXF for Gephi's timeline: a dynamic graph (timeformat "date", spells as
// intervals) in version 1.3 (namespace http://gexf.net/1.3) or, for readers
// that know no 1.3 (NetworkX before 3.5), 1.2 (http://www.gexf.net/1.2draft).
// Each edge has one spell per day one of its events happened (start = end =
// that day; without the events, one spell from its first to its last date);
// each node the union of its edges' spells; undated ones exist all the time.
// Edges of a symmetric relation ("met") are type="undirected" unless asked
// otherwise. Colours (viz) are those of the rendered picture: a node's fill
// by its type, an edge's colour and line style by its relation. Node label
// is the name; node attributes type, mentions, degree; edge label, kind (1.3
// only) and attribute relation, weight as the edge weight, attribute role.
// Ids as in every format: "n0"..., "e0"....
#pragma once

#include <ostream>

#include "export/write_options.h"
#include "graph/knowledge_graph.h"

namespace polgraph {

/// Writes `graph` as a GEXF document. Throws Error if the stream fails or
/// a name is not valid UTF-8.
void WriteGexf(const KnowledgeGraph& graph, const WriteOptions& options, std::ostream& out);
/// The same with the default options (GEXF 1.3, met undirected, no events).
void WriteGexf(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace polgraph
