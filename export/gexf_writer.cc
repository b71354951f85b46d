#include "export/gexf_writer.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "export/export_fields.h"
#include "export/graph_style.h"
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

// A time an element lives: [start, end]; an unknown end is open.
struct Spell {
  Date start, end;
  auto operator<=>(const Spell&) const = default;  // NOLINT(modernize-use-nullptr)
};

// The spells of each edge: one a day of its events, or first..last.
std::vector<std::vector<Spell>> EdgeSpells(const KnowledgeGraph& graph,
                                           const WriteOptions& options) {
  std::vector<std::vector<Spell>> spells(graph.edge_count());
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    if (e < options.event_dates.size() && !options.event_dates[e].empty()) {
      for (const Date& day : options.event_dates[e])
        if (day.IsKnown()) spells[e].push_back({day, day});
    } else if (edge.first.IsKnown() || edge.last.IsKnown()) {
      spells[e].push_back({edge.first, edge.last});
    }
  }
  return spells;
}

// `spells` sorted, with overlapping and touching-at-a-day ones merged.
std::vector<Spell> Merged(std::vector<Spell> spells) {
  std::sort(spells.begin(), spells.end());
  std::vector<Spell> merged;
  for (const Spell& spell : spells) {
    if (!merged.empty() && merged.back().end.IsKnown() && spell.start.IsKnown() &&
        spell.start <= merged.back().end) {
      if (!spell.end.IsKnown() || merged.back().end < spell.end) merged.back().end = spell.end;
    } else {
      merged.push_back(spell);
    }
  }
  return merged;
}

// Each node's spells: its edges' spells merged.
std::vector<std::vector<Spell>> NodeSpells(const KnowledgeGraph& graph,
                                           const std::vector<std::vector<Spell>>& edge_spells) {
  std::vector<std::vector<Spell>> spells(graph.entity_count());
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    for (uint32_t end : {edge.subject.value, edge.object.value})
      spells[end].insert(spells[end].end(), edge_spells[e].begin(), edge_spells[e].end());
  }
  for (std::vector<Spell>& node : spells) node = Merged(std::move(node));
  return spells;
}

void WriteSpells(XmlWriter& xml, const std::vector<Spell>& spells) {
  if (spells.empty()) return;
  xml.Start("spells");
  for (const Spell& spell : spells) {
    xml.Start("spell");
    if (spell.start.IsKnown()) xml.Attribute("start", spell.start.ToIso());
    if (spell.end.IsKnown()) xml.Attribute("end", spell.end.ToIso());
    xml.End();
  }
  xml.End();
}

// <viz:color r g b> of a "#rrggbb" colour.
void WriteColor(XmlWriter& xml, std::string_view color) {
  xml.Start("viz:color");
  const char* channels[] = {"r", "g", "b"};
  for (int i = 0; i < 3; ++i) {
    std::string hex(color.substr(1 + 2 * i, 2));
    xml.Attribute(channels[i], std::to_string(std::strtol(hex.c_str(), nullptr, 16)));
  }
  xml.End();
}

// GEXF's edge shapes are solid, dotted, dashed and double; bold is solid.
std::string EdgeShape(const std::string& style) {
  return style == "dashed" || style == "dotted" ? style : "solid";
}

void WriteNodes(XmlWriter& xml, const KnowledgeGraph& graph,
                const std::vector<std::vector<Spell>>& spells) {
  xml.Start("nodes");
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    EntityId id{n};
    const Entity& entity = graph.entity(id);
    xml.Start("node");
    xml.Attribute("id", NodeId(id));
    xml.Attribute("label", entity.name);
    WriteValues(xml, {std::string(ToString(entity.type)), std::to_string(entity.mentions),
                      std::to_string(graph.degree(id))});
    WriteSpells(xml, spells[n]);
    WriteColor(xml, StyleOf(entity.type).fill);
    xml.End();
  }
  xml.End();
}

void WriteEdges(XmlWriter& xml, const KnowledgeGraph& graph, const WriteOptions& options,
                const std::vector<std::vector<Spell>>& spells) {
  xml.Start("edges");
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    EdgeId id{e};
    const Edge& edge = graph.edge(id);
    const DeclaredRelation& relation = graph.relations().Of(edge.relation);
    xml.Start("edge");
    xml.Attribute("id", EdgeKey(id));
    xml.Attribute("source", NodeId(edge.subject));
    xml.Attribute("target", NodeId(edge.object));
    if (options.symmetric_undirected && relation.symmetric) xml.Attribute("type", "undirected");
    if (options.gexf_version == GexfVersion::k1_3) xml.Attribute("kind", edge.relation.name());
    xml.Attribute("label", graph.relations().LabelOf(edge.relation));
    xml.Attribute("weight", std::to_string(edge.count));
    WriteValues(xml, {edge.relation.name(), RolesText(edge)});
    WriteSpells(xml, spells[e]);
    WriteColor(xml, relation.color);
    xml.Start("viz:shape");
    xml.Attribute("value", EdgeShape(relation.style));
    xml.End();
    xml.End();
  }
  xml.End();
}

void WriteHeader(XmlWriter& xml, GexfVersion version) {
  bool v13 = version == GexfVersion::k1_3;
  std::string ns = v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
  xml.Start("gexf");
  xml.Attribute("xmlns", ns);
  xml.Attribute("xmlns:viz", ns + "/viz");
  xml.Attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  xml.Attribute("xsi:schemaLocation", ns + " " + ns + "/gexf.xsd");
  xml.Attribute("version", v13 ? "1.3" : "1.2");
  xml.Start("meta");
  xml.TextElement("creator", "polgraph");
  xml.TextElement("description", "entities and their relations, from political news");
  xml.End();
}

}  // namespace

void WriteGexf(const KnowledgeGraph& graph, const WriteOptions& options, std::ostream& out) {
  std::vector<std::vector<Spell>> edge_spells = EdgeSpells(graph, options);
  std::vector<std::vector<Spell>> node_spells = NodeSpells(graph, edge_spells);
  XmlWriter xml(out);
  WriteHeader(xml, options.gexf_version);
  xml.Start("graph");
  xml.Attribute("defaultedgetype", "directed");
  xml.Attribute("mode", "dynamic");
  xml.Attribute("timeformat", "date");
  if (options.gexf_version == GexfVersion::k1_3) xml.Attribute("timerepresentation", "interval");
  WriteColumns(xml, "node", kNodeColumns);
  WriteColumns(xml, "edge", kEdgeColumns);
  WriteNodes(xml, graph, node_spells);
  WriteEdges(xml, graph, options, edge_spells);
  xml.Finish();
}

void WriteGexf(const KnowledgeGraph& graph, std::ostream& out) { WriteGexf(graph, {}, out); }

}  // namespace polgraph
