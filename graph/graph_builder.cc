#include "graph/graph_builder.h"

#include <algorithm>

namespace polgraph {
namespace {

std::vector<Entity> SortedEntities(const Store& store, const TripleFilter& filter) {
  std::vector<Entity> entities;
  store.LoadEntities(filter, [&](const Entity& entity) { entities.push_back(entity); });
  std::sort(entities.begin(), entities.end(),
            [](const Entity& a, const Entity& b) { return a.name < b.name; });
  return entities;
}

// Edges as ids, sorted by (subject name, relation, object name); since ids
// follow name order, that is (subject id, relation, object id).
std::vector<Edge> SortedEdges(const Store& store, const TripleFilter& filter,
                              const KnowledgeGraph& graph) {
  std::vector<Edge> edges;
  std::string last_subject;  // consecutive edges often share their subject
  EntityId subject;
  store.LoadEdges(filter, [&](const EdgeSummary& summary) {
    if (edges.empty() || summary.subject != last_subject) {
      last_subject = summary.subject;
      subject = graph.Find(summary.subject).value();
    }
    Edge edge;
    edge.subject = subject;
    edge.object = graph.Find(summary.object).value();
    edge.relation = summary.relation;
    edge.count = summary.count;
    edge.first = summary.first;
    edge.last = summary.last;
    edge.roles = summary.roles;
    edges.push_back(std::move(edge));
  });
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    if (a.subject != b.subject) return a.subject < b.subject;
    if (a.relation != b.relation) return a.relation < b.relation;
    return a.object < b.object;
  });
  return edges;
}

}  // namespace

KnowledgeGraph BuildKnowledgeGraph(const Store& store, const TripleFilter& filter) {
  KnowledgeGraph graph;
  std::vector<Entity> entities = SortedEntities(store, filter);
  for (Entity& entity : entities) graph.AddEntity(std::move(entity));
  for (Edge& edge : SortedEdges(store, filter, graph)) graph.AddEdge(std::move(edge));
  return graph;
}

}  // namespace polgraph
