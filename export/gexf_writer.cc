#include "export/gexf_writer.h"

#include <string>

#include "export/export_fields.h"
#include "export/xml_writer.h"

namespace polgraph {
namespace {

// Attribute columns; their GEXF id is their position within the class.
struct Column {
  const char* title;
  const char* type;
};
constexpr Column kNodeColumns[] = {{"type", "string"}, {"mentions", "long"}, {"degree", "integer"}};
constexpr Column kEdgeColumns[] = {{"relation", "string"}, {"role", "string"}};

template <size_t N>
void WriteColumns(XmlWriter& xml, const char* element_class, const Column (&columns)[N]) {
  xml.Start("attributes");
  xml.Attribute("class", element_class);
  xml.Attribute("mode", "static");
  for (size_t i = 0; i < N; ++i) {
    xml.Start("attribute");
    xml.Attribute("id", std::to_string(i));
    xml.Attribute("title", columns[i].title);
    xml.Attribute("type", columns[i].type);
    xml.End();
  }
  xml.End();
}

// <attvalues> with one value per column, in column order; empty values are
// left out.
void WriteValues(XmlWriter& xml, std::initializer_list<std::string> values) {
  xml.Start("attvalues");
  size_t column = 0;
  for (const std::string& value : values) {
    if (!value.empty()) {
      xml.Start("attvalue");
      xml.Attribute("for", std::to_string(column));
      xml.Attribute("value", value);
      xml.End();
    }
    ++column;
  }
  xml.End();
}

// A single spell from `first` to `last`; an unknown end is left open.
void WriteSpell(XmlWriter& xml, const Date& first, const Date& last) {
  if (!first.IsKnown() && !last.IsKnown()) return;
  xml.Start("spells");
  xml.Start("spell");
  if (first.IsKnown()) xml.Attribute("start", first.ToIso());
  if (last.IsKnown()) xml.Attribute("end", last.ToIso());
  xml.End();
  xml.End();
}

void WriteNodes(XmlWriter& xml, const KnowledgeGraph& graph) {
  std::vector<DateSpan> spans = EntitySpans(graph);
  xml.Start("nodes");
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    EntityId id{n};
    const Entity& entity = graph.entity(id);
    xml.Start("node");
    xml.Attribute("id", NodeId(id));
    xml.Attribute("label", entity.name);
    WriteValues(xml, {std::string(ToString(entity.type)), std::to_string(entity.mentions),
                      std::to_string(graph.degree(id))});
    WriteSpell(xml, spans[n].first, spans[n].last);
    xml.End();
  }
  xml.End();
}

void WriteEdges(XmlWriter& xml, const KnowledgeGraph& graph) {
  xml.Start("edges");
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    EdgeId id{e};
    const Edge& edge = graph.edge(id);
    xml.Start("edge");
    xml.Attribute("id", EdgeKey(id));
    xml.Attribute("source", NodeId(edge.subject));
    xml.Attribute("target", NodeId(edge.object));
    xml.Attribute("kind", edge.relation.name());
    xml.Attribute("label", graph.relations().LabelOf(edge.relation));
    xml.Attribute("weight", std::to_string(edge.count));
    WriteValues(xml, {edge.relation.name(), RolesText(edge)});
    WriteSpell(xml, edge.first, edge.last);
    xml.End();
  }
  xml.End();
}

}  // namespace

void WriteGexf(const KnowledgeGraph& graph, std::ostream& out) {
  XmlWriter xml(out);
  xml.Start("gexf");
  xml.Attribute("xmlns", "http://gexf.net/1.3");
  xml.Attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  xml.Attribute("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
  xml.Attribute("version", "1.3");
  xml.Start("meta");
  xml.TextElement("creator", "polgraph");
  xml.TextElement("description", "entities and their relations, from political news");
  xml.End();
  xml.Start("graph");
  xml.Attribute("defaultedgetype", "directed");
  xml.Attribute("mode", "dynamic");
  xml.Attribute("timeformat", "date");
  xml.Attribute("timerepresentation", "interval");
  WriteColumns(xml, "node", kNodeColumns);
  WriteColumns(xml, "edge", kEdgeColumns);
  WriteNodes(xml, graph);
  WriteEdges(xml, graph);
  xml.Finish();
}

}  // namespace polgraph
