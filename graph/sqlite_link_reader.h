// The LinkReader of the SQLite store (graph/link_reader.h): keys are entity
// rowids; an entity's links are two reads of the covering indexes by entity
// (triples_edge as subject, triples_object as object), merged link by link
// as the rows come; names are read only for the entities asked of
// LoadEntities. For the SQLite backend only (SqliteStore::OpenLinkReader).
#pragma once

#include <memory>

#include "graph/link_reader.h"
#include "graph/sqlite_db.h"
#include "graph/store.h"

namespace polgraph {

class SqliteLinkReader : public LinkReader {
 public:
  /// Reads `db` (a polgraph store) under `filter`, its entity and other left
  /// aside. REQUIRES: `db` outlives the reader.
  SqliteLinkReader(const SqliteDb& db, TripleFilter filter);
  ~SqliteLinkReader() override;

  std::optional<EntityKey> Find(const std::string& name) override;
  bool TakesPart(EntityKey key) override;
  void LoadLinks(const std::vector<EntityKey>& keys,
                 const std::function<void(EntityKey)>& takes_part,
                 const std::function<void(KeyedLink&)>& link) override;
  /// One read by rowid each, or one scan of the entities when they are many
  /// (a hub's 20,000 neighbours: one scan costs less than 20,000 seeks).
  void LoadEntities(const std::vector<EntityKey>& keys,
                    const std::function<void(EntityKey, Entity&)>& visit) override;

 private:
  const SqliteDb& db_;
  TripleFilter filter_;
  std::unique_ptr<SqliteStatement> find_, as_subject_, as_object_, takes_part_;
};

}  // namespace polgraph
