#include "graph/sqlite_link_reader.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "graph/sqlite_filter.h"
#include "graph/store_columns.h"

namespace polgraph {

SqliteLinkReader::SqliteLinkReader(const SqliteDb& db, TripleFilter filter)
    : db_(db), filter_(std::move(filter)) {
  filter_.entity.clear();
  filter_.other.clear();
  const std::string where = FilterSql(filter_, "");
  find_ = std::make_unique<SqliteStatement>(db_, "SELECT id FROM entities WHERE name = :name");
  // As subject (self-links included), then as object; rows without a named
  // other end still say that the entity takes part. Both read a covering
  // index in its order, so the rows of one link come together.
  as_subject_ = std::make_unique<SqliteStatement>(
      db_, "SELECT relation, object, role, date FROM triples WHERE subject = :row" + where +
               " ORDER BY relation, object, role");
  as_object_ = std::make_unique<SqliteStatement>(
      db_,
      "SELECT relation, subject, role, date FROM triples WHERE object = :row AND (subject IS "
      "NULL OR subject != :row)" +
          where + " ORDER BY relation, subject, role");
  takes_part_ = std::make_unique<SqliteStatement>(
      db_, "SELECT EXISTS (SELECT 1 FROM triples WHERE subject = :row" + where +
               ") OR EXISTS (SELECT 1 FROM triples WHERE object = :row" + where + ")");
}

SqliteLinkReader::~SqliteLinkReader() = default;

std::optional<EntityKey> SqliteLinkReader::Find(const std::string& name) {
  if (name.empty()) return std::nullopt;
  find_->Reset();
  find_->Bind(":name", name);
  if (!find_->Step()) return std::nullopt;
  return find_->Int(0);
}

bool SqliteLinkReader::TakesPart(EntityKey key) {
  takes_part_->Reset();
  BindFilterValues(*takes_part_, filter_);
  takes_part_->Bind(":row", key);
  takes_part_->Step();
  return takes_part_->Int(0) != 0;
}

void SqliteLinkReader::LoadLinks(const std::vector<EntityKey>& keys,
                                 const std::function<void(EntityKey)>& takes_part,
                                 const std::function<void(KeyedLink&)>& link) {
  std::unordered_set<EntityKey> asked(keys.begin(), keys.end());
  std::unordered_set<EntityKey> done;  // keys read, once each
  KeyedLink current;
  bool open = false;          // whether `current` holds a link not yet given
  std::string relation_name;  // of `current`, as stored
  auto flush = [&] {
    if (open) link(current);
    open = false;
  };
  for (EntityKey row : keys) {
    if (!done.insert(row).second) continue;
    bool part = false;
    for (SqliteStatement* select : {as_subject_.get(), as_object_.get()}) {
      const bool row_is_subject = select == as_subject_.get();
      select->Reset();
      BindFilterValues(*select, filter_);
      select->Bind(":row", row);
      while (select->Step()) {
        part = true;
        if (select->IsNull(1)) continue;
        const EntityKey other = select->Int(1);
        // A link between two asked entities is given from its subject's side.
        if (!row_is_subject && asked.contains(other)) continue;
        std::string_view relation = select->TextView(0);
        const EntityKey subject = row_is_subject ? row : other;
        const EntityKey object = row_is_subject ? other : row;
        if (!open || current.subject != subject || current.object != object ||
            relation != relation_name) {
          flush();
          open = true;
          relation_name = relation;
          current.subject = subject;
          current.object = object;
          current.relation = StoredRelation(relation);
          current.count = 0;
          current.first = Date();
          current.last = Date();
          current.roles.clear();
        }
        ++current.count;
        std::string_view role = select->IsNull(2) ? std::string_view() : select->TextView(2);
        // Roles come sorted: a new one differs from the last.
        if (!role.empty() && (current.roles.empty() || current.roles.back() != role))
          current.roles.emplace_back(role);
        Date date = select->DateAt(3);  // first and last ignore unknown dates, as MIN and MAX do
        if (!current.first.IsKnown() || (date.IsKnown() && date < current.first))
          current.first = date;
        current.last = std::max(current.last, date);
      }
      flush();
    }
    if (part) takes_part(row);
  }
}

void SqliteLinkReader::LoadEntities(const std::vector<EntityKey>& keys,
                                    const std::function<void(EntityKey, Entity&)>& visit) {
  if (keys.empty()) return;
  Entity entity;
  auto give = [&](EntityKey key, const SqliteStatement& select, int first_column) {
    entity.name = select.Text(first_column);
    entity.type = StoredEntityType(select.TextView(first_column + 1));
    entity.aliases = DecodeAliases(select.TextView(first_column + 2));
    entity.mentions = 0;
    visit(key, entity);
  };
  SqliteStatement last_row(db_, "SELECT IFNULL(MAX(id), 0) FROM entities");
  last_row.Step();
  const int64_t last = last_row.Int(0);
  if (static_cast<int64_t>(keys.size()) * 16 <= last) {
    SqliteStatement one(db_, "SELECT name, type, aliases FROM entities WHERE id = :row");
    for (EntityKey key : keys) {
      one.Reset();
      one.Bind(":row", key);
      if (one.Step()) give(key, one, 0);
    }
    return;
  }
  std::vector<bool> wanted(static_cast<size_t>(last) + 1, false);
  for (EntityKey key : keys)
    if (key >= 0 && key <= last) wanted[static_cast<size_t>(key)] = true;
  SqliteStatement all(db_, "SELECT id, name, type, aliases FROM entities");
  while (all.Step()) {
    const int64_t key = all.Int(0);
    if (key >= 0 && key <= last && wanted[static_cast<size_t>(key)]) give(key, all, 1);
  }
}

}  // namespace polgraph
