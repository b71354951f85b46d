// SqliteStore beyond the promises every backend keeps (those are in
// tests/store_contract_test.cc, run on SQLite and PostgreSQL): the store is a
// file, so a missing file or a file that is no database is named as such, and
// the schema version is SQLite's user_version.
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "base/error.h"
#include "graph/sqlite_store.h"
#include "tests/store_backends.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using testing::Backend;
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

}  // namespace
}  // namespace polgraph
