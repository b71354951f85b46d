#include "export/graphml_writer.h"

#include <string>

#include "export/export_fields.h"
#include "export/xml_writer.h"

namespace polgraph {
namespace {

// The attributes, in the order their <key>s are declared; the key id is "d"
// followed by the position.
struct Key {
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;
};
constexpr Key kKeys[] = {
    {"node", "label", "string"}, {"node", "type", "string"},     {"node", "mentions", "int"},
    {"node", "degree", "int"},   {"edge", "relation", "string"}, {"edge", "weight", "double"},
    {"edge", "first", "string"}, {"edge", "last", "string"},     {"edge", "role", "string"},
};

std::string KeyId(std::string_view domain, std::string_view name) {
  for (size_t i = 0; i < std::size(kKeys); ++i)
    if (kKeys[i].domain == domain && kKeys[i].name == name) return "d" + std::to_string(i);
  return "";  // not reached: every name written is declared above
}

void WriteKeys(XmlWriter& xml) {
  for (size_t i = 0; i < std::size(kKeys); ++i) {
    xml.Start("key");
    xml.Attribute("id", "d" + std::to_string(i));
    xml.Attribute("for", kKeys[i].domain);
    xml.Attribute("attr.name", kKeys[i].name);
    xml.Attribute("attr.type", kKeys[i].type);
    xml.End();
  }
}

void WriteData(XmlWriter& xml, std::string_view domain, std::string_view name,
               std::string_view value) {
  if (value.empty()) return;
  xml.Start("data");
  xml.Attribute("key", KeyId(domain, name));
  xml.Text(value);
  xml.End();
}

void WriteNode(XmlWriter& xml, const KnowledgeGraph& graph, EntityId id) {
  const Entity& entity = graph.entity(id);
  xml.Start("node");
  xml.Attribute("id", NodeId(id));
  WriteData(xml, "node", "label", entity.name);
  WriteData(xml, "node", "type", ToString(entity.type));
  WriteData(xml, "node", "mentions", std::to_string(entity.mentions));
  WriteData(xml, "node", "degree", std::to_string(graph.degree(id)));
  xml.End();
}

void WriteEdge(XmlWriter& xml, const KnowledgeGraph& graph, EdgeId id) {
  const Edge& edge = graph.edge(id);
  xml.Start("edge");
  xml.Attribute("id", EdgeKey(id));
  xml.Attribute("source", NodeId(edge.subject));
  xml.Attribute("target", NodeId(edge.object));
  WriteData(xml, "edge", "relation", edge.relation.name());
  WriteData(xml, "edge", "weight", std::to_string(edge.count));
  WriteData(xml, "edge", "first", edge.first.ToIso());
  WriteData(xml, "edge", "last", edge.last.ToIso());
  WriteData(xml, "edge", "role", RolesText(edge));
  xml.End();
}

}  // namespace

void WriteGraphml(const KnowledgeGraph& graph, std::ostream& out) {
  XmlWriter xml(out);
  xml.Start("graphml");
  xml.Attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
  xml.Attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  xml.Attribute("xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns "
                "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
  WriteKeys(xml);
  xml.Start("graph");
  xml.Attribute("id", "G");
  xml.Attribute("edgedefault", "directed");
  for (uint32_t n = 0; n < graph.entity_count(); ++n) WriteNode(xml, graph, EntityId{n});
  for (uint32_t e = 0; e < graph.edge_count(); ++e) WriteEdge(xml, graph, EdgeId{e});
  xml.Finish();
}

}  // namespace polgraph
