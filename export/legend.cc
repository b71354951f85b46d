#include "export/legend.h"

#include <algorithm>
#include <vector>

#include "export/graph_style.h"
#include "export/xml_writer.h"

namespace polgraph {
namespace {

// The relations of the graph's edges, declared ones first in declaration
// order, then undeclared ones by name.
std::vector<Relation> DrawnRelations(const KnowledgeGraph& graph) {
  std::vector<Relation> seen;
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Relation& relation = graph.edge(EdgeId{e}).relation;
    if (std::find(seen.begin(), seen.end(), relation) == seen.end()) seen.push_back(relation);
  }
  std::vector<Relation> ordered;
  for (const DeclaredRelation& declared : graph.relations().declared())
    if (std::find(seen.begin(), seen.end(), declared.relation) != seen.end())
      ordered.push_back(declared.relation);
  std::vector<Relation> undeclared;
  for (const Relation& relation : seen)
    if (!graph.relations().IsDeclared(relation)) undeclared.push_back(relation);
  std::sort(undeclared.begin(), undeclared.end(),
            [](const Relation& a, const Relation& b) { return a.name() < b.name(); });
  ordered.insert(ordered.end(), undeclared.begin(), undeclared.end());
  return ordered;
}

std::vector<EntityType> DrawnTypes(const KnowledgeGraph& graph, bool isolated) {
  std::vector<EntityType> types;
  for (const TypeStyle& style : TypeStyles()) {
    for (uint32_t n = 0; n < graph.entity_count(); ++n) {
      EntityId id{n};
      if (graph.entity(id).type != style.type || (!isolated && graph.degree(id) == 0)) continue;
      types.push_back(style.type);
      break;
    }
  }
  return types;
}

// A 36-point line sample in `color`: one cell when solid (thicker when bold),
// alternating coloured and blank cells when dashed or dotted.
std::string LineSample(const DeclaredRelation& relation) {
  int height = relation.style == "bold" ? 4 : 2;
  int piece = relation.style == "dashed" ? 6 : relation.style == "dotted" ? 2 : 36;
  std::string cells;
  for (int x = 0, i = 0; x < 36; x += piece, ++i) {
    std::string color = i % 2 == 0 ? relation.color : "white";
    cells += "<TD WIDTH=\"" + std::to_string(piece) + "\" HEIGHT=\"" + std::to_string(height) +
             "\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"" + color + "\"></TD>";
  }
  return "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>" + cells + "</TR></TABLE>";
}

std::string RelationCells(const KnowledgeGraph& graph, const Relation& relation) {
  const DeclaredRelation& declared = graph.relations().Of(relation);
  std::string name = XmlEscapedText(relation.name());
  if (declared.symmetric) name += " (both ways)";
  return "<TD>" + LineSample(declared) + "</TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"" + declared.color +
         "\">" + name + "</FONT></TD>";
}

std::string TypeCells(EntityType type) {
  const TypeStyle& style = StyleOf(type);
  std::string rounded = style.shape == "ellipse" ? " STYLE=\"ROUNDED\"" : "";
  return "<TD BORDER=\"1\" BGCOLOR=\"" + std::string(style.fill) + "\"" + rounded + ">" +
         std::string(ToString(type)) + "</TD><TD ALIGN=\"LEFT\">" + std::string(style.shape) +
         "</TD>";
}

}  // namespace

std::string LegendLabel(const KnowledgeGraph& graph, std::string_view title, bool isolated) {
  std::string relations, types;
  for (const Relation& relation : DrawnRelations(graph))
    relations += RelationCells(graph, relation);
  for (EntityType type : DrawnTypes(graph, isolated)) types += TypeCells(type);
  std::string html = "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">";
  html += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\">" + XmlEscapedText(title) +
          "</FONT></TD></TR>";
  auto row = [&](const char* heading, const std::string& cells) {
    if (cells.empty()) return;
    html += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"1\"><TR>";
    html += "<TD ALIGN=\"LEFT\"><B>" + std::string(heading) + "</B></TD>" + cells;
    html += "</TR></TABLE></TD></TR>";
  };
  row("Links:", relations);
  row("Entities:", types);
  html +=
      "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#555555\">"
      "Thicker lines were seen more often.</FONT></TD></TR></TABLE>";
  return html;
}

}  // namespace polgraph
