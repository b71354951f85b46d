#include "graph/undirected_view.h"

#include <algorithm>
#include <vector>

namespace polgraph {

UndirectedView MakeUndirectedView(const KnowledgeGraph& graph) {
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  pairs.reserve(graph.edge_count());
  for (uint32_t i = 0; i < graph.edge_count(); ++i) {
    const Edge& edge = graph.edge(EdgeId{i});
    uint32_t a = std::min(edge.subject.value, edge.object.value);
    uint32_t b = std::max(edge.subject.value, edge.object.value);
    if (a != b) pairs.emplace_back(a, b);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return UndirectedView(pairs.begin(), pairs.end(), graph.entity_count());
}

}  // namespace polgraph
