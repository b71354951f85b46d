#include "graph/partial_network.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "graph/graph_builder.h"

namespace polgraph {

StoreWalk::StoreWalk(const Store& store, TripleFilter filter)
    : store_(store), filter_(std::move(filter)) {
  filter_.entity.clear();
  filter_.other.clear();
  reader_ = store_.OpenLinkReader(filter_);
}

StoreWalk::~StoreWalk() = default;

StoreWalk::Place StoreWalk::Intern(EntityKey key) {
  Place* place = nullptr;
  if (key >= 0 && key < kDirectKeys) {  // small keys (SQLite's rowids): a table, no hashing
    const size_t at = static_cast<size_t>(key);
    if (at >= direct_places_.size())
      direct_places_.resize(std::max(at + 1, direct_places_.size() * 2), kNoPlace);
    place = &direct_places_[at];
  } else {
    place = &places_.try_emplace(key, kNoPlace).first->second;
  }
  if (*place == kNoPlace) {
    *place = static_cast<Place>(keys_.size());
    keys_.push_back(key);
    expanded_in_.push_back(0);
    taking_part_.push_back(0);
    links_.emplace_back();
  }
  return *place;
}

StoreWalk::Place StoreWalk::PlaceOfKey(EntityKey key) const {
  if (key >= 0 && static_cast<size_t>(key) < direct_places_.size())
    return direct_places_[static_cast<size_t>(key)];
  return places_.at(key);
}

std::optional<StoreWalk::Place> StoreWalk::PlaceOf(const std::string& name) {
  std::optional<EntityKey> key = reader_->Find(name);
  if (!key) return std::nullopt;
  return Intern(*key);
}

void StoreWalk::Expand(const std::vector<std::string>& names) {
  std::vector<Place> places;
  for (const std::string& name : names)
    if (std::optional<Place> place = PlaceOf(name)) places.push_back(*place);
  ExpandPlaces(places);
}

void StoreWalk::ExpandPlaces(const std::vector<Place>& places) {
  const uint32_t now = ++expansions_;
  std::vector<EntityKey> fresh;
  std::vector<Place> fresh_places;
  for (Place place : places) {
    if (expanded_in_[place] != 0) continue;
    expanded_in_[place] = now;
    fresh.push_back(keys_[place]);
    fresh_places.push_back(place);
  }
  if (fresh.empty()) return;
  reader_->LoadLinks(
      fresh, [&](EntityKey key) { taking_part_[PlaceOfKey(key)] = 1; },
      [&](KeyedLink& link) {
        const Place subject = Intern(link.subject), object = Intern(link.object);
        const uint32_t subject_in = expanded_in_[subject], object_in = expanded_in_[object];
        if (subject != object) {
          if (subject_in == now) links_[subject].push_back(object);
          if (object_in == now) links_[object].push_back(subject);
        }
        // An end expanded before gave every link of its own then.
        if ((subject_in != 0 && subject_in != now) || (object_in != 0 && object_in != now)) return;
        edges_.push_back(Edge{EntityId{subject}, EntityId{object}, std::move(link.relation),
                              link.count, link.first, link.last, std::move(link.roles)});
      });
  for (Place place : fresh_places) {
    std::vector<Place>& links = links_[place];
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
  }
}

bool StoreWalk::TakesPart(const std::string& name) {
  std::optional<Place> place = PlaceOf(name);
  if (!place) return false;
  if (expanded_in_[*place] != 0) return taking_part_[*place] != 0;
  auto [it, added] = asked_.try_emplace(name, false);
  if (added) it->second = reader_->TakesPart(keys_[*place]);
  return it->second;
}

const std::vector<StoreWalk::Place>& StoreWalk::Links(Place place) const { return links_[place]; }

bool StoreWalk::Linked(Place a, Place b) const {
  return std::binary_search(links_[a].begin(), links_[a].end(), b);
}

std::vector<uint32_t> StoreWalk::LoadKept(const std::vector<Place>& keep,
                                          std::vector<Entity>* entities) const {
  std::vector<uint32_t> position(keys_.size(), kLeftOut);  // in `entities`, by place
  std::vector<EntityKey> keys;
  keys.reserve(keep.size());
  for (Place place : keep) keys.push_back(keys_[place]);
  entities->reserve(keep.size());
  reader_->LoadEntities(keys, [&](EntityKey key, Entity& entity) {
    position[PlaceOfKey(key)] = static_cast<uint32_t>(entities->size());
    entities->push_back(std::move(entity));
  });
  return position;
}

KnowledgeGraph StoreWalk::Graph(const std::vector<Place>& keep) const {
  std::vector<Entity> entities;
  const std::vector<uint32_t> position = LoadKept(keep, &entities);
  std::vector<Edge> edges;
  for (const Edge& edge : edges_) {
    const uint32_t subject = position[edge.subject.value], object = position[edge.object.value];
    if (subject == kLeftOut || object == kLeftOut) continue;
    edges.push_back(edge);
    edges.back().subject = EntityId{subject};
    edges.back().object = EntityId{object};
  }
  return AssembleKnowledgeGraph(std::move(entities), std::move(edges));
}

EdgeList StoreWalk::TakeList(const std::vector<Place>& keep) {
  std::vector<Entity> entities;
  const std::vector<uint32_t> position = LoadKept(keep, &entities);
  for (Edge& edge : edges_) {  // ends renumbered in place: a hub's edges are megabytes
    edge.subject = EntityId{position[edge.subject.value]};
    edge.object = EntityId{position[edge.object.value]};
  }
  edges_.erase(std::remove_if(edges_.begin(), edges_.end(),
                              [](const Edge& edge) {
                                return edge.subject.value == kLeftOut ||
                                       edge.object.value == kLeftOut;
                              }),
               edges_.end());
  std::deque<Edge> edges = std::move(edges_);
  edges_.clear();
  return AssembleEdgeList(std::move(entities), std::move(edges));
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

namespace {

// The places of `name` and of the entities within `depth` links of it, the
// links of those nearer than `depth` read. Empty when `name` is not stored.
std::vector<StoreWalk::Place> Neighborhood(StoreWalk& walk, const std::string& name, int depth) {
  std::optional<StoreWalk::Place> start = walk.PlaceOf(name);
  if (!start) return {};
  std::unordered_set<StoreWalk::Place> reached = {*start};
  std::vector<StoreWalk::Place> kept = {*start};
  std::vector<StoreWalk::Place> level = {*start};
  for (int d = 1; d <= depth && !level.empty(); ++d) {
    walk.ExpandPlaces(level);
    std::vector<StoreWalk::Place> next;
    for (StoreWalk::Place entity : level) {
      for (StoreWalk::Place other : walk.Links(entity))
        if (reached.insert(other).second) next.push_back(other);
    }
    kept.insert(kept.end(), next.begin(), next.end());
    level = std::move(next);
  }
  return kept;
}

}  // namespace

KnowledgeGraph NeighborhoodFromStore(StoreWalk& walk, const std::string& name, int depth) {
  std::vector<StoreWalk::Place> kept = Neighborhood(walk, name, depth);
  if (kept.empty()) return KnowledgeGraph();
  return walk.Graph(kept);
}

EdgeList LinkedFromStore(StoreWalk& walk, const std::string& name) {
  std::vector<StoreWalk::Place> kept = Neighborhood(walk, name, 1);
  if (kept.empty()) return EdgeList();
  return walk.TakeList(kept);
}

namespace {

using WalkPlace = StoreWalk::Place;

// One side of the search from both ends: the distance of each entity reached
// and the level to expand next.
struct Side {
  std::unordered_map<WalkPlace, int> distance;
  std::vector<WalkPlace> level;
  int radius = 0;

  explicit Side(WalkPlace start) : distance{{start, 0}}, level{start} {}

  // Expands the level; returns the newly reached entities.
  std::vector<WalkPlace> Step(StoreWalk& walk) {
    walk.ExpandPlaces(level);
    std::vector<WalkPlace> next;
    ++radius;
    for (WalkPlace entity : level) {
      for (WalkPlace other : walk.Links(entity))
        if (distance.try_emplace(other, radius).second) next.push_back(other);
    }
    level = next;
    return next;
  }

  // Adds to `on_paths` the entities of this side on a shortest path through
  // `meeting` (at distance `radius` from this side's start), level by level
  // back to the start.
  void CollectBack(const StoreWalk& walk, std::vector<WalkPlace> current, int at,
                   std::unordered_set<WalkPlace>* on_paths) const {
    on_paths->insert(current.begin(), current.end());
    for (int d = at - 1; d >= 0; --d) {
      std::vector<WalkPlace> previous;
      for (const auto& entry : distance) {
        if (entry.second != d) continue;
        const WalkPlace entity = entry.first;
        if (std::any_of(current.begin(), current.end(),
                        [&](WalkPlace w) { return walk.Linked(entity, w); }))
          previous.push_back(entity);
      }
      on_paths->insert(previous.begin(), previous.end());
      current = std::move(previous);
    }
  }
};

}  // namespace

KnowledgeGraph PathNetworkFromStore(StoreWalk& walk, const std::string& from,
                                    const std::string& to) {
  std::optional<WalkPlace> start = walk.PlaceOf(from), end = walk.PlaceOf(to);
  if (!start || !end) return KnowledgeGraph();
  if (*start == *end) {
    walk.ExpandPlaces({*start});  // read for its entity
    return walk.Graph({*start});
  }
  Side forward(*start), backward(*end);
  std::vector<WalkPlace> meeting;
  while (!forward.level.empty() && !backward.level.empty()) {
    // The smaller level first: the search stays near the thinner end.
    bool ahead = forward.level.size() <= backward.level.size();
    Side& side = ahead ? forward : backward;
    const Side& other = ahead ? backward : forward;
    for (WalkPlace reached : side.Step(walk))
      if (other.distance.contains(reached)) meeting.push_back(reached);
    if (!meeting.empty()) break;
  }
  if (meeting.empty()) {
    walk.ExpandPlaces({*start, *end});  // the end whose side never stepped, for its entity
    return walk.Graph({*start, *end});
  }
  // Every meeting entity is at forward.radius-or-less and backward.radius
  // from the ends, with the same sum: the length of the shortest paths.
  int at_forward = forward.distance.at(meeting.front());
  int at_backward = backward.distance.at(meeting.front());
  std::unordered_set<WalkPlace> on_paths;
  forward.CollectBack(walk, meeting, at_forward, &on_paths);
  backward.CollectBack(walk, meeting, at_backward, &on_paths);
  return walk.Graph(std::vector<WalkPlace>(on_paths.begin(), on_paths.end()));
}

}  // namespace polgraph
