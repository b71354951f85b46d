#include "graph/partial_network.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "graph/graph_builder.h"

namespace polgraph {
namespace {

// The key of an edge among those read: subject, relation and object.
std::string EdgeKey(const EdgeSummary& edge) {
  std::string key = edge.subject;
  key += '\0';
  key += edge.relation.name();
  key += '\0';
  key += edge.object;
  return key;
}

}  // namespace

StoreWalk::StoreWalk(const Store& store, TripleFilter filter)
    : store_(store), filter_(std::move(filter)) {
  filter_.entity.clear();
  filter_.other.clear();
}

void StoreWalk::Expand(const std::vector<std::string>& names) {
  std::vector<std::string> fresh;
  for (const std::string& name : names)
    if (expanded_.insert(name).second) fresh.push_back(name);
  if (fresh.empty()) return;
  NameSet asked(fresh.begin(), fresh.end());
  store_.LoadAround(
      filter_, fresh,
      [&](const Entity& entity) {
        if (asked.contains(entity.name)) taking_part_.insert(entity.name);
        entities_.try_emplace(entity.name, entity);
      },
      [&](const EdgeSummary& edge) {
        edges_.try_emplace(EdgeKey(edge), edge);
        if (edge.subject == edge.object) return;
        if (asked.contains(edge.subject)) links_[edge.subject].insert(edge.object);
        if (asked.contains(edge.object)) links_[edge.object].insert(edge.subject);
      });
}

bool StoreWalk::TakesPart(const std::string& name) {
  if (expanded_.contains(name)) return taking_part_.contains(name);
  auto [it, added] = asked_.try_emplace(name, false);
  if (added) it->second = store_.TakesPart(filter_, name);
  return it->second;
}

const NameSet& StoreWalk::Links(const std::string& name) const {
  static const NameSet kNone;
  auto it = links_.find(name);
  return it == links_.end() ? kNone : it->second;
}

KnowledgeGraph StoreWalk::Graph(const NameSet& keep) const {
  std::vector<Entity> entities;
  std::unordered_map<std::string, uint32_t> place;
  place.reserve(keep.size());
  for (const std::string& name : keep) {
    auto it = entities_.find(name);
    if (it == entities_.end()) continue;
    place.emplace(name, static_cast<uint32_t>(entities.size()));
    entities.push_back(it->second);
  }
  std::vector<Edge> edges;
  for (const auto& [key, summary] : edges_) {
    auto subject = place.find(summary.subject), object = place.find(summary.object);
    if (subject == place.end() || object == place.end()) continue;
    edges.push_back(Edge{EntityId{subject->second}, EntityId{object->second}, summary.relation,
                         summary.count, summary.first, summary.last, summary.roles});
  }
  return AssembleKnowledgeGraph(std::move(entities), std::move(edges));
}

std::optional<std::string> ResolveInStore(StoreWalk& walk, std::string_view name,
                                          const CanonicalNames& canonical) {
  // An exact canonical name that takes part is what Lookup gives first.
  std::string exact(name);
  if (walk.TakesPart(exact)) return exact;
  // Else Lookup over every stored entity: a superset of the filter's network.
  // One candidate that takes part is the answer there too (the network has
  // no better one: each rule of Lookup finds a subset of what it finds here).
  std::vector<Entity> stored;
  walk.store().LoadStoredEntities([&](const Entity& entity) { stored.push_back(entity); });
  KnowledgeGraph names = AssembleKnowledgeGraph(std::move(stored), {});
  std::vector<EntityId> ids = names.Lookup(name);
  if (ids.empty() && canonical) {
    if (std::optional<std::string> known = canonical(name)) ids = names.Lookup(*known);
  }
  if (ids.size() != 1) return std::nullopt;
  std::string candidate = names.entity(ids.front()).name;
  if (!walk.TakesPart(candidate)) return std::nullopt;
  return candidate;
}

KnowledgeGraph NeighborhoodFromStore(StoreWalk& walk, const std::string& name, int depth) {
  NameSet reached = {name};
  std::vector<std::string> level = {name};
  for (int d = 1; d <= depth && !level.empty(); ++d) {
    walk.Expand(level);
    std::vector<std::string> next;
    for (const std::string& entity : level) {
      for (const std::string& other : walk.Links(entity))
        if (reached.insert(other).second) next.push_back(other);
    }
    level = std::move(next);
  }
  return walk.Graph(reached);
}

namespace {

// One side of the search from both ends: the distance of each entity reached
// and the level to expand next.
struct Side {
  std::unordered_map<std::string, int> distance;
  std::vector<std::string> level;
  int radius = 0;

  explicit Side(const std::string& start) : distance{{start, 0}}, level{start} {}

  // Expands the level; returns the newly reached entities.
  std::vector<std::string> Step(StoreWalk& walk) {
    walk.Expand(level);
    std::vector<std::string> next;
    ++radius;
    for (const std::string& entity : level) {
      for (const std::string& other : walk.Links(entity))
        if (distance.try_emplace(other, radius).second) next.push_back(other);
    }
    level = next;
    return next;
  }

  // Adds to `on_paths` the entities of this side on a shortest path through
  // `meeting` (at distance `radius` from this side's start), level by level
  // back to the start.
  void CollectBack(StoreWalk& walk, NameSet current, int at, NameSet* on_paths) const {
    on_paths->insert(current.begin(), current.end());
    for (int d = at - 1; d >= 0; --d) {
      NameSet previous;
      for (const auto& [entity, dist] : distance) {
        if (dist != d) continue;
        const NameSet& links = walk.Links(entity);
        if (std::any_of(current.begin(), current.end(),
                        [&](const std::string& w) { return links.contains(w); }))
          previous.insert(entity);
      }
      on_paths->insert(previous.begin(), previous.end());
      current = std::move(previous);
    }
  }
};

}  // namespace

KnowledgeGraph PathNetworkFromStore(StoreWalk& walk, const std::string& from,
                                    const std::string& to) {
  if (from == to) {
    walk.Expand({from});  // read for its entity
    return walk.Graph({from});
  }
  Side forward(from), backward(to);
  NameSet meeting;
  while (!forward.level.empty() && !backward.level.empty()) {
    // The smaller level first: the search stays near the thinner end.
    bool ahead = forward.level.size() <= backward.level.size();
    Side& side = ahead ? forward : backward;
    const Side& other = ahead ? backward : forward;
    for (const std::string& reached : side.Step(walk))
      if (other.distance.contains(reached)) meeting.insert(reached);
    if (!meeting.empty()) break;
  }
  if (meeting.empty()) {
    walk.Expand({from, to});  // the end whose side never stepped, for its entity
    return walk.Graph({from, to});
  }
  // Every meeting entity is at forward.radius-or-less and backward.radius
  // from the ends, with the same sum: the length of the shortest paths.
  int at_forward = forward.distance.at(*meeting.begin());
  int at_backward = backward.distance.at(*meeting.begin());
  NameSet on_paths;
  forward.CollectBack(walk, meeting, at_forward, &on_paths);
  backward.CollectBack(walk, meeting, at_backward, &on_paths);
  return walk.Graph(on_paths);
}

}  // namespace polgraph
