// CSV in two dialects, each a nodes file and an edges file. RFC 4180: CRLF
// line ends; a field holding a comma, quote, CR or LF is quoted with quotes
// doubled.
//
// Neo4j (neo4j-admin database import): headers
//   id:ID,name,type:LABEL,mentions:int,degree:int
//   :START_ID,:END_ID,:TYPE,weight:double,first:date,last:date,role
// with :TYPE the relation in upper case ("met" -> MET), as Neo4j names types.
// Text is written as it is: neo4j-admin is not a spreadsheet.
//
// Gephi (Data Laboratory › Import Spreadsheet): headers
//   Id,Label,type,mentions,degree
//   Source,Target,Type,Id,Label,Weight,relation,first,last,role
// with Type "Undirected" for a symmetric relation ("met"; "Directed" when
// every edge is asked directed) and "Directed" otherwise, Label the relation.
// Against formula injection in spreadsheets (OWASP), a text field that
// starts with = + - @, tab or CR gets a leading ' (so "=cmd" reads "'=cmd").
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "export/write_options.h"
#include "graph/knowledge_graph.h"

namespace polgraph {

enum class CsvDialect { kNeo4j, kGephi };

/// Writes the nodes file. Throws Error if the stream fails.
void WriteCsvNodes(const KnowledgeGraph& graph, CsvDialect dialect, std::ostream& out);
/// Writes the edges (relationships) file. Throws Error if the stream fails.
void WriteCsvEdges(const KnowledgeGraph& graph, CsvDialect dialect, const WriteOptions& options,
                   std::ostream& out);

/// One text field as written: quoted if needed, after the formula guard when
/// `formula_guard`.
std::string CsvField(std::string_view text, bool formula_guard);

}  // namespace polgraph
