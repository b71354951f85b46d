#include "graph/store.h"

#include <unordered_map>

#include "base/error.h"
#include "graph/postgres_store.h"
#include "graph/postgres_url.h"
#include "graph/sqlite_store.h"

namespace polgraph {

std::unique_ptr<Store> OpenStore(const std::string& location, StoreMode mode) {
  if (IsPostgresUrl(location)) return std::make_unique<PostgresStore>(location, mode);
  return std::make_unique<SqliteStore>(location, mode);
}

void Store::LoadNetwork(const TripleFilter& filter, const std::function<void(Entity&&)>& entity,
                        const std::function<void(Edge&&)>& edge) const {
  std::unordered_map<std::string, uint32_t> position;  // by name
  LoadEntities(filter, [&](const Entity& found) {
    position.emplace(found.name, static_cast<uint32_t>(position.size()));
    entity(Entity(found));
  });
  auto position_of = [&](const std::string& name) {
    auto it = position.find(name);
    if (it == position.end())
      throw Error("the store changed while it was read: no entity '" + name + "'; try again");
    return EntityId{it->second};
  };
  LoadEdges(filter, [&](const EdgeSummary& summary) {
    edge(Edge{position_of(summary.subject), position_of(summary.object), summary.relation,
              summary.count, summary.first, summary.last, summary.roles});
  });
}

}  // namespace polgraph
