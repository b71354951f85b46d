#include "export/csv_writer.h"

#include <iomanip>
#include <sstream>

#include "export/export_fields.h"
#include "base/error.h"

namespace polgraph {
namespace {

constexpr std::string_view kNodesHeader = "id:ID,name,type:LABEL,mentions:int,degree:int";
constexpr std::string_view kEdgesHeader =
    ":START_ID,:END_ID,:TYPE,weight:double,first:date,last:date,role";
constexpr std::string_view kRecordEnd = "\r\n";

bool StartsFormula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

bool NeedsQuotes(std::string_view text) {
  return text.find_first_of(",\"\r\n") != std::string_view::npos;
}

std::string UpperCase(std::string_view name) {
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return upper;
}

void Finish(std::ostream& out) {
  out.flush();
  if (!out) throw Error("CSV output: the stream failed");
}

}  // namespace

std::string CsvField(std::string_view text) {
  std::string value = StartsFormula(text) ? "'" + std::string(text) : std::string(text);
  if (!NeedsQuotes(value)) return value;
  std::ostringstream quoted;  // std::quoted with '"' as delimiter and escape doubles quotes
  quoted << std::quoted(value, '"', '"');
  return quoted.str();
}

void WriteCsvNodes(const KnowledgeGraph& graph, std::ostream& out) {
  out << kNodesHeader << kRecordEnd;
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    EntityId id{n};
    const Entity& entity = graph.entity(id);
    out << NodeId(id) << ',' << CsvField(entity.name) << ',' << ToString(entity.type) << ','
        << entity.mentions << ',' << graph.degree(id) << kRecordEnd;
  }
  Finish(out);
}

void WriteCsvEdges(const KnowledgeGraph& graph, std::ostream& out) {
  out << kEdgesHeader << kRecordEnd;
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    out << NodeId(edge.subject) << ',' << NodeId(edge.object) << ','
        << UpperCase(edge.relation.name()) << ',' << edge.count << ',' << edge.first.ToIso() << ','
        << edge.last.ToIso() << ',' << CsvField(RolesText(edge)) << kRecordEnd;
  }
  Finish(out);
}

}  // namespace polgraph
