#include "graph/postgres_store.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "base/error.h"
#include "graph/item_text.h"
#include "graph/pg_connection.h"
#include "graph/store_columns.h"

namespace polgraph {
namespace {

// Migration i takes the schema from version i to version i + 1. Version 0 is
// a database without the schema_version table.
constexpr std::string_view kMigrations[] = {
    R"sql(
CREATE TABLE schema_version (
  version INTEGER PRIMARY KEY,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE items (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id TEXT NOT NULL UNIQUE,      -- the item's stable id
  source TEXT NOT NULL,              -- the file it was read from
  position BIGINT NOT NULL,          -- 1-based position in `source`
  date DATE,                         -- NULL when unknown
  title TEXT NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE entities (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,         -- canonical name
  type TEXT NOT NULL,                -- person, organization, country, unknown
  aliases TEXT NOT NULL DEFAULT ''   -- other spellings, one a line
);
CREATE TABLE triples (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item BIGINT NOT NULL REFERENCES items(id),
  subject BIGINT REFERENCES entities(id),  -- NULL: the unnamed agent "?"
  relation TEXT NOT NULL,
  object BIGINT REFERENCES entities(id),   -- NULL: nothing named
  role TEXT NOT NULL,
  date DATE,
  sentence TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE UNIQUE INDEX triples_once
  ON triples (item, COALESCE(subject, 0), relation, COALESCE(object, 0), role);
CREATE INDEX triples_edge ON triples (subject, relation, object, date);
CREATE INDEX triples_object ON triples (object);
)sql",
    // 2: provenance and what was said; the item's text, for ingest --reextract.
    R"sql(
ALTER TABLE items ADD COLUMN url TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN publisher TEXT NOT NULL DEFAULT '';  -- JSON Lines "source"
ALTER TABLE items ADD COLUMN time TEXT NOT NULL DEFAULT '';       -- HH:MM, '' when not given
ALTER TABLE items ADD COLUMN text TEXT;  -- paragraphs, one a line (TOAST compresses it); NULL: not kept
ALTER TABLE triples ADD COLUMN statement TEXT NOT NULL DEFAULT '';  -- what was said (announced)
)sql",
};
static_assert(std::size(kMigrations) == PostgresStore::kSchemaVersion);

// The key of the advisory lock migrations hold: "polgraph" in ASCII.
constexpr const char* kMigrationLock = "8101238451723153512";

// The conditions of a TripleFilter over `triples t`, as " AND ...", with the
// parameters $1 relation, $2 since, $3 until, $4 entity row, $5 other row
// (FilterParams); a NULL parameter lets all through.
constexpr std::string_view kFilter =
    " AND ($1::text IS NULL OR t.relation = $1)"
    " AND ($2::date IS NULL OR t.date >= $2)"
    " AND ($3::date IS NULL OR t.date <= $3)"
    " AND ($4::bigint IS NULL"
    " OR ($5::bigint IS NULL AND (t.subject = $4 OR t.object = $4))"
    " OR (t.subject = $4 AND t.object = $5) OR (t.subject = $5 AND t.object = $4))";

std::string WithFilter(std::string_view before, std::string_view after = "") {
  return std::string(before) + std::string(kFilter) + std::string(after);
}

const std::string kSelectTriples = WithFilter(std::string(kSelectTripleColumns) + "WHERE true",
                                              " ORDER BY t.date IS NULL, t.date, t.item, t.id");

const std::string kSelectEntities =
    "SELECT e.name, e.type, e.aliases, m.n FROM (SELECT id, COUNT(*) AS n FROM ("
    "SELECT t.subject AS id FROM triples t WHERE t.subject IS NOT NULL" +
    std::string(kFilter) +
    " UNION ALL SELECT t.object FROM triples t WHERE t.object IS NOT NULL"
    " AND (t.subject IS NULL OR t.subject <> t.object)" +
    std::string(kFilter) + ") u GROUP BY id) m JOIN entities e ON e.id = m.id ORDER BY e.id";

const std::string kSelectRoles = WithFilter(
    "SELECT t.subject, t.relation, t.object, t.role FROM triples t "
    "WHERE t.subject IS NOT NULL AND t.object IS NOT NULL AND t.role <> ''",
    " GROUP BY t.subject, t.relation, t.object, t.role");

const std::string kSelectEdges = WithFilter(
    "SELECT g.subject, g.relation, g.object, s.name, o.name, g.n, g.first_date, g.last_date FROM ("
    "SELECT t.subject, t.relation, t.object, COUNT(*) AS n, MIN(t.date) AS first_date, "
    "MAX(t.date) AS last_date FROM triples t WHERE t.subject IS NOT NULL AND t.object IS NOT NULL",
    " GROUP BY t.subject, t.relation, t.object) g JOIN entities s ON s.id = g.subject "
    "JOIN entities o ON o.id = g.object");

// Items, entities and triples of a batch travel as one JSON array parameter
// each (written by RapidJSON), unpacked by json_to_recordset; "n" keeps the
// batch's order so rows get ids in it.
constexpr std::string_view kInsertItems =
    "INSERT INTO items (item_id, source, position, date, title, url, publisher, time, text) "
    "SELECT x.item_id, x.source, x.position, x.date, x.title, x.url, x.publisher, x.time, x.text "
    "FROM json_to_recordset($1::json) AS x(n bigint, item_id text, source text, position bigint, "
    "date date, title text, url text, publisher text, time text, text text) "
    "ORDER BY x.n ON CONFLICT (item_id) DO NOTHING RETURNING id, item_id";

// Entities are added in name order, so concurrent batches lock them alike.
constexpr std::string_view kInsertEntities =
    "INSERT INTO entities (name, type) SELECT x.name, x.type FROM json_to_recordset($1::json) "
    "AS x(name text, type text) ORDER BY x.name ON CONFLICT (name) DO NOTHING RETURNING id";

constexpr std::string_view kSetKnownTypes =
    "UPDATE entities e SET type = x.type FROM json_to_recordset($1::json) "
    "AS x(name text, type text) WHERE e.name = x.name AND e.type = 'unknown' "
    "AND x.type <> 'unknown'";

constexpr std::string_view kSelectEntityRows =
    "SELECT e.id, e.name FROM entities e JOIN json_to_recordset($1::json) "
    "AS x(name text, type text) ON e.name = x.name";

constexpr std::string_view kInsertTriples =
    "INSERT INTO triples (item, subject, relation, object, role, date, sentence, rule, statement) "
    "SELECT x.item, x.subject, x.relation, x.object, x.role, x.date, x.sentence, x.rule, "
    "x.statement FROM json_to_recordset($1::json) AS x(n bigint, item bigint, subject bigint, "
    "relation text, object bigint, role text, date date, sentence text, rule text, "
    "statement text) ORDER BY x.n ON CONFLICT DO NOTHING";

constexpr std::string_view kSelectItems =
    "SELECT id, item_id, source, position, date, time, title, url, publisher, text FROM items "
    "WHERE id > $1::bigint AND text IS NOT NULL ORDER BY id LIMIT $2::bigint";

constexpr std::string_view kReadOnly = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteText(JsonWriter& json, const char* key, std::string_view value) {
  json.Key(key);
  json.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void WriteDate(JsonWriter& json, const char* key, Date date) {
  json.Key(key);
  if (date.IsKnown()) {
    std::string iso = date.ToIso();
    json.String(iso.data(), static_cast<rapidjson::SizeType>(iso.size()));
  } else {
    json.Null();
  }
}

// An entity row, or JSON null for none.
void WriteRow(JsonWriter& json, const char* key, std::optional<int64_t> row) {
  json.Key(key);
  if (row) {
    json.Int64(*row);
  } else {
    json.Null();
  }
}

std::string ItemsJson(const std::vector<Item>& items) {
  rapidjson::StringBuffer buffer;
  JsonWriter json(buffer);
  json.StartArray();
  for (size_t n = 0; n < items.size(); ++n) {
    const Item& item = items[n];
    json.StartObject();
    json.Key("n");
    json.Int64(static_cast<int64_t>(n));
    WriteText(json, "item_id", item.id);
    WriteText(json, "source", item.source);
    json.Key("position");
    json.Int64(item.position);
    WriteDate(json, "date", item.date);
    WriteText(json, "title", item.title);
    WriteText(json, "url", item.url);
    WriteText(json, "publisher", item.publisher);
    WriteText(json, "time", item.time);
    json.Key("text");
    if (item.paragraphs.empty()) {
      json.Null();  // items made from triples files have no text
    } else {
      std::string text = JoinParagraphs(item.paragraphs);
      json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    }
    json.EndObject();
  }
  json.EndArray();
  return {buffer.GetString(), buffer.GetSize()};
}

// Canonical name -> the first known type a batch gives it (else unknown).
using BatchEntities = std::map<std::string, EntityType>;

std::string EntitiesJson(const BatchEntities& entities) {
  rapidjson::StringBuffer buffer;
  JsonWriter json(buffer);
  json.StartArray();
  for (const auto& [name, type] : entities) {
    json.StartObject();
    WriteText(json, "name", name);
    WriteText(json, "type", ToString(type));
    json.EndObject();
  }
  json.EndArray();
  return {buffer.GetString(), buffer.GetSize()};
}

bool IsNamed(const EntityRef& end) { return !end.empty() && !end.IsUnnamed(); }

void Note(const EntityRef& end, BatchEntities* entities) {
  if (!IsNamed(end)) return;
  auto [it, added] = entities->emplace(end.name, end.type);
  if (!added && it->second == EntityType::kUnknown) it->second = end.type;
}

// Row `row` of `rows`, as ReadTripleRow (graph/store_columns.h) reads a row.
struct PgRow {
  const PgResult& rows;
  int row;
  bool IsNull(int column) const { return rows.IsNull(row, column); }
  std::string Text(int column) const { return rows.Text(row, column); }
  int64_t Int(int column) const { return rows.Int(row, column); }
  Date DateAt(int column) const { return rows.DateAt(row, column); }
};

}  // namespace

class PostgresStore::Impl {
 public:
  Impl(const std::string& url, StoreMode mode) : db(url), random(std::random_device{}()) {
    if (mode == StoreMode::kWrite) {
      Migrate();
    } else {
      db.Execute("SET default_transaction_read_only = on");
      CheckReadable();
    }
  }

  int SchemaVersion() {
    PgResult exists = db.Execute("SELECT to_regclass($1) IS NOT NULL", {"schema_version"});
    if (exists.Text(0, 0) != "t") return 0;
    return static_cast<int>(
        db.Execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").Int(0, 0));
  }

  void Migrate() {
    PgTransaction transaction(db);
    db.Execute("SELECT pg_advisory_xact_lock($1::bigint)", {kMigrationLock});
    int version = SchemaVersion();
    CheckNotNewer(version);
    for (int v = version; v < kSchemaVersion; ++v) {
      db.ExecuteScript(kMigrations[v]);
      db.Execute("INSERT INTO schema_version (version) VALUES ($1::integer)",
                 {std::to_string(v + 1)});
    }
    transaction.Commit();
  }

  void CheckReadable() {
    int version = SchemaVersion();
    CheckNotNewer(version);
    if (version == 0) throw Error("not a polgraph database", db.place());
    if (version < kSchemaVersion) {
      throw Error("schema version " + std::to_string(version) + " is older than this polgraph's (" +
                      std::to_string(kSchemaVersion) + "); run polgraph ingest to upgrade it",
                  db.place());
    }
  }

  void CheckNotNewer(int version) const {
    if (version > kSchemaVersion) {
      throw Error("schema version " + std::to_string(version) + " is newer than this polgraph's (" +
                      std::to_string(kSchemaVersion) + ")",
                  db.place());
    }
  }

  // --- reading -------------------------------------------------------------

  // The row of the named entity as a parameter: NULL for no name, -1 when
  // the name is not stored (so it matches nothing).
  PgParam EntityParam(const std::string& name) {
    if (name.empty()) return std::nullopt;
    PgResult row = db.Execute("SELECT id FROM entities WHERE name = $1", {name});
    return row.rows() == 0 ? "-1" : row.Text(0, 0);
  }

  std::vector<PgParam> FilterParams(const TripleFilter& filter) {
    PgParam relation;
    if (filter.relation) relation = filter.relation->name();
    PgParam entity = EntityParam(filter.entity);
    PgParam other = entity ? EntityParam(filter.other) : std::nullopt;
    return {relation, DateParam(filter.since), DateParam(filter.until), entity, other};
  }

  // --- writing -------------------------------------------------------------

  // Rows of the items that were new, by item id.
  std::unordered_map<std::string, int64_t> AddItems(const std::vector<Item>& items,
                                                    AddedCounts* added) {
    std::unordered_map<std::string, int64_t> rows;
    if (items.empty()) return rows;
    PgResult inserted = db.Execute(kInsertItems, {ItemsJson(items)});
    for (int i = 0; i < inserted.rows(); ++i) rows[inserted.Text(i, 1)] = inserted.Int(i, 0);
    added->items += inserted.rows();
    return rows;
  }

  // Rows of the batch's entities by name, added when new.
  std::unordered_map<std::string, int64_t> AddEntities(const BatchEntities& entities,
                                                       AddedCounts* added) {
    std::unordered_map<std::string, int64_t> rows;
    if (entities.empty()) return rows;
    std::vector<PgParam> json = {EntitiesJson(entities)};
    added->entities += db.Execute(kInsertEntities, json).rows();
    db.Execute(kSetKnownTypes, json);
    PgResult found = db.Execute(kSelectEntityRows, json);
    for (int i = 0; i < found.rows(); ++i) rows[found.Text(i, 1)] = found.Int(i, 0);
    return rows;
  }

  AddedCounts AddBatchOnce(const std::vector<Item>& items, const std::vector<Triple>& triples) {
    AddedCounts added;
    PgTransaction transaction(db);
    std::unordered_map<std::string, int64_t> item_rows = AddItems(items, &added);
    std::vector<const Triple*> kept;
    BatchEntities entities;
    for (const Triple& triple : triples) {
      if (!item_rows.contains(triple.evidence.item_id)) continue;
      kept.push_back(&triple);
      Note(triple.subject, &entities);
      Note(triple.object, &entities);
    }
    std::unordered_map<std::string, int64_t> entity_rows = AddEntities(entities, &added);
    if (!kept.empty()) {
      added.triples +=
          db.Execute(kInsertTriples, {TriplesJson(kept, items, item_rows, entity_rows)}).affected();
    }
    transaction.Commit();
    return added;
  }

  std::string TriplesJson(const std::vector<const Triple*>& triples, const std::vector<Item>& items,
                          const std::unordered_map<std::string, int64_t>& item_rows,
                          const std::unordered_map<std::string, int64_t>& entity_rows) const {
    std::unordered_map<std::string, Date> dates;
    for (const Item& item : items) dates.emplace(item.id, item.date);
    auto row_of = [&](const EntityRef& end) -> std::optional<int64_t> {
      if (!IsNamed(end)) return std::nullopt;
      return entity_rows.at(end.name);
    };
    rapidjson::StringBuffer buffer;
    JsonWriter json(buffer);
    json.StartArray();
    for (size_t n = 0; n < triples.size(); ++n) {
      const Triple& triple = *triples[n];
      json.StartObject();
      json.Key("n");
      json.Int64(static_cast<int64_t>(n));
      WriteRow(json, "item", item_rows.at(triple.evidence.item_id));
      WriteRow(json, "subject", row_of(triple.subject));
      WriteText(json, "relation", triple.relation.name());
      WriteRow(json, "object", row_of(triple.object));
      WriteText(json, "role", triple.role);
      WriteDate(json, "date",
                triple.evidence.date.IsKnown() ? triple.evidence.date
                                               : dates.at(triple.evidence.item_id));
      WriteText(json, "sentence", triple.evidence.sentence);
      WriteText(json, "rule", triple.evidence.rule);
      WriteText(json, "statement", triple.statement);
      json.EndObject();
    }
    json.EndArray();
    return {buffer.GetString(), buffer.GetSize()};
  }

  void CheckEveryTripleHasItsItem(const std::vector<Item>& items,
                                  const std::vector<Triple>& triples) const {
    std::unordered_map<std::string, bool> ids;
    for (const Item& item : items) ids.emplace(item.id, true);
    for (const Triple& triple : triples) {
      if (!ids.contains(triple.evidence.item_id)) {
        throw Error("triple of item '" + triple.evidence.item_id + "' comes without its item",
                    db.place());
      }
    }
  }

  // Waits a random while, longer after each failed attempt, so that batches
  // that deadlocked do not meet again.
  void Backoff(int attempt) {
    int limit_ms = std::min(5 << attempt, 500);
    std::uniform_int_distribution<int> wait(limit_ms / 2, limit_ms);
    std::this_thread::sleep_for(std::chrono::milliseconds(wait(random)));
  }

  // Runs `batch` (one transaction) again after a deadlock or serialization
  // failure, up to kBatchAttempts times.
  template <typename Batch>
  auto Retrying(Batch batch) {
    for (int attempt = 1;; ++attempt) {
      try {
        return batch();
      } catch (const PgError& error) {
        if (!error.IsRetryable() || attempt == kBatchAttempts) throw;
      }
      Backoff(attempt);
    }
  }

  AddedCounts AddBatch(const std::vector<Item>& items, const std::vector<Triple>& triples) {
    CheckEveryTripleHasItsItem(items, triples);
    return Retrying([&] { return AddBatchOnce(items, triples); });
  }

  ReplacedCounts ReplaceTriplesOnce(const std::vector<Item>& items,
                                    const std::vector<Triple>& triples) {
    ReplacedCounts replaced;
    PgTransaction transaction(db);
    std::unordered_map<std::string, int64_t> item_rows;
    for (const Item& item : items) {
      PgResult found = db.Execute("SELECT id FROM items WHERE item_id = $1", {item.id});
      if (found.rows() == 0) continue;
      int64_t row = found.Int(0, 0);
      item_rows[item.id] = row;
      replaced.removed +=
          db.Execute("DELETE FROM triples WHERE item = $1::bigint", {std::to_string(row)})
              .affected();
      ++replaced.items;
    }
    std::vector<const Triple*> kept;
    BatchEntities entities;
    for (const Triple& triple : triples) {
      if (!item_rows.contains(triple.evidence.item_id)) continue;
      kept.push_back(&triple);
      Note(triple.subject, &entities);
      Note(triple.object, &entities);
    }
    AddedCounts added;
    std::unordered_map<std::string, int64_t> entity_rows = AddEntities(entities, &added);
    if (!kept.empty()) {
      replaced.added =
          db.Execute(kInsertTriples, {TriplesJson(kept, items, item_rows, entity_rows)}).affected();
    }
    replaced.entities = added.entities;
    transaction.Commit();
    return replaced;
  }

  ReplacedCounts ReplaceTriples(const std::vector<Item>& items,
                                const std::vector<Triple>& triples) {
    CheckEveryTripleHasItsItem(items, triples);
    return Retrying([&] { return ReplaceTriplesOnce(items, triples); });
  }

  PgConnection db;
  std::minstd_rand random;
};

PostgresStore::PostgresStore(const std::string& url, StoreMode mode)
    : impl_(std::make_unique<Impl>(url, mode)) {}
PostgresStore::~PostgresStore() = default;

int PostgresStore::schema_version() const { return impl_->SchemaVersion(); }

AddedCounts PostgresStore::AddBatch(const std::vector<Item>& items,
                                    const std::vector<Triple>& triples) {
  return impl_->AddBatch(items, triples);
}

void PostgresStore::LoadTriples(const TripleFilter& filter,
                                const std::function<void(const Triple&)>& visit) const {
  PgTransaction transaction(impl_->db, kReadOnly);
  Triple triple;
  impl_->db.ForEachChunk(kSelectTriples, impl_->FilterParams(filter), [&](const PgResult& rows) {
    for (int i = 0; i < rows.rows(); ++i) {
      ReadTripleRow(PgRow{rows, i}, &triple);
      visit(triple);
    }
  });
  transaction.Commit();
}

void PostgresStore::LoadEntities(const TripleFilter& filter,
                                 const std::function<void(const Entity&)>& visit) const {
  PgTransaction transaction(impl_->db, kReadOnly);
  Entity entity;
  impl_->db.ForEachChunk(kSelectEntities, impl_->FilterParams(filter), [&](const PgResult& rows) {
    for (int i = 0; i < rows.rows(); ++i) {
      entity.name = rows.Text(i, 0);
      entity.type = StoredEntityType(rows.Text(i, 1));
      entity.aliases = DecodeAliases(rows.Text(i, 2));
      entity.mentions = rows.Int(i, 3);
      visit(entity);
    }
  });
  transaction.Commit();
}

void PostgresStore::LoadEdges(const TripleFilter& filter,
                              const std::function<void(const EdgeSummary&)>& visit) const {
  PgTransaction transaction(impl_->db, kReadOnly);
  std::vector<PgParam> params = impl_->FilterParams(filter);
  // Roles first: few triples have one.
  std::map<std::tuple<int64_t, std::string, int64_t>, std::vector<std::string>> roles;
  impl_->db.ForEachChunk(kSelectRoles, params, [&](const PgResult& rows) {
    for (int i = 0; i < rows.rows(); ++i) {
      roles[{rows.Int(i, 0), rows.Text(i, 1), rows.Int(i, 2)}].push_back(rows.Text(i, 3));
    }
  });
  EdgeSummary edge;
  impl_->db.ForEachChunk(kSelectEdges, params, [&](const PgResult& rows) {
    for (int i = 0; i < rows.rows(); ++i) {
      edge.relation = StoredRelation(rows.Text(i, 1));
      edge.subject = rows.Text(i, 3);
      edge.object = rows.Text(i, 4);
      edge.count = rows.Int(i, 5);
      edge.first = rows.DateAt(i, 6);
      edge.last = rows.DateAt(i, 7);
      auto it = roles.find({rows.Int(i, 0), rows.Text(i, 1), rows.Int(i, 2)});
      edge.roles = it == roles.end() ? std::vector<std::string>{} : it->second;
      std::sort(edge.roles.begin(), edge.roles.end());
      visit(edge);
    }
  });
  transaction.Commit();
}

void PostgresStore::SetAliases(const std::string& name, const std::vector<std::string>& aliases) {
  impl_->db.Execute(
      "INSERT INTO entities (name, type, aliases) VALUES ($1, 'unknown', $2) "
      "ON CONFLICT (name) DO UPDATE SET aliases = EXCLUDED.aliases",
      {name, EncodeAliases(aliases)});
}

void PostgresStore::LoadStoredEntities(const std::function<void(const Entity&)>& visit) const {
  PgTransaction transaction(impl_->db, kReadOnly);
  Entity entity;
  impl_->db.ForEachChunk("SELECT name, type, aliases FROM entities", {}, [&](const PgResult& rows) {
    for (int i = 0; i < rows.rows(); ++i) {
      entity.name = rows.Text(i, 0);
      entity.type = StoredEntityType(rows.Text(i, 1));
      entity.aliases = DecodeAliases(rows.Text(i, 2));
      visit(entity);
    }
  });
  transaction.Commit();
}

std::vector<Item> PostgresStore::LoadItems(int64_t* cursor, size_t limit) const {
  PgResult rows = impl_->db.Execute(kSelectItems, {std::to_string(*cursor), std::to_string(limit)});
  std::vector<Item> items;
  for (int i = 0; i < rows.rows(); ++i) {
    Item& item = items.emplace_back();
    *cursor = rows.Int(i, 0);
    item.id = rows.Text(i, 1);
    item.source = rows.Text(i, 2);
    item.position = rows.Int(i, 3);
    item.date = rows.DateAt(i, 4);
    item.time = rows.Text(i, 5);
    item.title = rows.Text(i, 6);
    item.url = rows.Text(i, 7);
    item.publisher = rows.Text(i, 8);
    item.paragraphs = SplitParagraphs(rows.Text(i, 9));
  }
  return items;
}

ReplacedCounts PostgresStore::ReplaceTriples(const std::vector<Item>& items,
                                             const std::vector<Triple>& triples) {
  return impl_->ReplaceTriples(items, triples);
}

bool PostgresStore::HasItem(const std::string& item_id) const {
  return impl_->db.Execute("SELECT 1 FROM items WHERE item_id = $1", {item_id}).rows() > 0;
}

StoreStats PostgresStore::Stats() const {
  PgConnection& db = impl_->db;
  PgTransaction transaction(db, kReadOnly);
  StoreStats stats;
  PgResult totals = db.Execute(
      "SELECT (SELECT COUNT(*) FROM items), (SELECT COUNT(*) FROM triples), "
      "(SELECT COUNT(*) FROM entities), (SELECT MIN(date) FROM items), "
      "(SELECT MAX(date) FROM items), (SELECT COUNT(*) FROM items WHERE text IS NULL)");
  stats.items = totals.Int(0, 0);
  stats.items_without_text = totals.Int(0, 5);
  stats.triples = totals.Int(0, 1);
  stats.entities = totals.Int(0, 2);
  stats.first = totals.DateAt(0, 3);
  stats.last = totals.DateAt(0, 4);
  PgResult relations = db.Execute(
      "SELECT relation, COUNT(*) FROM triples GROUP BY relation ORDER BY relation COLLATE \"C\"");
  for (int i = 0; i < relations.rows(); ++i) {
    stats.triples_by_relation.emplace_back(relations.Text(i, 0), relations.Int(i, 1));
  }
  PgResult types = db.Execute("SELECT type, COUNT(*) FROM entities GROUP BY type");
  for (int i = 0; i < types.rows(); ++i) {
    stats.entities_by_type.emplace_back(StoredEntityType(types.Text(i, 0)), types.Int(i, 1));
  }
  std::sort(stats.entities_by_type.begin(), stats.entities_by_type.end());
  transaction.Commit();
  return stats;
}

}  // namespace polgraph
