#include "graph/sqlite_filter.h"

namespace polgraph {

std::string FilterSql(const TripleFilter& filter, const std::string& t) {
  std::string sql;
  if (filter.relation) sql += " AND " + t + "relation = :relation";
  if (filter.since.IsKnown()) sql += " AND " + t + "date >= :since";
  if (filter.until.IsKnown()) sql += " AND " + t + "date <= :until";
  if (!filter.entity.empty() && filter.other.empty()) {
    sql += " AND (" + t + "subject = :entity OR " + t + "object = :entity)";
  } else if (!filter.entity.empty()) {
    sql += " AND ((" + t + "subject = :entity AND " + t + "object = :other) OR (" + t +
           "subject = :other AND " + t + "object = :entity))";
  }
  return sql;
}

void BindFilterValues(SqliteStatement& statement, const TripleFilter& filter) {
  if (filter.relation) statement.Bind(":relation", filter.relation->name());
  statement.Bind(":since", filter.since);
  statement.Bind(":until", filter.until);
}

}  // namespace polgraph
