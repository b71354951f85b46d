// Where triples live between runs: news items, named entities and triples
// with their evidence. Store is the interface the rest of polgraph uses;
// SqliteStore (graph/sqlite_store.h) and PostgresStore (graph/postgres_store.h)
// are its backends, and the SQL dialect of each stays inside its implementation.
//
// Promises of every backend:
//  - an item is stored once: a batch's items already in the store are skipped
//    as a whole (with their triples), so ingesting the same input again adds
//    nothing, and new items add;
//  - a triple is stored once per (item, subject, relation, object, role);
//  - an entity is stored once per canonical name; its type is the first known
//    type it was given;
//  - the unnamed agent "?" and an empty object are not entities;
//  - an item's title, url, publisher and text (its paragraphs) are kept, so
//    its triples can be made again with other rules (ReplaceTriples);
//  - failures throw polgraph::Error naming the database.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/date.h"
#include "extract/triple.h"
#include "feed/item.h"
#include "graph/knowledge_graph.h"

namespace polgraph {

class LinkReader;  // graph/link_reader.h

/// Which triples a read looks at. Every field left empty lets all through.
struct TripleFilter {
  std::optional<Relation> relation;
  Date since, until;   // inclusive; when either is known, undated triples are left out
  std::string entity;  // only triples whose subject or object is this canonical name
  std::string other;   // with `entity`: only triples between `entity` and this name
};

/// Triples as numbers (Store::LoadTripleRows): each row names its ends,
/// relation and role by their places in the tables beside it, which hold
/// each value once. A busy entity's 67,000 triples are a few megabytes.
struct TripleRows {
  struct Row {
    Date date;                         // evidence.date
    uint32_t subject = 0, object = 0;  // places in `ends`
    uint32_t relation = 0;             // place in `relations`
    uint32_t role = 0;                 // place in `roles`
  };
  std::vector<Row> rows;
  std::vector<EntityRef> ends;  // names; the unnamed agent "?"; an empty one for no object
  std::vector<Relation> relations;
  std::vector<std::string> roles;  // "" (no role) among them
};

/// What a batch added to the store.
struct AddedCounts {
  long items = 0;
  long triples = 0;
  long entities = 0;
  auto operator<=>(const AddedCounts&) const = default;
  AddedCounts& operator+=(const AddedCounts& other) {
    items += other.items;
    triples += other.triples;
    entities += other.entities;
    return *this;
  }
};

/// An edge as the store aggregates it: every triple with the same subject,
/// relation and object, counted, with its first and last date and its roles.
struct EdgeSummary {
  std::string subject, object;  // canonical names
  Relation relation = Relation::kMet;
  long count = 0;
  Date first, last;
  std::vector<std::string> roles;  // distinct non-empty roles, sorted
};

/// What ReplaceTriples did.
struct ReplacedCounts {
  long items = 0;     // stored items whose triples were replaced
  long removed = 0;   // triples taken out
  long added = 0;     // triples put in
  long entities = 0;  // entities new to the store
  auto operator<=>(const ReplacedCounts&) const = default;
  ReplacedCounts& operator+=(const ReplacedCounts& other) {
    items += other.items;
    removed += other.removed;
    added += other.added;
    entities += other.entities;
    return *this;
  }
};

struct StoreStats {
  long items = 0;
  long items_without_text = 0;  // stored without their text (from triples files, or older stores)
  long triples = 0;
  long entities = 0;
  std::vector<std::pair<std::string, long>> triples_by_relation;  // by relation name
  std::vector<std::pair<EntityType, long>> entities_by_type;      // in EntityType order
  Date first, last;  // dates of the earliest and latest dated item
};

enum class StoreMode {
  kRead,   // the store must exist; nothing is written
  kWrite,  // created when missing, upgraded to the current schema
};

class Store {
 public:
  virtual ~Store() = default;

  /// Adds `items` and the `triples` read from them, in one transaction: all or
  /// nothing. Items already stored are skipped with their triples.
  /// REQUIRES: each triple's evidence.item_id is the id of one of `items`.
  virtual AddedCounts AddBatch(const std::vector<Item>& items,
                               const std::vector<Triple>& triples) = 0;

  /// Ends a run of AddBatch calls: work a store deferred while loading is
  /// done here (SQLite builds the indexes it left out of a load into an
  /// empty store). Throws Error. Default: nothing to do.
  virtual void FinishWrites() {}

  /// Calls `visit` with each triple that passes `filter`, ordered by date
  /// (undated last), then item, then the order they were added.
  virtual void LoadTriples(const TripleFilter& filter,
                           const std::function<void(const Triple&)>& visit) const = 0;

  /// Calls `visit` with each named entity taking part in a triple that passes
  /// `filter`; `mentions` counts those triples. Aliases as stored.
  virtual void LoadEntities(const TripleFilter& filter,
                            const std::function<void(const Entity&)>& visit) const = 0;

  /// Calls `visit` with each (subject, relation, object) of named entities
  /// over the triples that pass `filter`.
  virtual void LoadEdges(const TripleFilter& filter,
                         const std::function<void(const EdgeSummary&)>& visit) const = 0;

  /// The network of the triples that pass `filter`, for BuildKnowledgeGraph:
  /// `entity` is called with each entity LoadEntities gives, then `edge` with
  /// each edge LoadEdges gives, as an Edge whose subject and object are the
  /// positions (from 0, in the order `entity` was called) of its ends. The
  /// arguments are the callee's to keep. This default reads through
  /// LoadEntities and LoadEdges; a backend may read ids instead of names.
  virtual void LoadNetwork(const TripleFilter& filter, const std::function<void(Entity&&)>& entity,
                           const std::function<void(Edge&&)>& edge) const;

  /// Calls `visit` with every stored entity (name, type, aliases; `mentions`
  /// 0), whether or not a triple names it, in no particular order: what a
  /// name typed by a person may mean, without LoadEntities' counting.
  virtual void LoadStoredEntities(const std::function<void(const Entity&)>& visit) const = 0;

  /// The links of some entities, read through the store's indexes, for the
  /// questions about a part of the network (graph/partial_network.h): calls
  /// `entity` once with each of `names` that takes part in a triple passing
  /// `filter` and once with each named entity it is linked to by such a
  /// triple (name, type, aliases; `mentions` 0), and `edge` once with each
  /// edge touching one of `names`, as LoadEdges gives it. Names not stored
  /// are left out. This default reads through LoadEntities and LoadEdges.
  virtual void LoadAround(const TripleFilter& filter, const std::vector<std::string>& names,
                          const std::function<void(const Entity&)>& entity,
                          const std::function<void(const EdgeSummary&)>& edge) const;

  /// A reader of the links around entities by keys, under `filter` (its
  /// entity and other left aside), for the walks of graph/partial_network.h.
  /// This default numbers the names LoadAround gives (MakeNameLinkReader).
  virtual std::unique_ptr<LinkReader> OpenLinkReader(const TripleFilter& filter) const;

  /// Whether `name` takes part in a triple that passes `filter` (its entity
  /// and other left aside). This default reads through LoadEntities.
  virtual bool TakesPart(const TripleFilter& filter, const std::string& name) const;

  /// The triples LoadTriples gives, in its order, as numbers: subject,
  /// relation, object, role and evidence.date, what a timeline lists, read
  /// without the evidence (SQLite answers an entity's from its indexes
  /// alone). This default reads through LoadTriples.
  virtual TripleRows LoadTripleRows(const TripleFilter& filter) const;

  /// Up to `limit` stored items whose text is kept, in the order they were
  /// stored, from the one after `*cursor` (0 for the first); moves `*cursor`
  /// past them. Empty when there are no more. Each item has its source,
  /// position, id, date, time, title, paragraphs, url and publisher (no line
  /// or views).
  virtual std::vector<Item> LoadItems(int64_t* cursor, size_t limit) const = 0;

  /// Replaces the triples of stored items, in one transaction: each of
  /// `items` that is stored (by id) loses its triples and gets those of
  /// `triples` with its id; items not stored are left out with their triples.
  /// REQUIRES: each triple's evidence.item_id is the id of one of `items`.
  virtual ReplacedCounts ReplaceTriples(const std::vector<Item>& items,
                                        const std::vector<Triple>& triples) = 0;

  /// Sets the aliases kept for an entity, adding it (type unknown) if new.
  virtual void SetAliases(const std::string& name, const std::vector<std::string>& aliases) = 0;

  /// Whether an item with this id is stored.
  virtual bool HasItem(const std::string& item_id) const = 0;

  virtual StoreStats Stats() const = 0;
};

/// Opens the store at `location`: a "postgresql://" or "postgres://" URL is a
/// PostgreSQL database (graph/postgres_store.h), anything else an SQLite file
/// path. Throws Error.
std::unique_ptr<Store> OpenStore(const std::string& location, StoreMode mode);

}  // namespace polgraph
