// CSV for neo4j-admin import (and spreadsheets): a nodes file with header
//   id:ID,name,type:LABEL,mentions:int,degree:int
// and a relationships file with header
//   :START_ID,:END_ID,:TYPE,weight:double,first:date,last:date,role
// RFC 4180: CRLF line ends; a field holding a comma, quote, CR or LF is quoted
// with quotes doubled. Against formula injection (OWASP), a text field that
// starts with = + - @, tab or CR gets a leading ' (so "=cmd" reads "'=cmd").
// :TYPE is the relation in upper case ("met" -> MET), as Neo4j names types.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace polgraph {

/// Writes the nodes file. Throws Error if the stream fails.
void WriteCsvNodes(const KnowledgeGraph& graph, std::ostream& out);
/// Writes the relationships file. Throws Error if the stream fails.
void WriteCsvEdges(const KnowledgeGraph& graph, std::ostream& out);

/// One text field as written: defused against formulas, then quoted if needed.
std::string CsvField(std::string_view text);

}  // namespace polgraph
