// The questions polgraph answers about the network: who met whom, who is
// near whom, how two entities are linked, who is central, what happened to
// an entity over time, and the sentences behind a link. Answers are plain
// structs holding ids into the graph (or store rows); cli/ prints them.
//
// `met` is mutual: "A met B" and "B met A" are one pair. Paths, neighbors and
// betweenness follow edges either way; PageRank follows met both ways and
// the other relations from subject to object, weighted by count.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "extract/aliases.h"
#include "extract/triple.h"
#include "graph/knowledge_graph.h"
#include "graph/store.h"

namespace polgraph {

/// Maps a name or alias to a canonical name (e.g. via the Aliases table).
using CanonicalNames = std::function<std::optional<std::string>(std::string_view)>;

/// The entity meant by `name` (KnowledgeGraph::Lookup, then `canonical`).
/// Throws Error "no entity named 'X'; closest: A, B, C" when none, and
/// "'X' is ambiguous: A, B" when several.
EntityId ResolveEntity(const KnowledgeGraph& graph, std::string_view name,
                       const CanonicalNames& canonical = {});

/// The edges linking `a` and `b`, either way, in id order.
std::vector<EdgeId> EdgesBetween(const KnowledgeGraph& graph, EntityId a, EntityId b);

struct MetPair {
  EntityId a, b;  // with `who`, a is `who`; else a's name sorts before b's
  long count = 0;
  Date first, last;
};
/// Pairs linked by a symmetric relation (met: who met whom), A-B and B-A as
/// one pair, most sightings first, then by names. With `who`, only the pairs
/// `who` is in.
std::vector<MetPair> Met(const KnowledgeGraph& graph, std::optional<EntityId> who = {});
/// Met(graph, who) of the graph AssembleKnowledgeGraph would make of the
/// parts `list` was assembled from (graph_builder.h), with `relations` its
/// relations: the same answer, without adjacency lists. O(edges).
std::vector<MetPair> MetOf(const EdgeList& list, EntityId who, const RelationTraits& relations);

struct Neighbor {
  EntityId entity;
  int distance = 0;           // edges from the start, 1..depth
  EntityId via;               // the previous entity on a shortest way from the start
  std::vector<EdgeId> edges;  // the edges linking `via` and `entity`
};
/// Entities within `depth` edges of `start` (breadth first), nearest first,
/// then by name. `start` itself is not listed.
std::vector<Neighbor> Neighbors(const KnowledgeGraph& graph, EntityId start, int depth);
/// Neighbors(graph, start, 1) of the graph AssembleKnowledgeGraph would make
/// of the parts `list` was assembled from (graph_builder.h): the same answer,
/// without adjacency lists. O(edges).
std::vector<Neighbor> NeighborsOf(const EdgeList& list, EntityId start);

struct PathStep {
  EntityId from, to;
  EdgeId edge;  // the edge taken (most seen, then first): from->to or to->from
};
/// A shortest chain of edges from `from` to `to`; nullopt when they are not
/// connected, empty when from == to.
std::optional<std::vector<PathStep>> ShortestPath(const KnowledgeGraph& graph, EntityId from,
                                                  EntityId to);

enum class Centrality { kDegree, kBetweenness, kPageRank };
/// "degree", "betweenness", "pagerank"; nullopt for anything else.
std::optional<Centrality> ParseCentrality(std::string_view name);

struct Ranked {
  EntityId entity;
  double score = 0;
};
/// The `limit` most central entities, highest score first, ties by name.
/// Degree counts distinct neighbors; betweenness is Brandes' on the
/// undirected network (pairs counted once); PageRank sums to 1.
std::vector<Ranked> Top(const KnowledgeGraph& graph, Centrality by, size_t limit);

struct TimelineEvent {
  Date date;                         // unknown for undated items
  uint32_t subject = 0, object = 0;  // places in Timeline::ends
  uint32_t relation = 0;             // place in Timeline::relations
  uint32_t role = 0;                 // place in Timeline::roles
  long items = 0;                    // how many items report it
};
struct OfficeTerm {
  std::string role;
  Date from, to;            // unknown when not reported (to unknown: no dismissal seen)
  bool in_news = true;      // stored appointments or dismissals give it
  bool in_aliases = false;  // the aliases table gives it
};
struct Timeline {
  std::vector<TimelineEvent> events;  // by date, undated last
  std::vector<OfficeTerm> offices;    // from appointments and dismissals, and the aliases
  // What the events' numbers refer to (TripleRows): each value once.
  std::vector<EntityRef> ends;  // the unnamed agent "?"; an empty one for no object
  std::vector<Relation> relations;
  std::vector<std::string> roles;

  const EntityRef& subject(const TimelineEvent& e) const { return ends[e.subject]; }
  const EntityRef& object(const TimelineEvent& e) const { return ends[e.object]; }
  const Relation& relation(const TimelineEvent& e) const { return relations[e.relation]; }
  const std::string& role(const TimelineEvent& e) const { return roles[e.role]; }
};
/// What the store says happened to `name` (a canonical name): every triple
/// it takes part in that passes `filter`, merged per (date, subject,
/// relation, object, role), and the offices it held (from the relations
/// that begin or end an office, as `relations` declares them), with the
/// terms `aliases` gives it (a stored term of the same office is marked and
/// its unknown dates filled; the others are added), by start date.
Timeline TimelineOf(const Store& store, const std::string& name, const TripleFilter& filter,
                    const RelationTraits& relations = RelationTraits::Builtin(),
                    const Aliases* aliases = nullptr);

/// Every triple that passes `filter`: one event each, by date (undated last).
std::vector<Triple> EventsOf(const Store& store, const TripleFilter& filter);

/// The triples linking `a` and `b` (canonical names), either way, with their
/// sentences and items, by date.
std::vector<Triple> EvidenceBetween(const Store& store, const std::string& a, const std::string& b,
                                    const TripleFilter& filter);

}  // namespace polgraph
