// Questions about a part of the network answered from the store's indexes,
// without building the whole network first: `query met NAME`, `neighbors`,
// `path` and the name lookup of every question read only the links of the
// entities they walk through (Store::OpenLinkReader: two indexed reads per
// entity, entities as numbers, names read only for the entities an answer
// keeps), so their cost follows the answer, not the store.
//
// Each function gives a small KnowledgeGraph (or, for one entity's links,
// the same as lists: EdgeList) on which the question of queries.h (Met,
// Neighbors, ShortestPath; MetOf, NeighborsOf) gives exactly the answer it
// gives on the whole network of the same filter:
//  - the graph is assembled like the whole one (AssembleKnowledgeGraph): ids
//    keep name order, edges keep (subject, relation, object) order, so ties
//    break the same way;
//  - it holds every edge the question's walk follows: all links of the
//    entities a breadth-first walk expands (neighbors), or, for a path, the
//    entities on some shortest path and the links between them, found by a
//    search from both ends. A breadth-first walk orders each level by its
//    parent's place, then by id (graph/breadth_first.h), and the parent of
//    an entity on a shortest path is itself on one, so the walk over those
//    entities alone picks the same path as over the whole network.
// Entities come with name, type and aliases; `mentions` is 0 (no question
// here prints it).
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/link_reader.h"
#include "graph/queries.h"
#include "graph/store.h"

namespace polgraph {

/// The links read so far from a store, entity by entity, under one filter.
/// Entities are numbered in the order they are first met (places); links and
/// edges are kept by place, and names are read only for the entities a graph
/// keeps (Store::OpenLinkReader).
class StoreWalk {
 public:
  StoreWalk(const Store& store, TripleFilter filter);
  ~StoreWalk();
  StoreWalk(const StoreWalk&) = delete;
  StoreWalk& operator=(const StoreWalk&) = delete;

  /// Reads the links of those of `names` not read yet.
  void Expand(const std::vector<std::string>& names);
  /// Whether `name` takes part in a triple passing the filter: from what
  /// was read when it was expanded, else asked of the store (one indexed read).
  bool TakesPart(const std::string& name);

  const Store& store() const { return store_; }
  const TripleFilter& filter() const { return filter_; }

  // For the walks of partial_network.cc: entities by place.
  using Place = uint32_t;
  /// The place of a stored `name`, nullopt when the store has no such entity.
  std::optional<Place> PlaceOf(const std::string& name);
  /// Reads the links of those of `places` not read yet.
  void ExpandPlaces(const std::vector<Place>& places);
  /// The entities linked to an expanded place (itself left out), each once.
  const std::vector<Place>& Links(Place place) const;
  /// Whether `b` is among Links(a). REQUIRES: a expanded.
  bool Linked(Place a, Place b) const;
  /// The network of the entities at `keep` (each expanded or linked to an
  /// expanded one) and of the edges read between them.
  KnowledgeGraph Graph(const std::vector<Place>& keep) const;
  /// The same entities and edges with the same ids, as lists; the edges
  /// are moved out, not copied: the walk holds none after (its links stay).
  EdgeList TakeList(const std::vector<Place>& keep);

 private:
  static constexpr Place kNoPlace = UINT32_MAX;
  static constexpr EntityKey kDirectKeys = EntityKey{1} << 22;  // keys below: direct_places_
  Place Intern(EntityKey key);
  /// Reads the entities at `keep` into `*entities`; gives their places
  /// there by walk place (kLeftOut for the others).
  std::vector<uint32_t> LoadKept(const std::vector<Place>& keep,
                                 std::vector<Entity>* entities) const;
  static constexpr uint32_t kLeftOut = UINT32_MAX;
  /// REQUIRES: `key` interned.
  Place PlaceOfKey(EntityKey key) const;

  const Store& store_;
  TripleFilter filter_;
  std::unique_ptr<LinkReader> reader_;
  std::vector<EntityKey> keys_;                  // by place
  std::vector<Place> direct_places_;             // by key below kDirectKeys, kNoPlace if none
  std::unordered_map<EntityKey, Place> places_;  // by key, the others
  std::vector<uint32_t> expanded_in_;            // by place: 0 not expanded, else the Expand
  std::vector<char> taking_part_;                // by place, for expanded places
  std::vector<std::vector<Place>> links_;        // by place, sorted, for expanded places
  std::deque<Edge> edges_;  // each read once; ends as places; no copy as a hub's grow
  std::unordered_map<std::string, bool> asked_;  // TakesPart of names not expanded
  uint32_t expansions_ = 0;
};

/// The canonical name ResolveEntity would give for `name` on the whole
/// network of the walk's filter, found from the store: an exact canonical
/// name, else the stored names and aliases (KnowledgeGraph::Lookup's rules).
/// nullopt when only the whole network can tell (no entity, several, or one
/// outside the filter's network): build it then, for the same answer or error.
std::optional<std::string> ResolveInStore(StoreWalk& walk, std::string_view name,
                                          const CanonicalNames& canonical = {});

/// The entities within `depth` links of `name` and every link of those
/// nearer than `depth`: Met(graph, name) and Neighbors(graph, name, depth)
/// on it answer as on the whole network. REQUIRES: walk.TakesPart(name)
/// once expanded.
KnowledgeGraph NeighborhoodFromStore(StoreWalk& walk, const std::string& name, int depth);

/// The entity `name`, those linked to it and the edges between it and them
/// (ids in name and edge order, as NeighborhoodFromStore(walk, name, 1)
/// gives them), without a graph and without copying the edges the walk read
/// (it holds none after): NeighborsOf(list, *list.Find(name)) and
/// MetOf give what Neighbors (depth 1) and Met give on the whole network. Empty when `name`
/// is not stored. REQUIRES: walk.TakesPart(name) once expanded.
EdgeList LinkedFromStore(StoreWalk& walk, const std::string& name);

/// The entities on the shortest paths from `from` to `to` and the links
/// between them (only the two when they are not connected): ShortestPath
/// on it answers as on the whole network. REQUIRES: both take part.
KnowledgeGraph PathNetworkFromStore(StoreWalk& walk, const std::string& from,
                                    const std::string& to);

}  // namespace polgraph
