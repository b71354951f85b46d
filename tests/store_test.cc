// SqliteStore beyond the promises every backend keeps (those are in
// tests/store_contract_test.cc, run on SQLite and PostgreSQL): the store is a
// file, so a missing file or a file that is no database is named as such, and
// the schema version is SQLite's user_version; a load into an empty store
// builds the indexes of the triples by entity once, at its end.
#include <filesystem>
#include <fstream>
#include <string>

#include <sqlite3.h>
#include <catch2/catch.hpp>

#include "base/error.h"
#include "graph/sqlite_store.h"
#include "tests/graph_test_data.h"
#include "tests/store_backends.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using testing::Backend;
using testing::MakeItem;
using testing::MakeTriple;
using testing::Person;
using testing::StoreLocation;
using testing::TempDir;

TEST_CASE("sqlite store records its schema version as the file's user_version", "[store]") {
  StoreLocation where(Backend::kSqlite);
  { SqliteStore store(where.location(), StoreMode::kWrite); }
  SqliteStore reader(where.location(), StoreMode::kRead);
  CHECK(reader.schema_version() == SqliteStore::kSchemaVersion);
  where.SetSchemaVersion(SqliteStore::kSchemaVersion + 1);
  const std::string current = std::to_string(SqliteStore::kSchemaVersion);
  const std::string newer = std::to_string(SqliteStore::kSchemaVersion + 1);
  CHECK_THROWS_WITH(SqliteStore(where.location(), StoreMode::kRead),
                    where.location() + ": schema version " + newer +
                        " is newer than this polgraph's (" + current + ")");
}

TEST_CASE("sqlite store opened for reading must be an existing database file", "[store]") {
  TempDir dir;
  std::string missing = dir.File("missing.db");
  CHECK_THROWS_WITH(SqliteStore(missing, StoreMode::kRead),
                    missing + ": no such database (polgraph ingest creates one)");
  CHECK_FALSE(std::filesystem::exists(missing));

  std::string text =
      dir.Write("notes.txt", "Not a database, just some notes about the week's meetings.\n");
  CHECK_THROWS_WITH(SqliteStore(text, StoreMode::kRead),
                    Catch::StartsWith(text + ": ") && Catch::Contains("not a database"));
}

// How many of the two indexes of the triples by entity the file holds, read
// with SQLite itself (another connection, as a reader would see it).
int EntityIndexes(const std::string& path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* count = nullptr;
  REQUIRE(sqlite3_prepare_v2(db,
                             "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                             "('triples_edge', 'triples_object')",
                             -1, &count, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(count) == SQLITE_ROW);
  int found = sqlite3_column_int(count, 0);
  sqlite3_finalize(count);
  sqlite3_close(db);
  return found;
}

// One item of a week of talks, with a meeting and an appointment.
void AddTalks(Store& store, const std::string& id, long position) {
  Item item = MakeItem(id, position, "2025-06-0" + std::to_string(position), "Talks " + id);
  store.AddBatch(
      {item}, {MakeTriple(item, Person("Lena Vogel"), Relation::kMet, Person("Omar Haddad"), "",
                          "Vogel met Haddad.", "met.x"),
               MakeTriple(item, Person("Omar Haddad"), Relation::kAppointed, Person("Ines Moreau"),
                          "Minister of Energy", "Haddad appointed Moreau.", "appointed.x")});
}

TEST_CASE("sqlite store builds the entity indexes once after a load into an empty store",
          "[store]") {
  StoreLocation where(Backend::kSqlite);
  {
    SqliteStore store(where.location(), StoreMode::kWrite);
    CHECK(EntityIndexes(where.location()) == 2);
    AddTalks(store, "t1", 1);
    AddTalks(store, "t2", 2);
    CHECK(EntityIndexes(where.location()) == 0);             // left out while loading
    SqliteStore reader(where.location(), StoreMode::kRead);  // still answers, by scans
    CHECK(reader.TakesPart({}, "Ines Moreau"));
    store.FinishWrites();
    CHECK(EntityIndexes(where.location()) == 2);
  }
  {
    SqliteStore store(where.location(), StoreMode::kWrite);
    AddTalks(store, "t3", 3);  // the store holds triples: the indexes stay
    CHECK(EntityIndexes(where.location()) == 2);
  }
  SqliteStore reader(where.location(), StoreMode::kRead);
  CHECK(reader.Stats().triples == 6);
}

TEST_CASE("sqlite store left without its entity indexes gets them from the next writer",
          "[store]") {
  StoreLocation where(Backend::kSqlite);
  {
    SqliteStore store(where.location(), StoreMode::kWrite);
    AddTalks(store, "t1", 1);
    CHECK(EntityIndexes(where.location()) == 0);
    // As a load stopped before its end leaves the file: drop the store's
    // connection without it building anything (a copy of the file taken now).
    for (const char* suffix : {"", "-wal"}) {
      if (std::filesystem::exists(where.location() + suffix))
        std::filesystem::copy_file(where.location() + suffix,
                                   where.location() + ".stopped" + suffix);
    }
  }
  const std::string stopped = where.location() + ".stopped";
  CHECK(EntityIndexes(stopped) == 0);
  { SqliteStore reopened(stopped, StoreMode::kWrite); }
  CHECK(EntityIndexes(stopped) == 2);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(stopped + suffix);
}

}  // namespace
}  // namespace polgraph
