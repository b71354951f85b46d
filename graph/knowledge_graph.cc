#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cassert>

#include "graph/knowledge_graph_impl.h"
#include "graph/name_folding.h"

namespace polgraph {
namespace {

void IndexFolded(const std::string& name, EntityId id,
                 std::unordered_map<std::string, std::vector<EntityId>>* by_folded) {
  std::vector<EntityId>& ids = (*by_folded)[FoldName(name)];
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

// The last word of a folded name ("kassym jomart tokayev" -> "tokayev").
std::string_view LastWord(std::string_view folded) {
  size_t space = folded.rfind(' ');
  return space == std::string_view::npos ? folded : folded.substr(space + 1);
}

}  // namespace

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

EntityId KnowledgeGraph::AddEntity(Entity entity) {
  assert(!impl_->by_name.contains(entity.name));
  EntityId id{static_cast<uint32_t>(impl_->entities.size())};
  boost::add_vertex(impl_->graph);
  if (!impl_->entities.empty() && entity.name < impl_->entities.back().name)
    impl_->ids_in_name_order = false;
  impl_->by_name.emplace(entity.name, id);
  IndexFolded(entity.name, id, &impl_->by_folded);
  for (const std::string& alias : entity.aliases) IndexFolded(alias, id, &impl_->by_folded);
  impl_->entities.push_back(std::move(entity));
  return id;
}

EdgeId KnowledgeGraph::AddEdge(Edge edge) {
  assert(edge.subject.value < entity_count() && edge.object.value < entity_count());
  EdgeId id{static_cast<uint32_t>(impl_->edges.size())};
  boost::add_edge(edge.subject.value, edge.object.value, id, impl_->graph);
  impl_->edges.push_back(std::move(edge));
  return id;
}

void KnowledgeGraph::Reserve(size_t entities, size_t edges) {
  impl_->entities.reserve(entities);
  impl_->edges.reserve(edges);
  impl_->by_name.reserve(entities);
  impl_->by_folded.reserve(entities);
}

size_t KnowledgeGraph::entity_count() const { return impl_->entities.size(); }
size_t KnowledgeGraph::edge_count() const { return impl_->edges.size(); }
const Entity& KnowledgeGraph::entity(EntityId id) const { return impl_->entities.at(id.value); }
const Edge& KnowledgeGraph::edge(EdgeId id) const { return impl_->edges.at(id.value); }

size_t KnowledgeGraph::degree(EntityId id) const {
  return boost::in_degree(id.value, impl_->graph) + boost::out_degree(id.value, impl_->graph);
}

bool KnowledgeGraph::NameLess(EntityId a, EntityId b) const {
  if (impl_->ids_in_name_order) return a < b;
  return entity(a).name < entity(b).name;
}

std::optional<EntityId> KnowledgeGraph::Find(std::string_view name) const {
  auto it = impl_->by_name.find(name);
  if (it == impl_->by_name.end()) return std::nullopt;
  return it->second;
}

std::vector<EntityId> KnowledgeGraph::Lookup(std::string_view name) const {
  if (std::optional<EntityId> exact = Find(name)) return {*exact};
  std::string folded = FoldName(name);
  if (folded.empty()) return {};
  auto it = impl_->by_folded.find(folded);
  if (it != impl_->by_folded.end()) return it->second;
  std::vector<EntityId> by_surname;  // "Tokayev" for "Kassym-Jomart Tokayev"
  for (const auto& [key, ids] : impl_->by_folded) {
    if (key != folded && LastWord(key) == folded) {
      for (EntityId id : ids)
        if (std::find(by_surname.begin(), by_surname.end(), id) == by_surname.end())
          by_surname.push_back(id);
    }
  }
  std::sort(by_surname.begin(), by_surname.end());
  return by_surname;
}

std::vector<std::string> KnowledgeGraph::Closest(std::string_view name, size_t limit) const {
  std::string folded = FoldName(name);
  std::vector<std::pair<size_t, EntityId>> scored;  // (distance, id), best per entity
  std::unordered_map<uint32_t, size_t> best;
  for (const auto& [key, ids] : impl_->by_folded) {
    size_t distance = std::min(EditDistance(folded, key), EditDistance(folded, LastWord(key)) + 1);
    for (EntityId id : ids) {
      auto [it, added] = best.emplace(id.value, distance);
      if (!added) it->second = std::min(it->second, distance);
    }
  }
  scored.reserve(best.size());
  for (const auto& [id, distance] : best) scored.emplace_back(distance, EntityId{id});
  auto by_distance_then_name = [this](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return entity(a.second).name < entity(b.second).name;
  };
  size_t n = std::min(limit, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(n), scored.end(),
                    by_distance_then_name);
  std::vector<std::string> names;
  for (size_t i = 0; i < n; ++i) names.push_back(entity(scored[i].second).name);
  return names;
}

}  // namespace polgraph
