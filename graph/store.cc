#include "graph/store.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/error.h"
#include "graph/link_reader.h"
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

void Store::LoadAround(const TripleFilter& filter, const std::vector<std::string>& names,
                       const std::function<void(const Entity&)>& entity,
                       const std::function<void(const EdgeSummary&)>& edge) const {
  std::unordered_set<std::string> entities_seen;
  std::set<std::tuple<std::string, std::string, std::string>> edges_seen;
  for (const std::string& name : names) {
    TripleFilter around = filter;
    around.entity = name;
    around.other.clear();
    LoadEntities(around, [&](const Entity& found) {
      if (!entities_seen.insert(found.name).second) return;
      Entity given = found;
      given.mentions = 0;
      entity(given);
    });
    LoadEdges(around, [&](const EdgeSummary& found) {
      if (edges_seen.emplace(found.subject, std::string(found.relation.name()), found.object)
              .second)
        edge(found);
    });
  }
}

std::unique_ptr<LinkReader> Store::OpenLinkReader(const TripleFilter& filter) const {
  return MakeNameLinkReader(*this, filter);
}

bool Store::TakesPart(const TripleFilter& filter, const std::string& name) const {
  TripleFilter around = filter;
  around.entity = name;
  around.other.clear();
  bool found = false;
  LoadEntities(around, [&](const Entity& entity) { found = found || entity.name == name; });
  return found;
}

TripleRows Store::LoadTripleRows(const TripleFilter& filter) const {
  TripleRows out;
  std::unordered_map<std::string, uint32_t> ends, roles;  // places, by name
  auto place = [](const std::string& key, auto* table, auto* by_key, auto value) {
    auto [it, added] = by_key->try_emplace(key, static_cast<uint32_t>(table->size()));
    if (added) table->push_back(std::move(value));
    return it->second;
  };
  LoadTriples(filter, [&](const Triple& triple) {
    TripleRows::Row& row = out.rows.emplace_back();
    row.date = triple.evidence.date;
    row.subject = place(triple.subject.name, &out.ends, &ends, triple.subject);
    row.object = place(triple.object.name, &out.ends, &ends, triple.object);
    row.role = place(triple.role, &out.roles, &roles, triple.role);
    auto known = std::find(out.relations.begin(), out.relations.end(), triple.relation);
    row.relation = static_cast<uint32_t>(known - out.relations.begin());
    if (known == out.relations.end()) out.relations.push_back(triple.relation);
  });
  return out;
}

}  // namespace polgraph
