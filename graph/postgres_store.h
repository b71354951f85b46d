// The Store kept in a PostgreSQL database, for many writers on many machines.
// The same tables and promises as SqliteStore, in PostgreSQL's dialect: one
// transaction per batch, values only as parameters, a schema versioned in the
// schema_version table whose migrations run in a transaction under an
// advisory lock. Several processes may add batches at once, overlapping or
// not: unique keys with ON CONFLICT DO NOTHING keep every item, triple and
// entity once, and a batch that hits a deadlock or serialization failure is
// run again. Errors name the database by its URL without the password.
#pragma once

#include <memory>
#include <string>

#include "graph/store.h"

namespace polgraph {

class PostgresStore : public Store {
 public:
  /// The schema version this build writes and reads.
  static constexpr int kSchemaVersion = 2;
  /// Times a batch is tried before its deadlock or serialization failure is reported.
  static constexpr int kBatchAttempts = 8;

  /// Connects to the database at `url` ("postgresql://user@host:port/db").
  /// kRead: the database must hold a polgraph store of this schema, and the
  /// session is read-only. kWrite: the tables are created or migrated to
  /// kSchemaVersion. The database itself must exist. Throws Error.
  PostgresStore(const std::string& url, StoreMode mode);
  ~PostgresStore() override;
  PostgresStore(const PostgresStore&) = delete;  // owns the connection
  PostgresStore& operator=(const PostgresStore&) = delete;

  AddedCounts AddBatch(const std::vector<Item>& items, const std::vector<Triple>& triples) override;
  void LoadTriples(const TripleFilter& filter,
                   const std::function<void(const Triple&)>& visit) const override;
  void LoadEntities(const TripleFilter& filter,
                    const std::function<void(const Entity&)>& visit) const override;
  void LoadEdges(const TripleFilter& filter,
                 const std::function<void(const EdgeSummary&)>& visit) const override;
  void LoadStoredEntities(const std::function<void(const Entity&)>& visit) const override;
  void SetAliases(const std::string& name, const std::vector<std::string>& aliases) override;
  std::vector<Item> LoadItems(int64_t* cursor, size_t limit) const override;
  ReplacedCounts ReplaceTriples(const std::vector<Item>& items,
                                const std::vector<Triple>& triples) override;
  bool HasItem(const std::string& item_id) const override;
  StoreStats Stats() const override;

  /// The schema version of the database (the highest in schema_version).
  int schema_version() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polgraph
