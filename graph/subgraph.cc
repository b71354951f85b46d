#include "graph/subgraph.h"

#include <vector>

#include "graph/queries.h"

namespace polgraph {
namespace {

// The entities marked in `keep` and the edges for which `keep_edge` is true
// between two kept entities.
template <typename EdgePredicate>
KnowledgeGraph Part(const KnowledgeGraph& graph, const std::vector<bool>& keep,
                    EdgePredicate keep_edge) {
  KnowledgeGraph part;
  part.SetRelations(graph.relations());
  std::vector<EntityId> new_id(graph.entity_count());
  for (uint32_t n = 0; n < graph.entity_count(); ++n)
    if (keep[n]) new_id[n] = part.AddEntity(graph.entity(EntityId{n}));
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    if (!keep[edge.subject.value] || !keep[edge.object.value] || !keep_edge(edge)) continue;
    Edge copy = edge;
    copy.subject = new_id[edge.subject.value];
    copy.object = new_id[edge.object.value];
    part.AddEdge(std::move(copy));
  }
  return part;
}

}  // namespace

KnowledgeGraph EgoNetwork(const KnowledgeGraph& graph, EntityId center, int depth) {
  std::vector<bool> keep(graph.entity_count(), false);
  keep[center.value] = true;
  for (const Neighbor& neighbor : Neighbors(graph, center, depth))
    keep[neighbor.entity.value] = true;
  return Part(graph, keep, [](const Edge&) { return true; });
}

KnowledgeGraph WithMinWeight(const KnowledgeGraph& graph, long min_weight) {
  auto heavy = [min_weight](const Edge& edge) { return edge.count >= min_weight; };
  std::vector<bool> keep(graph.entity_count(), false);
  for (uint32_t n = 0; n < graph.entity_count(); ++n) keep[n] = graph.degree(EntityId{n}) == 0;
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    if (!heavy(edge)) continue;
    keep[edge.subject.value] = true;
    keep[edge.object.value] = true;
  }
  return Part(graph, keep, heavy);
}

}  // namespace polgraph
