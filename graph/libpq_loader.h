// libpq, PostgreSQL's client library, loaded when a PostgreSQL store is first
// opened instead of linked into every polgraph process: linked, it made every
// command, on SQLite too, load libpq and the 21 libraries it needs (TLS,
// Kerberos, LDAP), half of the time `polgraph --version` takes.
// The functions the store calls are resolved by name from the loaded library
// into a table whose types are libpq-fe.h's own declarations. The library is
// loaded at most once and never unloaded; a missing library or function is an
// Error naming the library.
#pragma once

#include <libpq-fe.h>

#include <string>

namespace polgraph {

// The libpq functions polgraph calls: add one here to call it as pq.NAME.
#define POLGRAPH_LIBPQ_FUNCTIONS(X) \
  X(PQclear)                        \
  X(PQcmdTuples)                    \
  X(PQconnectdbParams)              \
  X(PQerrorMessage)                 \
  X(PQexec)                         \
  X(PQexecParams)                   \
  X(PQfinish)                       \
  X(PQgetisnull)                    \
  X(PQgetlength)                    \
  X(PQgetvalue)                     \
  X(PQntuples)                      \
  X(PQresultErrorField)             \
  X(PQresultStatus)                 \
  X(PQsetClientEncoding)            \
  X(PQsetNoticeProcessor)           \
  X(PQstatus)                       \
  X(PQtransactionStatus)

/// libpq's functions, resolved from a loaded library, each of the type
/// libpq-fe.h declares it with.
struct LibPq {
// NOLINTNEXTLINE(bugprone-macro-parentheses): `name` is a name, not an expression
#define POLGRAPH_LIBPQ_MEMBER(name) decltype(&::name) name = nullptr;
  POLGRAPH_LIBPQ_FUNCTIONS(POLGRAPH_LIBPQ_MEMBER)
#undef POLGRAPH_LIBPQ_MEMBER
};

/// The library's file name as dlopen looks it up: libpq's ABI 5.
inline constexpr char kLibPqFile[] = "libpq.so.5";

/// Loads the library `file` (a name the dynamic loader searches for, or a
/// path) and resolves every function of LibPq from it. The library stays
/// loaded. Throws Error ("cannot load FILE ...: why") when it cannot be
/// loaded or lacks one of the functions.
LibPq LoadLibPq(const std::string& file);

/// libpq (kLibPqFile), loaded on the first call; later calls, from any
/// thread, return the same table. Throws as LoadLibPq; a call after a
/// failure tries again.
const LibPq& TheLibPq();

}  // namespace polgraph
