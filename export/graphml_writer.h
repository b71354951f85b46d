// GraphML for Gephi, NetworkX, igraph and yEd. Every attribute is declared by
// a typed <key> for nodes or for edges (never for the graph, which Gephi
// refuses): node label, name (the same name, the attribute igraph names its
// vertices by), type, mentions, degree; edge relation, weight (double, which
// Gephi takes as the edge weight), first, last, role. Node ids are "n0",
// "n1", ... and edge ids "e0", "e1", ..., unique in the file, so readers keep
// parallel edges. Unknown dates and empty roles are left out. The graph is
// directed; edges of a symmetric relation ("met") carry directed="false"
// unless asked otherwise.
#pragma once

#include <ostream>

#include "export/write_options.h"
#include "graph/knowledge_graph.h"

namespace polgraph {

/// Writes `graph` as a GraphML document. Throws Error if the stream fails or
/// a name is not valid UTF-8.
void WriteGraphml(const KnowledgeGraph& graph, const WriteOptions& options, std::ostream& out);
/// The same with the default options (met undirected).
void WriteGraphml(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace polgraph
