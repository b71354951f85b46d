#include "graph/store.h"

#include "graph/postgres_store.h"
#include "graph/postgres_url.h"
#include "graph/sqlite_store.h"

namespace polgraph {

std::unique_ptr<Store> OpenStore(const std::string& location, StoreMode mode) {
  if (IsPostgresUrl(location)) return std::make_unique<PostgresStore>(location, mode);
  return std::make_unique<SqliteStore>(location, mode);
}

}  // namespace polgraph
