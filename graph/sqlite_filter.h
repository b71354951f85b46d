// A TripleFilter as SQL over the triples table of the SQLite store, shared
// by the store (graph/sqlite_store.cc) and its link reader
// (graph/sqlite_link_reader.h). For the SQLite backend only.
#pragma once

#include <string>

#include "graph/sqlite_db.h"
#include "graph/store.h"

namespace polgraph {

/// The conditions of `filter` over the triples table (columns prefixed with
/// `t`), as " AND ..." with the named parameters :relation, :since, :until,
/// :entity and :other.
std::string FilterSql(const TripleFilter& filter, const std::string& t);

/// Binds :relation, :since and :until of `filter` (the entity's rowids are
/// the caller's to bind).
void BindFilterValues(SqliteStatement& statement, const TripleFilter& filter);

}  // namespace polgraph
