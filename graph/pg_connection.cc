#include "graph/pg_connection.h"

#include <cctype>
#include <charconv>

#include "graph/libpq_loader.h"
#include "graph/postgres_url.h"

namespace polgraph {
namespace {

// Rows a cursor hands over at a time.
constexpr int kChunkRows = 5000;

// libpq's multi-line messages as one line: runs of white space that hold a
// line break become one space, and the trailing newline goes.
std::string OneLine(std::string_view message) {
  std::string out;
  bool pending_space = false;
  for (char c : message) {
    if (c == '\n' || c == '\r' || ((c == '\t' || c == ' ') && pending_space)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

void IgnoreNotice(void*, const char*) {}

// libpq's functions, loaded by the first PgConnection's constructor: every
// other caller holds a connection or one of its results.
const LibPq& Pq() { return TheLibPq(); }

}  // namespace

PgError::PgError(std::string problem, Place place, std::string sqlstate)
    : Error(std::move(problem), std::move(place)), sqlstate_(std::move(sqlstate)) {}

bool PgError::IsRetryable() const { return sqlstate_ == "40001" || sqlstate_ == "40P01"; }

PgParam DateParam(Date date) {
  if (!date.IsKnown()) return std::nullopt;
  return date.ToIso();
}

PgResult::PgResult(pg_result* result) : result_(result) {}
PgResult::~PgResult() { Pq().PQclear(result_); }
PgResult::PgResult(PgResult&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
PgResult& PgResult::operator=(PgResult&& other) noexcept {
  std::swap(result_, other.result_);
  return *this;
}

int PgResult::rows() const { return Pq().PQntuples(result_); }

long PgResult::affected() const {
  const char* text = Pq().PQcmdTuples(result_);
  long count = 0;
  std::from_chars(text, text + std::char_traits<char>::length(text), count);
  return count;
}

bool PgResult::IsNull(int row, int column) const { return Pq().PQgetisnull(result_, row, column); }

std::string PgResult::Text(int row, int column) const {
  const LibPq& pq = Pq();
  return std::string(pq.PQgetvalue(result_, row, column), pq.PQgetlength(result_, row, column));
}

int64_t PgResult::Int(int row, int column) const {
  const LibPq& pq = Pq();
  const char* text = pq.PQgetvalue(result_, row, column);
  int64_t value = 0;
  std::from_chars(text, text + pq.PQgetlength(result_, row, column), value);
  return value;
}

Date PgResult::DateAt(int row, int column) const {
  if (IsNull(row, column)) return {};
  return Date::ParseIso(Text(row, column)).value_or(Date());
}

PgConnection::PgConnection(const std::string& url) : name_(MaskPassword(url)) {
  const LibPq* pq = nullptr;
  try {
    pq = &TheLibPq();
  } catch (const Error& e) {
    throw PgError("cannot connect: " + e.problem(), place(), "");
  }
  const char* keywords[] = {"fallback_application_name", "dbname", nullptr};
  const char* values[] = {"polgraph", url.c_str(), nullptr};
  conn_ = pq->PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (conn_ == nullptr) throw PgError("cannot connect: out of memory", place(), "");
  if (pq->PQstatus(conn_) != CONNECTION_OK) {
    std::string message = OneLine(pq->PQerrorMessage(conn_));
    pq->PQfinish(conn_);
    conn_ = nullptr;
    throw PgError("cannot connect: " + message, place(), "");
  }
  pq->PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
  try {
    if (pq->PQsetClientEncoding(conn_, "UTF8") != 0) Fail("setting the client encoding", nullptr);
    ExecuteScript("SET datestyle = ISO, YMD");
  } catch (...) {
    pq->PQfinish(conn_);
    throw;
  }
}

PgConnection::~PgConnection() { Pq().PQfinish(conn_); }

void PgConnection::Fail(std::string_view what, const pg_result* result) const {
  const LibPq& pq = Pq();
  const char* primary = result ? pq.PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  const char* sqlstate = result ? pq.PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string message = primary ? primary : OneLine(pq.PQerrorMessage(conn_));
  throw PgError(std::string(what) + ": " + message, place(), sqlstate ? sqlstate : "");
}

PgResult PgConnection::Execute(std::string_view sql, const std::vector<PgParam>& params) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const PgParam& param : params) values.push_back(param ? param->c_str() : nullptr);
  std::string text(sql);
  PgResult result(Pq().PQexecParams(conn_, text.c_str(), static_cast<int>(values.size()), nullptr,
                                    values.data(), nullptr, nullptr, /*resultFormat=*/0));
  // A null result (out of memory, lost connection) reads as PGRES_FATAL_ERROR.
  ExecStatusType status = Pq().PQresultStatus(result.result_);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    Fail("running a statement", result.result_);
  }
  return result;
}

void PgConnection::ExecuteScript(std::string_view sql) {
  std::string text(sql);
  PgResult result(Pq().PQexec(conn_, text.c_str()));
  ExecStatusType status = Pq().PQresultStatus(result.result_);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    Fail("running a script", result.result_);
  }
}

void PgConnection::ForEachChunk(std::string_view query, const std::vector<PgParam>& params,
                                const std::function<void(const PgResult&)>& visit) {
  // The cursor's name is ours, never data.
  std::string cursor = "polgraph_cursor_" + std::to_string(++cursors_);
  Execute("DECLARE " + cursor + " NO SCROLL CURSOR FOR " + std::string(query), params);
  std::string fetch = "FETCH FORWARD " + std::to_string(kChunkRows) + " FROM " + cursor;
  for (;;) {
    PgResult chunk = Execute(fetch);
    if (chunk.rows() > 0) visit(chunk);
    if (chunk.rows() < kChunkRows) break;
  }
  Execute("CLOSE " + cursor);
}

Place PgConnection::place() const {
  Place place;
  place.file = name_;
  return place;
}

bool PgConnection::InTransaction() const { return Pq().PQtransactionStatus(conn_) != PQTRANS_IDLE; }

PgTransaction::PgTransaction(PgConnection& connection, std::string_view begin)
    : connection_(connection), owner_(!connection.InTransaction()) {
  if (owner_) connection_.Execute(begin);
}

PgTransaction::~PgTransaction() {
  if (!owner_ || done_) return;
  try {
    connection_.Execute("ROLLBACK");
  } catch (const Error&) {  // the error that got us here is the one to report
  }
}

void PgTransaction::Commit() {
  if (owner_) connection_.Execute("COMMIT");
  done_ = true;
}

}  // namespace polgraph
