#include "graph/undirected_view.h"

#include <unordered_set>

namespace polgraph {

UndirectedView MakeUndirectedView(const KnowledgeGraph& graph) {
  UndirectedView view(graph.entity_count());
  std::unordered_set<uint64_t> linked;
  linked.reserve(graph.edge_count());
  for (uint32_t i = 0; i < graph.edge_count(); ++i) {
    const Edge& edge = graph.edge(EdgeId{i});
    uint32_t a = std::min(edge.subject.value, edge.object.value);
    uint32_t b = std::max(edge.subject.value, edge.object.value);
    if (a != b && linked.insert(uint64_t{a} << 32 | b).second) boost::add_edge(a, b, view);
  }
  return view;
}

}  // namespace polgraph
