// The network of entities and their relations, assembled with Boost.Graph.
// A vertex per entity; an edge per (subject, relation, object) with how often
// it was seen and its first and last date. Boost types stay inside graph/:
// callers see EntityId, EdgeId, Entity and Edge.
//
// CONTRACT FOR EXPORTERS (export/ relies on exactly this much):
//   entity_count(), edge_count(), entity(EntityId), edge(EdgeId), degree(EntityId),
//   and ids are dense: entities are 0..entity_count()-1, edges 0..edge_count()-1,
//   in insertion order (the store's builder inserts in a stable, sorted order).
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "extract/relation_traits.h"
#include "extract/triple.h"

namespace polgraph {

struct EntityId {
  uint32_t value = 0;
  auto operator<=>(const EntityId&) const = default;  // NOLINT(modernize-use-nullptr): as date.h
};
struct EdgeId {
  uint32_t value = 0;
  auto operator<=>(const EdgeId&) const = default;  // NOLINT(modernize-use-nullptr)
};

struct Entity {
  std::string name;  // canonical name
  EntityType type = EntityType::kUnknown;
  std::vector<std::string> aliases;  // other spellings seen or configured
  long mentions = 0;                 // triples the entity takes part in
};

struct Edge {
  EntityId subject;
  EntityId object;
  Relation relation = Relation::kMet;
  long count = 0;                  // how many times the triple was seen (the edge weight)
  Date first, last;                // first and last date it was seen
  std::vector<std::string> roles;  // offices, for appointed / dismissed
};

/// A network as two lists, without KnowledgeGraph's adjacency lists or name
/// indexes: ids are places, entities in name order and edges in (subject,
/// relation, object) order when AssembleEdgeList (graph_builder.h) made it,
/// as a KnowledgeGraph assembled from the same parts numbers them. For
/// answers that only look entities and edges up by id.
struct EdgeList {
  std::vector<Entity> entities;
  std::deque<Edge> edges;  // as a store walk reads them, without a copy (partial_network.h)

  const Entity& entity(EntityId id) const { return entities[id.value]; }
  const Edge& edge(EdgeId id) const { return edges[id.value]; }
  /// The entity with exactly this canonical name. REQUIRES: entities in name order.
  std::optional<EntityId> Find(std::string_view name) const;
};

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  KnowledgeGraph(const KnowledgeGraph&) = delete;  // large; move it

  /// Adds an entity and returns its id.
  /// REQUIRES: no entity of the same name was added before.
  EntityId AddEntity(Entity entity);
  /// Adds an edge and returns its id. REQUIRES: both ends were added.
  EdgeId AddEdge(Edge edge);
  /// Makes room for this many entities and edges in all (a hint, for speed).
  void Reserve(size_t entities, size_t edges);

  size_t entity_count() const;
  size_t edge_count() const;
  const Entity& entity(EntityId id) const;
  const Edge& edge(EdgeId id) const;
  /// Number of edges touching the entity (in and out).
  size_t degree(EntityId id) const;

  /// What the relations of the edges are and do (symmetric, office, colour,
  /// ...): the built-in relations unless set.
  const RelationTraits& relations() const { return relations_; }
  void SetRelations(RelationTraits relations) { relations_ = std::move(relations); }

  /// Whether a's canonical name sorts before b's. O(1) while ids follow name
  /// order (as the store's builder adds them), else compares the names.
  bool NameLess(EntityId a, EntityId b) const;

  /// The entity with exactly this canonical name, if any.
  std::optional<EntityId> Find(std::string_view name) const;
  /// Entities a person may mean by `name`: the exact canonical name, else
  /// names and aliases equal once case, accents and hyphens are folded, else
  /// those whose last word is `name` ("Tokayev"), else those whose first
  /// word is (a family name written first, "Xi"; a first name, "Olzhas");
  /// a name in another script is tried in its Latin spellings too
  /// ("Токаев"). Empty when none; more than one when ambiguous (in id order).
  std::vector<EntityId> Lookup(std::string_view name) const;
  /// Up to `limit` canonical names closest to `name`, best first: names
  /// holding every typed word, then names with words the typed ones begin,
  /// then by edit distance on folded names and aliases; ties by name.
  std::vector<std::string> Closest(std::string_view name, size_t limit = 3) const;

  class Impl;  // the Boost.Graph adjacency_list lives here, inside graph/
  const Impl& impl() const { return *impl_; }

 private:
  // Lookup without transliteration.
  std::vector<EntityId> LookupAsTyped(std::string_view name) const;

  std::unique_ptr<Impl> impl_;
  RelationTraits relations_ = RelationTraits::Builtin();
};

}  // namespace polgraph
