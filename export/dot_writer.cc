#include "export/dot_writer.h"

#include "export/dot_graph.h"

namespace polgraph {

void WriteDot(const KnowledgeGraph& graph, std::ostream& out) { DotGraph(graph).Write(out); }

}  // namespace polgraph
