// The store backends the store contract tests run on, and a fresh, empty
// store location on each. SQLite always runs (a file in a temp dir).
// PostgreSQL runs when POLGRAPH_TEST_PG holds a URL of a server that answers
// (tests/pg/with-postgres starts one): each location is a schema of its own
// in that database, created for the test and dropped after it, reached with
// "options=-csearch_path=..." in the URL. Otherwise the location says so in a
// WARN and is not ready(), and the test returns (a clean skip).
#pragma once

#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#include <memory>
#include <optional>
#include <random>
#include <string>

#include <catch2/catch.hpp>

#include "base/error.h"
#include "graph/pg_connection.h"
#include "graph/postgres_store.h"
#include "graph/sqlite_store.h"
#include "tests/graph_test_data.h"

namespace polgraph::testing {

enum class Backend { kSqlite, kPostgres };

inline const char* BackendName(Backend backend) {
  return backend == Backend::kSqlite ? "sqlite" : "postgres";
}

/// The PostgreSQL URL the tests use, or "" when POLGRAPH_TEST_PG is unset.
inline std::string PostgresTestUrl() {
  const char* url = getenv("POLGRAPH_TEST_PG");
  return url ? url : "";
}

/// A fresh, empty store location on one backend, removed afterwards.
class StoreLocation {
 public:
  explicit StoreLocation(Backend backend) : backend_(backend) {
    if (backend == Backend::kSqlite) {
      location_ = dir_.File("g.db");
    } else {
      CreateSchema();
    }
  }
  ~StoreLocation() {
    if (!admin_) return;
    try {
      admin_->Execute("DROP SCHEMA " + schema_ + " CASCADE");
    } catch (const Error&) {  // leave it; the database is a throwaway
    }
  }
  StoreLocation(const StoreLocation&) = delete;
  StoreLocation& operator=(const StoreLocation&) = delete;

  /// False when the backend is not there (a WARN said why): skip the test.
  bool ready() const { return !location_.empty(); }
  Backend backend() const { return backend_; }
  /// The path or URL to open the store with.
  const std::string& location() const { return location_; }

  std::unique_ptr<Store> Open(StoreMode mode) const {
    if (backend_ == Backend::kSqlite) return std::make_unique<SqliteStore>(location_, mode);
    return std::make_unique<PostgresStore>(location_, mode);
  }

  /// Records `version` as the store's schema version. REQUIRES: a store was opened for writing.
  void SetSchemaVersion(int version) const {
    if (backend_ == Backend::kPostgres) {
      admin_->Execute("INSERT INTO " + schema_ + ".schema_version (version) VALUES ($1::integer)",
                      {std::to_string(version)});
      return;
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(location_.c_str(), &db) == SQLITE_OK);
    std::string sql = "PRAGMA user_version = " + std::to_string(version);
    CHECK(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }

  /// Makes the location an existing database that holds no polgraph store.
  void CreateEmptyDatabase() const {
    if (backend_ == Backend::kPostgres) return;  // the fresh schema is empty
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(location_.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "CREATE TABLE notes (text TEXT)", nullptr, nullptr, nullptr) ==
          SQLITE_OK);
    sqlite3_close(db);
  }

  /// A connection to the location's schema, for tests that act as a second
  /// client. REQUIRES: the PostgreSQL backend.
  std::unique_ptr<PgConnection> Connect() const {
    return std::make_unique<PgConnection>(location_);
  }

 private:
  void CreateSchema() {
    std::string url = PostgresTestUrl();
    if (url.empty()) {
      WARN(
          "PostgreSQL store tests skipped: POLGRAPH_TEST_PG is not set (tests/pg/with-postgres "
          "sets it)");
      return;
    }
    try {
      admin_ = std::make_unique<PgConnection>(url);
      // The name is ours: letters, digits and '_' only.
      schema_ = "polgraph_test_" + std::to_string(getpid()) + "_" +
                std::to_string(std::random_device{}() % 1000000000u);
      admin_->Execute("CREATE SCHEMA " + schema_);
    } catch (const Error& error) {
      WARN("PostgreSQL store tests skipped: " << error.what());
      admin_.reset();
      return;
    }
    location_ = url + (url.find('?') == std::string::npos ? "?" : "&") +
                "options=-csearch_path%3D" + schema_;
  }

  Backend backend_;
  TempDir dir_;
  std::string location_;
  std::string schema_;
  std::unique_ptr<PgConnection> admin_;
};

}  // namespace polgraph::testing
