#include "graph/sqlite_db.h"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "base/error.h"

namespace polgraph {
namespace {

// How long a writer waits for another to finish its transaction. Batches
// take well under a second, so only a stuck or very busy writer exceeds it.
constexpr int kBusyTimeoutMs = 60'000;

// SQLite's message, and for a store busy longer than kBusyTimeoutMs what to do.
std::string Problem(sqlite3* db, const char* message) {
  std::string problem = message ? message : sqlite3_errmsg(db);
  if ((sqlite3_extended_errcode(db) & 0xFF) == SQLITE_BUSY) {
    problem += " (another process kept the store busy for over " +
               std::to_string(kBusyTimeoutMs / 1000) +
               " s; for many writers at once use PostgreSQL, docs/scaling.md)";
  }
  return problem;
}

// Whether this process may create files beside `path` (SQLite's -wal and
// -shm files).
bool MayCreateBeside(const std::string& path) {
  const std::filesystem::path file(path);
  const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : ".";
  return access(folder.c_str(), W_OK | X_OK) == 0;
}

// Whether this process may write `path` and create files beside it.
bool MayWrite(const std::string& path) {
  return access(path.c_str(), W_OK) == 0 && MayCreateBeside(path);
}

// Throws Error naming `path` when its folder is missing or not writable
// (SQLite would say only "unable to open database file").
void CheckCanCreate(const std::string& path) {
  const std::filesystem::path file(path);
  const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    throw Error("cannot create database: folder '" + folder.string() + "' does not exist",
                FilePlace(path));
  }
  if (!MayCreateBeside(path)) {
    throw Error("cannot create database: folder '" + folder.string() + "' is not writable",
                FilePlace(path));
  }
}

// An SQLite URI opening `path` as a file no one changes (immutable=1).
std::string ImmutableUri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(c));
      uri += hex;
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

SqliteDb::SqliteDb(const std::string& path, bool create, bool query_only) : path_(path) {
  std::error_code ignored;
  if (!create && !std::filesystem::exists(path, ignored)) {
    throw Error("no such database (polgraph ingest creates one)", FilePlace(path));
  }
  if (create && path != ":memory:" && !std::filesystem::exists(path, ignored)) CheckCanCreate(path);
  // A reader opens read-write when it may (so that closing cleans up the WAL
  // files), else read-only: a store in a folder it may not write to still reads.
  const bool read_only = query_only && !MayWrite(path);
  int flags =
      read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  std::string name = path;
  if (read_only && !MayCreateBeside(path) && !std::filesystem::exists(path + "-wal", ignored)) {
    // SQLite cannot make the shared-memory file a WAL reader needs. No -wal
    // file: no writer is at work (none could create one here), so the file
    // is read as it is.
    name = ImmutableUri(path);
    flags |= SQLITE_OPEN_URI;
  }
  int rc = sqlite3_open_v2(name.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw Error("cannot open database: " + message, FilePlace(path));
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  try {
    if (query_only) Execute("PRAGMA query_only = ON");
  } catch (const Error&) {
    sqlite3_close(db_);
    throw;
  }
}

SqliteDb::~SqliteDb() { sqlite3_close(db_); }

void SqliteDb::Execute(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string problem = Problem(db_, message);
    sqlite3_free(message);
    throw Error(problem, FilePlace(path_));
  }
}

int64_t SqliteDb::Changes() const { return sqlite3_changes(db_); }
int64_t SqliteDb::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }

void SqliteDb::Fail(std::string_view what) const {
  throw Error(std::string(what) + ": " + Problem(db_, nullptr), FilePlace(path_));
}

SqliteStatement::SqliteStatement(const SqliteDb& db, std::string_view sql) : db_(db) {
  int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
  if (rc != SQLITE_OK) db.Fail("preparing a statement");
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

int SqliteStatement::Index(const char* name) const {
  return sqlite3_bind_parameter_index(stmt_, name);
}

void SqliteStatement::Bind(const char* name, std::string_view text) {
  int index = Index(name);
  if (index == 0) return;
  if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK) {
    db_.Fail("binding a value");
  }
}

void SqliteStatement::Bind(const char* name, int64_t value) {
  int index = Index(name);
  if (index != 0 && sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) {
    db_.Fail("binding a value");
  }
}

void SqliteStatement::Bind(const char* name, Date date) {
  if (date.IsKnown()) return Bind(name, std::string_view(date.ToIso()));
  BindNull(name);
}

void SqliteStatement::BindNull(const char* name) {
  int index = Index(name);
  if (index != 0 && sqlite3_bind_null(stmt_, index) != SQLITE_OK) db_.Fail("binding a value");
}

bool SqliteStatement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_.Fail("running a statement");
}

void SqliteStatement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool SqliteStatement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

int64_t SqliteStatement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

void SqliteStatement::BindBlob(const char* name, std::string_view bytes) {
  int index = Index(name);
  if (index == 0) return;
  if (sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK) {
    db_.Fail("binding a value");
  }
}

std::string_view SqliteStatement::BlobView(int column) const {
  const void* bytes = sqlite3_column_blob(stmt_, column);
  if (bytes == nullptr) return {};
  return std::string_view(static_cast<const char*>(bytes),
                          static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view SqliteStatement::TextView(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string_view(reinterpret_cast<const char*>(text),
                          static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

Date SqliteStatement::DateAt(int column) const {
  if (IsNull(column)) return {};
  return Date::ParseIso(TextView(column)).value_or(Date());
}

}  // namespace polgraph
