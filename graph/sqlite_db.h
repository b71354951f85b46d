// A thin owner of an SQLite connection and its prepared statements, for the
// SQLite store only. Every failure throws polgraph::Error naming the database
// file and SQLite's message.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace polgraph {

/// The place of a problem with a whole file (no line, no rule).
inline Place FilePlace(const std::string& file) {
  Place place;
  place.file = file;
  return place;
}

class SqliteDb {
 public:
  /// Opens `path`; creates it when `create`, else it must exist.
  /// `query_only` refuses every write (the file is still opened read-write
  /// when the OS allows, so the WAL files are cleaned up on close; read-only
  /// when the file or its folder is not writable, and as an unchanging file
  /// when its folder is not writable and no WAL file is there). Writers wait up to a
  /// minute for another connection's transaction. Throws Error.
  SqliteDb(const std::string& path, bool create, bool query_only);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;  // owns the connection
  SqliteDb& operator=(const SqliteDb&) = delete;

  /// Runs one or more statements that return no rows.
  void Execute(std::string_view sql);
  /// Rows changed by the last INSERT, UPDATE or DELETE.
  int64_t Changes() const;
  int64_t LastInsertId() const;
  /// An Error naming the database: "path: what: SQLite's message".
  [[noreturn]] void Fail(std::string_view what) const;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

/// A prepared statement. Parameters are named (":name") and bound by name;
/// binding a name the statement does not use is a no-op, so one set of
/// filter bindings serves several statements.
class SqliteStatement {
 public:
  SqliteStatement(const SqliteDb& db, std::string_view sql);
  ~SqliteStatement();
  SqliteStatement(const SqliteStatement&) = delete;  // owns the statement
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void Bind(const char* name, std::string_view text);
  void Bind(const char* name, int64_t value);
  /// Binds NULL for the unknown date, else "YYYY-MM-DD".
  void Bind(const char* name, Date date);
  void BindNull(const char* name);
  /// Binds `bytes` as a BLOB.
  void BindBlob(const char* name, std::string_view bytes);

  /// Steps once. Returns true when a row is ready, false when done.
  bool Step();
  /// Makes the statement ready to run again and clears its bindings.
  void Reset();

  bool IsNull(int column) const;
  int64_t Int(int column) const;
  std::string Text(int column) const { return std::string(TextView(column)); }
  /// The text of `column`, valid until the next Step() or Reset().
  std::string_view TextView(int column) const;
  /// The bytes of a BLOB `column` ("" for NULL), valid until the next Step() or Reset().
  std::string_view BlobView(int column) const;
  /// The unknown date for NULL.
  Date DateAt(int column) const;

 private:
  int Index(const char* name) const;

  const SqliteDb& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace polgraph
