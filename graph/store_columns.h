// What the two store backends (graph/sqlite_store.cc, graph/postgres_store.cc)
// share about their tables: how an entity's aliases, an entity type and a
// relation are held in a column, and the columns a triple is read back from.
// Only the backends include this; the rest of polgraph sees graph/store.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/triple.h"

namespace polgraph {

/// The columns LoadTriples reads, in the order ReadTripleRow takes them, and
/// the joins that give them (triples t, items i, subject s, object o). Both
/// dialects accept it as written.
inline constexpr std::string_view kSelectTripleColumns =
    "SELECT i.source, i.position, i.item_id, t.date, s.name, s.type, t.relation, o.name, "
    "o.type, t.role, t.sentence, t.rule, i.title, i.url, i.publisher, t.statement "
    "FROM triples t JOIN items i ON i.id = t.item "
    "LEFT JOIN entities s ON s.id = t.subject LEFT JOIN entities o ON o.id = t.object ";

/// An entity's aliases as the aliases column holds them: one a line.
std::string EncodeAliases(const std::vector<std::string>& aliases);
/// The aliases an aliases column holds (inverse of EncodeAliases).
std::vector<std::string> DecodeAliases(std::string_view column);

/// The type a type column holds; kUnknown for anything else.
EntityType StoredEntityType(std::string_view column);
/// The relation a relation column holds; met for a malformed name (which the
/// backends never write).
Relation StoredRelation(std::string_view column);

/// Reads a row of kSelectTripleColumns into `*triple`. `row` gives
/// IsNull(column), Text(column), Int(column) and DateAt(column), from 0. A
/// NULL subject is the unnamed agent, a NULL object no object.
template <typename Row>
void ReadTripleRow(const Row& row, Triple* triple) {
  Evidence& evidence = triple->evidence;
  evidence.source = row.Text(0);
  evidence.item = row.Int(1);
  evidence.item_id = row.Text(2);
  evidence.date = row.DateAt(3);
  triple->subject =
      row.IsNull(4) ? EntityRef::Unnamed() : EntityRef{row.Text(4), StoredEntityType(row.Text(5))};
  triple->relation = StoredRelation(row.Text(6));
  triple->object =
      row.IsNull(7) ? EntityRef{} : EntityRef{row.Text(7), StoredEntityType(row.Text(8))};
  triple->role = row.Text(9);
  evidence.sentence = row.Text(10);
  evidence.rule = row.Text(11);
  evidence.title = row.Text(12);
  evidence.url = row.Text(13);
  evidence.publisher = row.Text(14);
  triple->statement = row.Text(15);
}

}  // namespace polgraph
