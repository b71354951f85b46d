// Reading the network around some entities by keys instead of names, for the
// walks of graph/partial_network.h: a busy entity's links are read as pairs
// of numbers, and names are read only for the entities an answer keeps.
//
// A key is a number the store gives an entity (SQLite: its rowid); it means
// the same entity for the reader's whole life. Store::OpenLinkReader gives a
// reader over one filter; the default reader (MakeNameLinkReader) numbers
// the names Store::LoadAround gives, for backends without keys of their own.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "extract/triple.h"
#include "graph/knowledge_graph.h"

namespace polgraph {

class Store;
struct TripleFilter;

/// An entity as a LinkReader knows it.
using EntityKey = int64_t;

/// An edge as LoadEdges gives it (every triple with the same subject,
/// relation and object, merged), with the ends as keys.
struct KeyedLink {
  EntityKey subject = 0, object = 0;
  Relation relation = Relation::kMet;
  long count = 0;
  Date first, last;
  std::vector<std::string> roles;  // distinct non-empty roles, sorted
};

/// The links of the triples passing one filter, entity by entity.
class LinkReader {
 public:
  virtual ~LinkReader() = default;

  /// The key of the entity named `name` (a canonical name); nullopt when it
  /// is surely not stored (a key may still take part in no triple).
  virtual std::optional<EntityKey> Find(const std::string& name) = 0;

  /// Whether the entity takes part in a triple that passes the filter.
  virtual bool TakesPart(EntityKey key) = 0;

  /// Reads the links of `keys`: calls `takes_part` once with each of them
  /// that takes part in a triple passing the filter, and `link` once with
  /// each edge of named ends touching one of them (an edge between two of
  /// them once). The link is the callee's to keep.
  virtual void LoadLinks(const std::vector<EntityKey>& keys,
                         const std::function<void(EntityKey)>& takes_part,
                         const std::function<void(KeyedLink&)>& link) = 0;

  /// Calls `visit` with each of `keys` that is an entity read by LoadLinks
  /// (an asked one that takes part, or an end of a link it gave): name,
  /// type, aliases, `mentions` 0. The entity is the callee's to keep.
  virtual void LoadEntities(const std::vector<EntityKey>& keys,
                            const std::function<void(EntityKey, Entity&)>& visit) = 0;
};

/// A reader over Store::LoadAround and Store::TakesPart, numbering the
/// names they give: for stores without keys of their own.
std::unique_ptr<LinkReader> MakeNameLinkReader(const Store& store, const TripleFilter& filter);

}  // namespace polgraph
