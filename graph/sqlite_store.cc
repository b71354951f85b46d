#include "graph/sqlite_store.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/error.h"
#include "graph/item_text.h"
#include "graph/sqlite_db.h"
#include "graph/sqlite_filter.h"
#include "graph/sqlite_link_reader.h"
#include "graph/store_columns.h"

namespace polgraph {
namespace {

// The page cache of a writer, in KiB. A load into an empty store appends
// (the indexes by entity are built at its end), so a small cache costs it
// little; peak memory stays low whatever the corpus.
constexpr int kWriteCacheKib = 8192;
// The page cache while the indexes by entity are built, which is also the
// size of each sorted run of their entries (SQLite's sorter).
constexpr int kIndexBuildCacheKib = 8192;

// PRAGMA application_id of polgraph's stores: "PGph" in ASCII.
constexpr int64_t kApplicationId = 0x50477068;

// Migration i takes the schema from version i to version i + 1.
constexpr std::string_view kMigrations[] = {
    R"sql(
CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  item_id TEXT NOT NULL UNIQUE,      -- the item's stable id
  source TEXT NOT NULL,              -- the file it was read from
  position INTEGER NOT NULL,         -- 1-based position in `source`
  date TEXT,                         -- YYYY-MM-DD; NULL when unknown
  title TEXT NOT NULL,
  ingested_at TEXT NOT NULL          -- UTC, YYYY-MM-DDTHH:MM:SSZ
);
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,         -- canonical name
  type TEXT NOT NULL,                -- person, organization, country, unknown
  aliases TEXT NOT NULL DEFAULT ''   -- other spellings, one a line
);
CREATE TABLE triples (
  id INTEGER PRIMARY KEY,
  item INTEGER NOT NULL REFERENCES items(id),
  subject INTEGER REFERENCES entities(id),  -- NULL: the unnamed agent "?"
  relation TEXT NOT NULL,
  object INTEGER REFERENCES entities(id),   -- NULL: nothing named
  role TEXT NOT NULL,
  date TEXT,
  sentence TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE UNIQUE INDEX triples_once
  ON triples(item, IFNULL(subject, 0), relation, IFNULL(object, 0), role);
-- Covering indexes for the aggregations of LoadEdges and LoadEntities.
CREATE INDEX triples_edge ON triples(subject, relation, object, role, date);
CREATE INDEX triples_object ON triples(object, relation, date, subject);
)sql",
    // 2: provenance and what was said; the item's text, for ingest --reextract.
    R"sql(
ALTER TABLE items ADD COLUMN url TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN publisher TEXT NOT NULL DEFAULT '';  -- JSON Lines "source"
ALTER TABLE items ADD COLUMN time TEXT NOT NULL DEFAULT '';       -- HH:MM, '' when not given
ALTER TABLE items ADD COLUMN text BLOB;  -- paragraphs, zlib-deflated (graph/item_text.h); NULL: not kept
ALTER TABLE triples ADD COLUMN statement TEXT NOT NULL DEFAULT '';  -- what was said (announced)
)sql",
    // 3: the two indexes by entity cover what the questions about one entity
    // read (graph/partial_network.h, TimelineOf): triples_object the role too,
    // in the order triples_edge gives an entity's links as subject, so the
    // rows of one link come together; both the item, so a timeline comes in
    // LoadTriples' order (date, item, id) without reading a table row.
    R"sql(
DROP INDEX triples_edge;
DROP INDEX triples_object;
CREATE INDEX triples_edge ON triples(subject, relation, object, role, date, item);
CREATE INDEX triples_object ON triples(object, relation, subject, role, date, item);
)sql",
};
static_assert(std::size(kMigrations) == SqliteStore::kSchemaVersion);

// The two indexes of the triples by entity (as migration 3 made them). A load
// into an empty store drops them and builds them once at its end
// (SqliteStore::FinishWrites): inserted one by one, their pages are written
// all over their B-trees once those outgrow the page cache.
constexpr std::string_view kCreateEntityIndexes = R"sql(
CREATE INDEX IF NOT EXISTS triples_edge ON triples(subject, relation, object, role, date, item);
CREATE INDEX IF NOT EXISTS triples_object ON triples(object, relation, subject, role, date, item);
)sql";

// BEGIN IMMEDIATE ... COMMIT; rolls back when left without Commit().
class Transaction {
 public:
  explicit Transaction(SqliteDb& db) : db_(db) { db_.Execute("BEGIN IMMEDIATE"); }
  ~Transaction() {
    if (!done_) {
      try {
        db_.Execute("ROLLBACK");
      } catch (const Error&) {  // the error that got us here is the one to report
      }
    }
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit() {
    db_.Execute("COMMIT");
    done_ = true;
  }

 private:
  SqliteDb& db_;
  bool done_ = false;
};

// Fills `summary` from a link read from the store (an Edge or a Link: the
// same fields), moving its roles.
template <typename Read>
void Summarize(std::string subject, std::string object, Read& read, EdgeSummary& summary) {
  summary.subject = std::move(subject);
  summary.object = std::move(object);
  summary.relation = read.relation;
  summary.count = read.count;
  summary.first = read.first;
  summary.last = read.last;
  summary.roles = std::move(read.roles);
}

}  // namespace

class SqliteStore::Impl {
 public:
  Impl(const std::string& path, Mode mode) : db(path, mode == Mode::kWrite, mode == Mode::kRead) {
    if (mode == Mode::kWrite) {
      CheckOwnFile();  // before anything is written, WAL mode included
      db.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = " +
                 std::to_string(-kWriteCacheKib));
      Migrate();
      RestoreEntityIndexes();  // after a load into an empty store that did not finish
    } else {
      CheckReadable();
    }
    db.Execute("PRAGMA foreign_keys = ON");
    // A reader sees one snapshot for its whole life: writers committing
    // meanwhile (WAL) change nothing it reads. Ended by closing.
    if (mode == Mode::kRead) db.Execute("BEGIN");
  }

  int SchemaVersion() const {
    SqliteStatement pragma(db, "PRAGMA user_version");
    pragma.Step();
    return static_cast<int>(pragma.Int(0));
  }

  int64_t ApplicationId() const {
    SqliteStatement pragma(db, "PRAGMA application_id");
    pragma.Step();
    return pragma.Int(0);
  }

  // Refuses a database of another program: another application id, or
  // tables in a file polgraph never wrote to (application id and
  // user_version 0: before polgraph set an application id, its stores had a
  // user_version).
  void CheckOwnFile() const {
    const int64_t id = ApplicationId();
    if (id == kApplicationId) return;
    if (id != 0) {
      throw Error("not a polgraph store (application id " + std::to_string(id) +
                      "): refusing to write into another program's database",
                  FilePlace(db.path()));
    }
    SqliteStatement tables(db, "SELECT name FROM sqlite_schema LIMIT 1");
    if (SchemaVersion() == 0 && tables.Step()) {
      throw Error("not a polgraph store (it holds a table '" + tables.Text(0) +
                      "'): refusing to write into another program's database",
                  FilePlace(db.path()));
    }
  }

  void Migrate() {
    Transaction transaction(db);
    CheckOwnFile();  // again, now that no one else writes
    int version = SchemaVersion();
    CheckNotNewer(version);
    for (int v = version; v < kSchemaVersion; ++v) db.Execute(kMigrations[v]);
    db.Execute("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    db.Execute("PRAGMA application_id = " + std::to_string(kApplicationId));
    transaction.Commit();
  }

  // Whether both indexes of the triples by entity are there.
  bool HasEntityIndexes() const {
    SqliteStatement count(db,
                          "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND "
                          "name IN ('triples_edge', 'triples_object')");
    count.Step();
    return count.Int(0) == 2;
  }

  bool HoldsTriples() const {
    SqliteStatement any(db, "SELECT EXISTS (SELECT 1 FROM triples)");
    any.Step();
    return any.Int(0) != 0;
  }

  // Builds the indexes of the triples by entity if they are missing (a load
  // into an empty store dropped them and was stopped before its end). SQLite
  // sorts the entries in runs as large as its page cache, spilled to
  // temporary files and merged: a smaller cache meanwhile bounds the memory
  // of a store of millions of triples (the runs of 96 MB took 408 MB at 1000 MB).
  void RestoreEntityIndexes() {
    if (HasEntityIndexes()) return;
    db.Execute("PRAGMA temp_store = FILE; PRAGMA cache_size = " +
               std::to_string(-kIndexBuildCacheKib));
    Transaction transaction(db);
    db.Execute(kCreateEntityIndexes);
    transaction.Commit();
    db.Execute("PRAGMA cache_size = " + std::to_string(-kWriteCacheKib));
  }

  // At the first batch written: when the store holds no triple, drops the
  // indexes of the triples by entity, to be built once by FinishWrites.
  // REQUIRES: inside the write transaction.
  void DeferIndexesIfEmpty() {
    if (load_checked) return;
    load_checked = true;
    if (HoldsTriples() || !HasEntityIndexes()) return;
    db.Execute("DROP INDEX triples_edge; DROP INDEX triples_object");
    indexes_deferred = true;
  }

  void FinishWrites() {
    if (!indexes_deferred) return;
    RestoreEntityIndexes();
    indexes_deferred = false;
  }

  void CheckReadable() const {
    int version = SchemaVersion();
    const int64_t id = ApplicationId();
    if (version == 0 || (id != 0 && id != kApplicationId))
      throw Error("not a polgraph database", FilePlace(db.path()));
    CheckNotNewer(version);
    if (version < kSchemaVersion) {
      throw Error("schema version " + std::to_string(version) + " is older than this polgraph's (" +
                      std::to_string(kSchemaVersion) + "); run polgraph ingest to upgrade it",
                  FilePlace(db.path()));
    }
  }

  void CheckNotNewer(int version) const {
    if (version > kSchemaVersion) {
      throw Error("schema version " + std::to_string(version) + " is newer than this polgraph's (" +
                      std::to_string(kSchemaVersion) + ")",
                  FilePlace(db.path()));
    }
  }

  // Entity names by rowid ("" for rowids not in use).
  std::vector<std::string> EntityNames() const {
    std::vector<std::string> names;
    SqliteStatement select(db, "SELECT id, name FROM entities ORDER BY id");
    while (select.Step()) {
      size_t row = static_cast<size_t>(select.Int(0));
      if (row >= names.size()) names.resize(row + 1);
      names[row] = select.Text(1);
    }
    return names;
  }

  // Rowid of the named entity, or -1 when it is not stored.
  int64_t EntityRow(const std::string& name) const {
    if (name.empty()) return -1;
    SqliteStatement select(db, "SELECT id FROM entities WHERE name = :name");
    select.Bind(":name", name);
    return select.Step() ? select.Int(0) : -1;
  }

  // Name, type and aliases of the entities of `rows` (rowids), by rowid: one
  // read by rowid each, or, when they are many (the thousands of neighbours
  // of a busy entity), one scan of the whole table. Rowids not in use are left out.
  std::unordered_map<int64_t, Entity> EntitiesByRow(const std::unordered_set<int64_t>& rows) const {
    std::unordered_map<int64_t, Entity> entities;
    entities.reserve(rows.size());
    auto keep = [&](int64_t row, const SqliteStatement& select, int first_column) {
      Entity& kept = entities[row];
      kept.name = select.Text(first_column);
      kept.type = StoredEntityType(select.TextView(first_column + 1));
      kept.aliases = DecodeAliases(select.TextView(first_column + 2));
    };
    SqliteStatement last_row(db, "SELECT IFNULL(MAX(id), 0) FROM entities");
    last_row.Step();
    if (static_cast<int64_t>(rows.size()) * 16 > last_row.Int(0)) {
      SqliteStatement all(db, "SELECT id, name, type, aliases FROM entities");
      while (all.Step())
        if (rows.contains(all.Int(0))) keep(all.Int(0), all, 1);
    } else {
      SqliteStatement one(db, "SELECT name, type, aliases FROM entities WHERE id = :row");
      for (int64_t row : rows) {
        one.Reset();
        one.Bind(":row", row);
        if (one.Step()) keep(row, one, 0);
      }
    }
    return entities;
  }

  // Appends to `*ends` the name and type of the entities of `rows` (rowids,
  // repeats allowed), each once, and gives their places there by rowid
  // (kNoEnd for rowids not asked): one read by rowid each, or, when they are
  // many, one scan of the whole table. Throws when one is not in use (the
  // store changed since the rowids were read).
  static constexpr uint32_t kNoEnd = UINT32_MAX;
  std::vector<uint32_t> EndsByRow(const std::vector<int64_t>& rows,
                                  std::vector<EntityRef>* ends) const {
    std::vector<uint32_t> places;
    if (rows.empty()) return places;
    const int64_t last = *std::max_element(rows.begin(), rows.end());
    places.assign(static_cast<size_t>(last) + 1, kNoEnd);
    constexpr uint32_t kWanted = kNoEnd - 1;
    size_t distinct = 0;
    for (int64_t row : rows) {
      if (row < 0 || places[row] == kWanted) continue;
      places[row] = kWanted;
      ++distinct;
    }
    auto keep = [&](int64_t row, const SqliteStatement& select, int first_column) {
      places[row] = static_cast<uint32_t>(ends->size());
      ends->push_back(
          {select.Text(first_column), StoredEntityType(select.TextView(first_column + 1))});
    };
    ends->reserve(ends->size() + distinct);
    SqliteStatement last_row(db, "SELECT IFNULL(MAX(id), 0) FROM entities");
    last_row.Step();
    if (static_cast<int64_t>(distinct) * 16 > last_row.Int(0)) {
      SqliteStatement all(db, "SELECT id, name, type FROM entities WHERE id <= :last");
      all.Bind(":last", last);
      while (all.Step()) {
        const int64_t row = all.Int(0);
        if (row >= 0 && places[row] == kWanted) keep(row, all, 1);
      }
    } else {
      SqliteStatement one(db, "SELECT name, type FROM entities WHERE id = :row");
      for (size_t row = 0; row < places.size(); ++row) {
        if (places[row] != kWanted) continue;
        one.Reset();
        one.Bind(":row", static_cast<int64_t>(row));
        if (one.Step()) keep(static_cast<int64_t>(row), one, 0);
      }
    }
    for (size_t row = 0; row < places.size(); ++row)
      if (places[row] == kWanted) StoreChanged(static_cast<int64_t>(row));
    return places;
  }

  [[noreturn]] void StoreChanged(int64_t row) const {
    throw Error(
        "the store changed while it was read (entity " + std::to_string(row) + "); try again",
        FilePlace(db.path()));
  }

  void BindFilter(SqliteStatement& statement, const TripleFilter& filter) const {
    BindFilterValues(statement, filter);
    statement.Bind(":entity", EntityRow(filter.entity));
    statement.Bind(":other", EntityRow(filter.other));
  }

  // Calls visit(rowid, entity) for each entity taking part in a triple that
  // passes `filter`, by rowid; `mentions` counts those triples. Two scans of
  // covering indexes, each already in group order.
  void ScanEntities(const TripleFilter& filter,
                    const std::function<void(int64_t, Entity&)>& visit) const {
    std::vector<long> mentions;  // by rowid; 0 for entities in no triple that passes
    auto count = [&](int64_t row, long n) {
      if (row < 0) return;  // not a rowid SQLite gives
      if (static_cast<size_t>(row) >= mentions.size()) mentions.resize(row + 1, 0);
      mentions[row] += n;
    };
    std::string where = FilterSql(filter, "");
    SqliteStatement subjects(db, "SELECT subject, COUNT(*) FROM triples WHERE subject IS NOT NULL" +
                                     where + " GROUP BY subject");
    BindFilter(subjects, filter);
    while (subjects.Step()) count(subjects.Int(0), subjects.Int(1));
    SqliteStatement objects(db,
                            "SELECT object, COUNT(*) FROM triples WHERE object IS NOT NULL AND "
                            "(subject IS NULL OR subject != object)" +
                                where + " GROUP BY object");
    BindFilter(objects, filter);
    while (objects.Step()) count(objects.Int(0), objects.Int(1));

    SqliteStatement select(db, "SELECT id, name, type, aliases FROM entities ORDER BY id");
    Entity entity;
    while (select.Step()) {
      int64_t row = select.Int(0);
      if (row < 0 || static_cast<size_t>(row) >= mentions.size() || mentions[row] == 0) continue;
      entity.name = select.Text(1);
      entity.type = StoredEntityType(select.TextView(2));
      entity.aliases = DecodeAliases(select.TextView(3));
      entity.mentions = mentions[row];
      visit(row, entity);
    }
  }

  // Calls visit(subject rowid, object rowid, edge) for each (subject,
  // relation, object) of named entities over the triples that pass `filter`,
  // in (subject rowid, relation, object rowid) order; the edge's own subject
  // and object are left unset, and the edge is the callee's to keep. One scan
  // of triples_edge in its order, whose rows of one edge are consecutive and
  // are merged here: far cheaper than SQLite's GROUP BY with COUNT, MIN and
  // MAX (1.5 s of CPU for a million triples, against 0.2 s for the scan).
  void ScanEdges(const TripleFilter& filter,
                 const std::function<void(int64_t, int64_t, Edge&)>& visit) const {
    SqliteStatement select(db,
                           "SELECT subject, relation, object, role, date FROM triples "
                           "WHERE subject IS NOT NULL AND object IS NOT NULL" +
                               FilterSql(filter, "") + " ORDER BY subject, relation, object, role");
    BindFilter(select, filter);
    Edge edge;
    int64_t subject = -1, object = -1;
    std::string relation_name;  // as stored
    Relation relation = Relation::kMet;
    auto flush = [&] {
      if (edge.count > 0) visit(subject, object, edge);
      edge = Edge();
    };
    while (select.Step()) {
      int64_t row_subject = select.Int(0), row_object = select.Int(2);
      std::string_view row_relation = select.TextView(1);
      if (row_subject != subject || row_object != object || row_relation != relation_name) {
        flush();
        if (row_relation != relation_name) {
          relation_name = row_relation;
          relation = StoredRelation(relation_name);
        }
        subject = row_subject;
        object = row_object;
        edge.relation = relation;
      }
      // Roles come sorted: a new one differs from the last.
      std::string_view role = select.TextView(3);
      if (!role.empty() && (edge.roles.empty() || edge.roles.back() != role))
        edge.roles.emplace_back(role);
      ++edge.count;
      Date date = select.DateAt(4);  // first and last ignore unknown dates, as MIN and MAX do
      if (!edge.first.IsKnown() || (date.IsKnown() && date < edge.first)) edge.first = date;
      edge.last = std::max(edge.last, date);
    }
    flush();
  }

  // --- writing -------------------------------------------------------------

  struct CachedEntity {
    int64_t row;
    EntityType type;
  };

  // Fills the cache of entity rows, again when another connection committed
  // since it was filled (its entities would be missing or stale).
  // REQUIRES: inside the write transaction, so nothing changes until it ends.
  void LoadEntityCache() {
    const int64_t version = DataVersion();
    if (cache_loaded && version == cache_version) return;
    entity_cache.clear();
    cache_version = version;
    SqliteStatement select(db, "SELECT id, name, type FROM entities");
    while (select.Step())
      entity_cache[select.Text(1)] = {select.Int(0), StoredEntityType(select.TextView(2))};
    cache_loaded = true;
  }

  SqliteStatement& Prepared(std::unique_ptr<SqliteStatement>& slot, std::string_view sql) {
    if (!slot) slot = std::make_unique<SqliteStatement>(db, sql);
    slot->Reset();
    return *slot;
  }

  // The row of `entity`, added (and counted in `added`) when new; an unknown
  // stored type takes the known type given here.
  int64_t EntityRowFor(const EntityRef& entity, AddedCounts* added) {
    auto it = entity_cache.find(entity.name);
    if (it == entity_cache.end()) {
      SqliteStatement& insert =
          Prepared(insert_entity, "INSERT INTO entities (name, type) VALUES (:name, :type)");
      insert.Bind(":name", entity.name);
      insert.Bind(":type", ToString(entity.type));
      insert.Step();
      ++added->entities;
      it = entity_cache.emplace(entity.name, CachedEntity{db.LastInsertId(), entity.type}).first;
    } else if (it->second.type == EntityType::kUnknown && entity.type != EntityType::kUnknown) {
      SqliteStatement& update =
          Prepared(update_type, "UPDATE entities SET type = :type WHERE id = :id");
      update.Bind(":type", ToString(entity.type));
      update.Bind(":id", it->second.row);
      update.Step();
      it->second.type = entity.type;
    }
    return it->second.row;
  }

  // Rows of the items that were new, by item id.
  std::unordered_map<std::string, int64_t> AddItems(const std::vector<Item>& items,
                                                    AddedCounts* added) {
    std::unordered_map<std::string, int64_t> rows;
    for (const Item& item : items) {
      SqliteStatement& insert = Prepared(
          insert_item,
          "INSERT OR IGNORE INTO items (item_id, source, position, date, title, ingested_at, "
          "url, publisher, time, text) VALUES (:id, :source, :position, :date, :title, "
          "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), :url, :publisher, :time, :text)");
      insert.Bind(":id", item.id);
      insert.Bind(":source", item.source);
      insert.Bind(":position", static_cast<int64_t>(item.position));
      insert.Bind(":date", item.date);
      insert.Bind(":title", item.title);
      insert.Bind(":url", item.url);
      insert.Bind(":publisher", item.publisher);
      insert.Bind(":time", item.time);
      if (item.paragraphs.empty()) {
        insert.BindNull(":text");  // items made from triples files have no text
      } else {
        insert.BindBlob(":text", Deflate(JoinParagraphs(item.paragraphs)));
      }
      insert.Step();
      if (db.Changes() == 1) {
        rows[item.id] = db.LastInsertId();
        ++added->items;
      }
    }
    return rows;
  }

  void BindEnd(SqliteStatement& insert, const char* name, const EntityRef& end,
               AddedCounts* added) {
    if (end.empty() || end.IsUnnamed()) {
      insert.BindNull(name);
    } else {
      insert.Bind(name, EntityRowFor(end, added));
    }
  }

  void AddTriple(const Triple& triple, int64_t item_row, const Date& item_date,
                 AddedCounts* added) {
    SqliteStatement& insert = Prepared(
        insert_triple,
        "INSERT OR IGNORE INTO triples (item, subject, relation, object, role, date, sentence, "
        "rule, statement) VALUES (:item, :subject, :relation, :object, :role, :date, :sentence, "
        ":rule, :statement)");
    insert.Bind(":item", item_row);
    BindEnd(insert, ":subject", triple.subject, added);
    insert.Bind(":relation", triple.relation.name());
    BindEnd(insert, ":object", triple.object, added);
    insert.Bind(":role", triple.role);
    insert.Bind(":date", triple.evidence.date.IsKnown() ? triple.evidence.date : item_date);
    insert.Bind(":sentence", triple.evidence.sentence);
    insert.Bind(":rule", triple.evidence.rule);
    insert.Bind(":statement", triple.statement);
    insert.Step();
    added->triples += db.Changes();
  }

  AddedCounts AddBatch(const std::vector<Item>& items, const std::vector<Triple>& triples) {
    AddedCounts added;
    try {
      Transaction transaction(db);  // waits its turn behind other writers
      DeferIndexesIfEmpty();
      LoadEntityCache();
      std::unordered_map<std::string, int64_t> new_rows = AddItems(items, &added);
      std::unordered_map<std::string, Date> dates;
      for (const Item& item : items) dates.emplace(item.id, item.date);
      for (const Triple& triple : triples) {
        auto date = dates.find(triple.evidence.item_id);
        if (date == dates.end()) {
          throw Error("triple of item '" + triple.evidence.item_id + "' comes without its item",
                      FilePlace(db.path()));
        }
        auto row = new_rows.find(triple.evidence.item_id);
        if (row != new_rows.end()) AddTriple(triple, row->second, date->second, &added);
      }
      transaction.Commit();
    } catch (...) {
      entity_cache.clear();  // may hold rows that were rolled back
      cache_loaded = false;
      if (indexes_deferred && HasEntityIndexes()) indexes_deferred = false;  // the drop rolled back
      if (!indexes_deferred) load_checked = false;
      throw;
    }
    return added;
  }

  // Changes when another connection commits (PRAGMA data_version).
  int64_t DataVersion() const {
    SqliteStatement pragma(db, "PRAGMA data_version");
    pragma.Step();
    return pragma.Int(0);
  }

  ReplacedCounts ReplaceTriples(const std::vector<Item>& items,
                                const std::vector<Triple>& triples) {
    std::unordered_set<std::string> ids;
    for (const Item& item : items) ids.insert(item.id);
    for (const Triple& triple : triples) {
      if (!ids.contains(triple.evidence.item_id)) {
        throw Error("triple of item '" + triple.evidence.item_id + "' comes without its item",
                    FilePlace(db.path()));
      }
    }
    ReplacedCounts replaced;
    try {
      Transaction transaction(db);  // waits its turn behind other writers
      LoadEntityCache();
      std::unordered_map<std::string, std::pair<int64_t, Date>> rows;  // by item id
      SqliteStatement find(db, "SELECT id, date FROM items WHERE item_id = :id");
      SqliteStatement remove(db, "DELETE FROM triples WHERE item = :item");
      for (const Item& item : items) {
        find.Reset();
        find.Bind(":id", item.id);
        if (!find.Step()) continue;
        int64_t row = find.Int(0);
        rows[item.id] = {row, find.DateAt(1)};
        remove.Reset();
        remove.Bind(":item", row);
        remove.Step();
        replaced.removed += db.Changes();
        ++replaced.items;
      }
      AddedCounts added;
      for (const Triple& triple : triples) {
        auto row = rows.find(triple.evidence.item_id);
        if (row != rows.end()) AddTriple(triple, row->second.first, row->second.second, &added);
      }
      replaced.added = added.triples;
      replaced.entities = added.entities;
      transaction.Commit();
    } catch (...) {
      entity_cache.clear();  // may hold rows that were rolled back
      cache_loaded = false;
      throw;
    }
    return replaced;
  }

  mutable SqliteDb db;
  std::unordered_map<std::string, CachedEntity> entity_cache;
  bool cache_loaded = false;
  int64_t cache_version = 0;      // DataVersion() when the cache was filled
  bool load_checked = false;      // DeferIndexesIfEmpty ran (and committed)
  bool indexes_deferred = false;  // dropped by this connection, built by FinishWrites
  std::unique_ptr<SqliteStatement> insert_item, insert_entity, update_type, insert_triple, has_item;
};

SqliteStore::SqliteStore(const std::string& path, Mode mode)
    : impl_(std::make_unique<Impl>(path, mode)) {}
SqliteStore::~SqliteStore() {
  try {
    impl_->FinishWrites();
  } catch (const Error&) {  // left for the next writer, which builds them when it opens
  }
}

void SqliteStore::FinishWrites() { impl_->FinishWrites(); }

int SqliteStore::schema_version() const { return impl_->SchemaVersion(); }

AddedCounts SqliteStore::AddBatch(const std::vector<Item>& items,
                                  const std::vector<Triple>& triples) {
  return impl_->AddBatch(items, triples);
}

void SqliteStore::LoadTriples(const TripleFilter& filter,
                              const std::function<void(const Triple&)>& visit) const {
  SqliteStatement select(impl_->db, std::string(kSelectTripleColumns) + "WHERE 1" +
                                        FilterSql(filter, "t.") +
                                        " ORDER BY t.date IS NULL, t.date, t.item, t.id");
  impl_->BindFilter(select, filter);
  Triple triple;
  while (select.Step()) {
    ReadTripleRow(select, &triple);
    visit(triple);
  }
}

void SqliteStore::LoadEntities(const TripleFilter& filter,
                               const std::function<void(const Entity&)>& visit) const {
  impl_->ScanEntities(filter, [&](int64_t, Entity& entity) { visit(entity); });
}

void SqliteStore::LoadEdges(const TripleFilter& filter,
                            const std::function<void(const EdgeSummary&)>& visit) const {
  std::vector<std::string> names = impl_->EntityNames();
  EdgeSummary summary;
  impl_->ScanEdges(filter, [&](int64_t subject, int64_t object, Edge& edge) {
    Summarize(names.at(subject), names.at(object), edge, summary);
    visit(summary);
  });
}

void SqliteStore::LoadNetwork(const TripleFilter& filter,
                              const std::function<void(Entity&&)>& entity,
                              const std::function<void(Edge&&)>& edge) const {
  // Rowids map to positions through a vector: no name is looked up again.
  constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> position;  // by entity rowid
  uint32_t visited = 0;
  impl_->ScanEntities(filter, [&](int64_t row, Entity& found) {
    if (static_cast<size_t>(row) >= position.size()) position.resize(row + 1, kNone);
    position[row] = visited++;
    entity(std::move(found));
  });
  auto position_of = [&](int64_t row) {
    if (row < 0 || static_cast<size_t>(row) >= position.size() || position[row] == kNone) {
      throw Error(
          "the store changed while it was read (entity " + std::to_string(row) + "); try again",
          FilePlace(impl_->db.path()));
    }
    return EntityId{position[row]};
  };
  impl_->ScanEdges(filter, [&](int64_t subject, int64_t object, Edge& found) {
    found.subject = position_of(subject);
    found.object = position_of(object);
    edge(std::move(found));
  });
}

void SqliteStore::LoadStoredEntities(const std::function<void(const Entity&)>& visit) const {
  SqliteStatement select(impl_->db, "SELECT name, type, aliases FROM entities");
  Entity entity;
  while (select.Step()) {
    entity.name = select.Text(0);
    entity.type = StoredEntityType(select.TextView(1));
    entity.aliases = DecodeAliases(select.TextView(2));
    visit(entity);
  }
}

void SqliteStore::LoadAround(const TripleFilter& filter, const std::vector<std::string>& names,
                             const std::function<void(const Entity&)>& entity,
                             const std::function<void(const EdgeSummary&)>& edge) const {
  TripleFilter links = filter;  // the entity is bound by rowid below
  links.entity.clear();
  links.other.clear();
  std::string where = FilterSql(links, "");
  // As subject (self-links included), then as object; rows without a named
  // other end still say that the entity takes part. Both read a covering
  // index (triples_edge, triples_object) in its order, so the rows of one
  // link come together and no table row is read.
  SqliteStatement as_subject(
      impl_->db, "SELECT relation, object, role, date FROM triples WHERE subject = :row" + where +
                     " ORDER BY relation, object, role");
  SqliteStatement as_object(impl_->db,
                            "SELECT relation, subject, role, date FROM triples WHERE object = :row "
                            "AND (subject IS NULL OR subject != :row)" +
                                where + " ORDER BY relation, subject, role");
  std::vector<int64_t> asked_rows;  // of the names stored, in the order given, once each
  std::unordered_set<int64_t> asked;
  for (const std::string& name : names) {
    int64_t row = impl_->EntityRow(name);
    if (row >= 0 && asked.insert(row).second) asked_rows.push_back(row);
  }
  std::vector<int64_t> rows;  // of those that take part
  struct Link {
    int64_t subject = 0, object = 0;
    Relation relation = Relation::kMet;
    long count = 0;
    Date first, last;
    std::vector<std::string> roles;
  };
  std::vector<Link> found;
  std::unordered_set<int64_t> needed;  // rowids whose entity is given
  for (int64_t row : asked_rows) {
    bool takes_part = false;
    for (SqliteStatement* select : {&as_subject, &as_object}) {
      const bool row_is_subject = select == &as_subject;
      select->Reset();
      impl_->BindFilter(*select, links);
      select->Bind(":row", row);
      std::string relation_name;  // of the link being merged
      Link* link = nullptr;
      while (select->Step()) {
        takes_part = true;
        if (select->IsNull(1)) continue;
        const int64_t other = select->Int(1);
        // A link between two asked entities is given from its subject's side.
        if (!row_is_subject && asked.contains(other)) continue;
        std::string_view relation = select->TextView(0);
        const int64_t subject = row_is_subject ? row : other;
        const int64_t object = row_is_subject ? other : row;
        if (link == nullptr || link->subject != subject || link->object != object ||
            relation != relation_name) {
          relation_name = relation;
          link = &found.emplace_back();
          link->subject = subject;
          link->object = object;
          link->relation = StoredRelation(relation);
          needed.insert(other);
        }
        ++link->count;
        std::string_view role = select->IsNull(2) ? std::string_view() : select->TextView(2);
        // Roles come sorted: a new one differs from the last.
        if (!role.empty() && (link->roles.empty() || link->roles.back() != role))
          link->roles.emplace_back(role);
        Date date = select->DateAt(3);  // first and last ignore unknown dates, as MIN and MAX do
        if (!link->first.IsKnown() || (date.IsKnown() && date < link->first)) link->first = date;
        link->last = std::max(link->last, date);
      }
    }
    if (takes_part) {
      rows.push_back(row);
      needed.insert(row);
    }
  }
  if (rows.empty()) return;

  const std::unordered_map<int64_t, Entity> entities = impl_->EntitiesByRow(needed);
  auto entity_of = [&](int64_t row) -> const Entity& {
    auto it = entities.find(row);
    if (it == entities.end()) impl_->StoreChanged(row);
    return it->second;
  };
  for (int64_t row : rows) entity(entity_of(row));
  std::unordered_set<int64_t> given(rows.begin(), rows.end());
  EdgeSummary summary;
  for (Link& link : found) {
    for (int64_t end : {link.subject, link.object})
      if (given.insert(end).second) entity(entity_of(end));
    Summarize(entity_of(link.subject).name, entity_of(link.object).name, link, summary);
    edge(summary);
  }
}

std::unique_ptr<LinkReader> SqliteStore::OpenLinkReader(const TripleFilter& filter) const {
  return std::make_unique<SqliteLinkReader>(impl_->db, filter);
}

bool SqliteStore::TakesPart(const TripleFilter& filter, const std::string& name) const {
  const int64_t row = impl_->EntityRow(name);
  if (row < 0) return false;
  TripleFilter links = filter;  // the entity is bound by rowid below
  links.entity.clear();
  links.other.clear();
  const std::string where = FilterSql(links, "");
  SqliteStatement select(
      impl_->db, "SELECT EXISTS (SELECT 1 FROM triples WHERE subject = :row" + where +
                     ") OR EXISTS (SELECT 1 FROM triples WHERE object = :row" + where + ")");
  impl_->BindFilter(select, links);
  select.Bind(":row", row);
  select.Step();
  return select.Int(0) != 0;
}

TripleRows SqliteStore::LoadTripleRows(const TripleFilter& filter) const {
  if (filter.entity.empty() || !filter.other.empty()) return Store::LoadTripleRows(filter);
  // The entity's triples through the two covering indexes by entity, which
  // hold the item and the rowid too: no table row is read, and no sort by
  // SQLite (a temporary B-tree over a hub's 67,000 rows cost 0.1 s); the rows
  // are put in LoadTriples' order here. Ends are read by rowid after.
  TripleFilter links = filter;  // the entity is bound by rowid below
  links.entity.clear();
  const std::string where = FilterSql(links, "");
  SqliteStatement as_subject(impl_->db,
                             "SELECT date, item, id, subject, relation, object, role FROM triples "
                             "WHERE subject = :row" +
                                 where);
  SqliteStatement as_object(impl_->db,
                            "SELECT date, item, id, subject, relation, object, role FROM triples "
                            "WHERE object = :row AND (subject IS NULL OR subject != :row)" +
                                where);
  const int64_t entity_row = impl_->EntityRow(filter.entity);
  struct Key {
    int32_t date = 0;   // year * 10000 + month * 100 + day; INT32_MAX unknown (last)
    uint32_t role = 0;  // place in `roles`
    int64_t item = 0, id = 0;
    int64_t subject = -1, object = -1;  // -1: NULL
    uint32_t relation = 0;              // place in `relations`: keys stay plain numbers to sort
  };
  std::vector<Key> keys;
  TripleRows out;
  out.roles = {""};
  std::unordered_map<std::string, uint32_t> role_places = {{"", 0}};
  std::vector<int64_t> rows;  // the ends, with repeats
  std::string relation_name;  // as stored, of the last row
  uint32_t relation = 0;
  std::string role;
  for (SqliteStatement* select : {&as_subject, &as_object}) {
    BindFilterValues(*select, links);
    select->Bind(":row", entity_row);
    while (select->Step()) {
      Key& key = keys.emplace_back();
      const Date date = select->DateAt(0);
      key.date = date.IsKnown() ? date.year() * 10000 + date.month() * 100 + date.day()
                                : std::numeric_limits<int32_t>::max();
      key.item = select->Int(1);
      key.id = select->Int(2);
      key.subject = select->IsNull(3) ? -1 : select->Int(3);
      key.object = select->IsNull(5) ? -1 : select->Int(5);
      if (select->TextView(4) != relation_name || out.relations.empty()) {
        relation_name = select->TextView(4);
        const Relation named = StoredRelation(relation_name);
        auto known = std::find(out.relations.begin(), out.relations.end(), named);
        relation = static_cast<uint32_t>(known - out.relations.begin());
        if (known == out.relations.end()) out.relations.push_back(named);
      }
      key.relation = relation;
      if (!select->TextView(6).empty()) {
        role = select->TextView(6);
        auto [it, added] = role_places.try_emplace(role, static_cast<uint32_t>(out.roles.size()));
        if (added) out.roles.push_back(role);
        key.role = it->second;
      }
      for (int64_t row : {key.subject, key.object})
        if (row >= 0) rows.push_back(row);
    }
  }
  // ORDER BY date IS NULL, date, item, id
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.date, a.item, a.id) < std::tie(b.date, b.item, b.id);
  });
  constexpr uint32_t kUnnamed = 0, kNoObject = 1;  // places in out.ends
  out.ends = {EntityRef::Unnamed(), EntityRef{}};
  const std::vector<uint32_t> places = impl_->EndsByRow(rows, &out.ends);
  out.rows.reserve(keys.size());
  for (const Key& key : keys) {
    TripleRows::Row& row = out.rows.emplace_back();
    row.date = key.date == std::numeric_limits<int32_t>::max()
                   ? Date()
                   : *Date::FromYmd(key.date / 10000, key.date / 100 % 100, key.date % 100);
    row.subject = key.subject < 0 ? kUnnamed : places[key.subject];
    row.object = key.object < 0 ? kNoObject : places[key.object];
    row.relation = key.relation;
    row.role = key.role;
  }
  return out;
}

void SqliteStore::SetAliases(const std::string& name, const std::vector<std::string>& aliases) {
  SqliteStatement upsert(impl_->db,
                         "INSERT INTO entities (name, type, aliases) VALUES (:name, 'unknown', "
                         ":aliases) ON CONFLICT (name) DO UPDATE SET aliases = :aliases");
  upsert.Bind(":name", name);
  upsert.Bind(":aliases", EncodeAliases(aliases));
  upsert.Step();
  impl_->entity_cache.clear();
  impl_->cache_loaded = false;
}

std::vector<Item> SqliteStore::LoadItems(int64_t* cursor, size_t limit) const {
  SqliteStatement select(impl_->db,
                         "SELECT id, item_id, source, position, date, time, title, url, publisher, "
                         "text FROM items WHERE id > :after AND text IS NOT NULL ORDER BY id "
                         "LIMIT :limit");
  select.Bind(":after", *cursor);
  select.Bind(":limit", static_cast<int64_t>(limit));
  std::vector<Item> items;
  while (select.Step()) {
    Item& item = items.emplace_back();
    *cursor = select.Int(0);
    item.id = select.Text(1);
    item.source = select.Text(2);
    item.position = select.Int(3);
    item.date = select.DateAt(4);
    item.time = select.Text(5);
    item.title = select.Text(6);
    item.url = select.Text(7);
    item.publisher = select.Text(8);
    try {
      item.paragraphs = SplitParagraphs(Inflate(select.BlobView(9)));
    } catch (const Error& error) {
      throw Error("item '" + item.id + "': " + error.problem(), FilePlace(impl_->db.path()));
    }
  }
  return items;
}

ReplacedCounts SqliteStore::ReplaceTriples(const std::vector<Item>& items,
                                           const std::vector<Triple>& triples) {
  return impl_->ReplaceTriples(items, triples);
}

bool SqliteStore::HasItem(const std::string& item_id) const {
  // Prepared once: ingest asks this of every item it reads.
  SqliteStatement& select =
      impl_->Prepared(impl_->has_item, "SELECT 1 FROM items WHERE item_id = :id");
  select.Bind(":id", item_id);
  bool stored = select.Step();
  select.Reset();
  return stored;
}

StoreStats SqliteStore::Stats() const {
  StoreStats stats;
  SqliteStatement totals(impl_->db,
                         "SELECT (SELECT COUNT(*) FROM items), (SELECT COUNT(*) FROM triples), "
                         "(SELECT COUNT(*) FROM entities), (SELECT MIN(date) FROM items), "
                         "(SELECT MAX(date) FROM items), "
                         "(SELECT COUNT(*) FROM items WHERE text IS NULL)");
  totals.Step();
  stats.items_without_text = totals.Int(5);
  stats.items = totals.Int(0);
  stats.triples = totals.Int(1);
  stats.entities = totals.Int(2);
  stats.first = totals.DateAt(3);
  stats.last = totals.DateAt(4);
  SqliteStatement relations(
      impl_->db, "SELECT relation, COUNT(*) FROM triples GROUP BY relation ORDER BY relation");
  while (relations.Step())
    stats.triples_by_relation.emplace_back(relations.Text(0), relations.Int(1));
  SqliteStatement types(impl_->db, "SELECT type, COUNT(*) FROM entities GROUP BY type");
  while (types.Step())
    stats.entities_by_type.emplace_back(StoredEntityType(types.TextView(0)), types.Int(1));
  std::sort(stats.entities_by_type.begin(), stats.entities_by_type.end());
  return stats;
}

}  // namespace polgraph
