#include "export/csv_writer.h"

#include <iomanip>
#include <sstream>

#include "base/error.h"
#include "export/export_fields.h"

namespace polgraph {
namespace {

constexpr std::string_view kNeo4jNodesHeader = "id:ID,name,type:LABEL,mentions:int,degree:int";
constexpr std::string_view kNeo4jEdgesHeader =
    ":START_ID,:END_ID,:TYPE,weight:double,first:date,last:date,role";
constexpr std::string_view kGephiNodesHeader = "Id,Label,type,mentions,degree";
constexpr std::string_view kGephiEdgesHeader =
    "Source,Target,Type,Id,Label,Weight,relation,first,last,role";
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

void WriteNeo4jEdge(const Edge& edge, std::ostream& out) {
  out << NodeId(edge.subject) << ',' << NodeId(edge.object) << ','
      << UpperCase(edge.relation.name()) << ',' << edge.count << ',' << edge.first.ToIso() << ','
      << edge.last.ToIso() << ',' << CsvField(RolesText(edge), false) << kRecordEnd;
}

void WriteGephiEdge(const KnowledgeGraph& graph, EdgeId id, const WriteOptions& options,
                    std::ostream& out) {
  const Edge& edge = graph.edge(id);
  bool undirected = options.symmetric_undirected && graph.relations().IsSymmetric(edge.relation);
  std::string relation = CsvField(edge.relation.name(), true);
  out << NodeId(edge.subject) << ',' << NodeId(edge.object) << ','
      << (undirected ? "Undirected" : "Directed") << ',' << EdgeKey(id) << ',' << relation << ','
      << edge.count << ',' << relation << ',' << edge.first.ToIso() << ',' << edge.last.ToIso()
      << ',' << CsvField(RolesText(edge), true) << kRecordEnd;
}

}  // namespace

std::string CsvField(std::string_view text, bool formula_guard) {
  std::string value =
      formula_guard && StartsFormula(text) ? "'" + std::string(text) : std::string(text);
  if (!NeedsQuotes(value)) return value;
  std::ostringstream quoted;  // std::quoted with '"' as delimiter and escape doubles quotes
  quoted << std::quoted(value, '"', '"');
  return quoted.str();
}

void WriteCsvNodes(const KnowledgeGraph& graph, CsvDialect dialect, std::ostream& out) {
  bool gephi = dialect == CsvDialect::kGephi;
  out << (gephi ? kGephiNodesHeader : kNeo4jNodesHeader) << kRecordEnd;
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    EntityId id{n};
    const Entity& entity = graph.entity(id);
    out << NodeId(id) << ',' << CsvField(entity.name, gephi) << ',' << ToString(entity.type) << ','
        << entity.mentions << ',' << graph.degree(id) << kRecordEnd;
  }
  Finish(out);
}

void WriteCsvEdges(const KnowledgeGraph& graph, CsvDialect dialect, const WriteOptions& options,
                   std::ostream& out) {
  bool gephi = dialect == CsvDialect::kGephi;
  out << (gephi ? kGephiEdgesHeader : kNeo4jEdgesHeader) << kRecordEnd;
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    if (gephi) {
      WriteGephiEdge(graph, EdgeId{e}, options, out);
    } else {
      WriteNeo4jEdge(graph.edge(EdgeId{e}), out);
    }
  }
  Finish(out);
}

}  // namespace polgraph
