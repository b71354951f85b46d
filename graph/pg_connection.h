// A thin owner of a libpq connection and its results, for the PostgreSQL
// store only. Values always travel as parameters ($1, $2, ...), never inside
// the SQL text. Every failure throws PgError: a polgraph::Error naming the
// database by its URL without the password, carrying PostgreSQL's SQLSTATE.
// The connection never prints: server notices are dropped.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/error.h"

struct pg_conn;
struct pg_result;

namespace polgraph {

class PgError : public Error {
 public:
  PgError(std::string problem, Place place, std::string sqlstate);

  /// The five-character SQLSTATE, or "" when the server gave none.
  const std::string& sqlstate() const { return sqlstate_; }
  /// Whether running the transaction again may succeed: a serialization
  /// failure (40001) or a deadlock (40P01).
  bool IsRetryable() const;

 private:
  std::string sqlstate_;
};

/// A statement parameter in text form; nullopt is NULL.
using PgParam = std::optional<std::string>;

/// The parameter for a date: "YYYY-MM-DD", or NULL for the unknown date.
PgParam DateParam(Date date);

/// The rows a statement returned, all values in text form.
class PgResult {
 public:
  explicit PgResult(pg_result* result);
  ~PgResult();
  PgResult(PgResult&&) noexcept;
  PgResult& operator=(PgResult&&) noexcept;
  PgResult(const PgResult&) = delete;  // owns the result

  int rows() const;
  /// Rows an INSERT, UPDATE or DELETE changed.
  long affected() const;
  bool IsNull(int row, int column) const;
  std::string Text(int row, int column) const;
  int64_t Int(int row, int column) const;
  /// The unknown date for NULL. REQUIRES: the column is a date in ISO style.
  Date DateAt(int row, int column) const;

 private:
  friend class PgConnection;
  pg_result* result_;
};

class PgConnection {
 public:
  /// Connects to the database at `url` (a libpq URL). Throws PgError.
  explicit PgConnection(const std::string& url);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;  // owns the connection
  PgConnection& operator=(const PgConnection&) = delete;

  /// Runs one statement with its parameters. Throws PgError.
  PgResult Execute(std::string_view sql, const std::vector<PgParam>& params = {});
  /// Runs a script of statements without parameters (schema migrations).
  void ExecuteScript(std::string_view sql);
  /// Runs the query through a cursor, calling `visit` with each fetched chunk
  /// of rows, so a large answer never sits in memory whole.
  /// REQUIRES: called inside a transaction.
  void ForEachChunk(std::string_view query, const std::vector<PgParam>& params,
                    const std::function<void(const PgResult&)>& visit);
  /// Whether a transaction is open on the connection.
  bool InTransaction() const;

  /// The database as messages name it: the URL without the password.
  const std::string& name() const { return name_; }
  /// The place errors about the whole database carry: its name.
  Place place() const;

 private:
  [[noreturn]] void Fail(std::string_view what, const pg_result* result) const;

  pg_conn* conn_ = nullptr;
  std::string name_;
  int cursors_ = 0;  // cursors declared so far; names them uniquely
};

/// BEGIN ... COMMIT; rolls back when left without Commit(). When a
/// transaction is already open it joins it and neither begins nor ends it.
class PgTransaction {
 public:
  /// `begin` is the statement that opens it, e.g. "BEGIN" or
  /// "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY".
  PgTransaction(PgConnection& connection, std::string_view begin = "BEGIN");
  ~PgTransaction();
  PgTransaction(const PgTransaction&) = delete;
  PgTransaction& operator=(const PgTransaction&) = delete;
  void Commit();

 private:
  PgConnection& connection_;
  bool owner_;
  bool done_ = false;
};

}  // namespace polgraph
