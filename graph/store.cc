#include "graph/store.h"

#include "graph/sqlite_store.h"

namespace polgraph {

std::unique_ptr<Store> OpenStore(const std::string& location, StoreMode mode) {
  return std::make_unique<SqliteStore>(location, mode);
}

}  // namespace polgraph
