// The Store kept in one SQLite file: WAL journal, one transaction per batch,
// prepared statements, and a schema versioned with PRAGMA user_version whose
// migrations run in a transaction when the store is opened for writing. The
// file is marked as polgraph's (PRAGMA application_id); another program's
// database is refused before anything is written to it.
//
// Several processes may use one file at once: writers take turns (each batch
// waits for the write lock, up to a minute, and reads the entities others
// added), and a reader sees one snapshot for its whole life. A reader opens
// the file read-only when it may not write there.
#pragma once

#include <memory>
#include <string>

#include "graph/store.h"

namespace polgraph {

class SqliteStore : public Store {
 public:
  /// The schema version this build writes and reads.
  static constexpr int kSchemaVersion = 3;

  /// kRead: the file must exist and hold a polgraph store of this schema.
  /// kWrite: created if missing; migrated to kSchemaVersion.
  using Mode = StoreMode;

  /// Opens the store at `path`. Throws Error naming `path` when the file is
  /// missing (kRead), not a database, or of a newer or older schema (kRead).
  SqliteStore(const std::string& path, Mode mode);
  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;  // owns the connection
  SqliteStore& operator=(const SqliteStore&) = delete;

  AddedCounts AddBatch(const std::vector<Item>& items, const std::vector<Triple>& triples) override;
  void LoadTriples(const TripleFilter& filter,
                   const std::function<void(const Triple&)>& visit) const override;
  void LoadEntities(const TripleFilter& filter,
                    const std::function<void(const Entity&)>& visit) const override;
  void LoadEdges(const TripleFilter& filter,
                 const std::function<void(const EdgeSummary&)>& visit) const override;
  /// Reads entity rowids, not names, for the edges.
  void LoadNetwork(const TripleFilter& filter, const std::function<void(Entity&&)>& entity,
                   const std::function<void(Edge&&)>& edge) const override;
  void LoadStoredEntities(const std::function<void(const Entity&)>& visit) const override;
  /// Two indexed reads per name (as subject, as object), no scan.
  void LoadAround(const TripleFilter& filter, const std::vector<std::string>& names,
                  const std::function<void(const Entity&)>& entity,
                  const std::function<void(const EdgeSummary&)>& edge) const override;
  /// A load into an empty store (the first AddBatch finds no triple) leaves
  /// out the two indexes of the triples by entity until here, then builds
  /// them at once: a triple's cost stays flat as the store grows. Called by
  /// the destructor too; a writer opening a store left without them (a load
  /// that was stopped) builds them first. Readers meanwhile scan.
  void FinishWrites() override;
  /// Keys are rowids; two indexed reads per entity, names read only when asked.
  std::unique_ptr<LinkReader> OpenLinkReader(const TripleFilter& filter) const override;
  bool TakesPart(const TripleFilter& filter, const std::string& name) const override;
  TripleRows LoadTripleRows(const TripleFilter& filter) const override;
  void SetAliases(const std::string& name, const std::vector<std::string>& aliases) override;
  std::vector<Item> LoadItems(int64_t* cursor, size_t limit) const override;
  ReplacedCounts ReplaceTriples(const std::vector<Item>& items,
                                const std::vector<Triple>& triples) override;
  bool HasItem(const std::string& item_id) const override;
  StoreStats Stats() const override;

  /// The schema version of the file (PRAGMA user_version).
  int schema_version() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polgraph
