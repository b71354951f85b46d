#include "export/gexf_writer.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "export/export_fields.h"
#include "tests/export_test_graph.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using boost::property_tree::ptree;
using testing::TrickyGraph;

ptree ParseGexf(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteGexf(graph, out);
  std::istringstream in(out.str());
  ptree tree;
  boost::property_tree::read_xml(in, tree);
  return tree;
}

std::string Attr(const ptree& element, const std::string& name) {
  return element.get<std::string>("<xmlattr>." + name, "");
}

// attvalue "for" id -> value, mapped to the column titles.
std::map<std::string, std::string> Values(const ptree& element, const ptree& graph,
                                          const std::string& element_class) {
  std::map<std::string, std::string> titles, values;
  for (const auto& [tag, attributes] : graph)
    if (tag == "attributes" && Attr(attributes, "class") == element_class)
      for (const auto& [name, column] : attributes)
        if (name == "attribute") titles[Attr(column, "id")] = Attr(column, "title");
  if (auto attvalues = element.get_child_optional("attvalues"))
    for (const auto& [tag, value] : *attvalues)
      if (tag == "attvalue") values[titles.at(Attr(value, "for"))] = Attr(value, "value");
  return values;
}

TEST_CASE("gexf: a dynamic GEXF 1.3 graph with interval spells", "[export][gexf]") {
  ptree tree = ParseGexf(TrickyGraph());
  const ptree& gexf = tree.get_child("gexf");
  CHECK(Attr(gexf, "xmlns") == "http://gexf.net/1.3");
  CHECK(Attr(gexf, "version") == "1.3");
  const ptree& graph = gexf.get_child("graph");
  CHECK(Attr(graph, "defaultedgetype") == "directed");
  CHECK(Attr(graph, "mode") == "dynamic");
  CHECK(Attr(graph, "timeformat") == "date");
  CHECK(Attr(graph, "timerepresentation") == "interval");
}

TEST_CASE("gexf: every name, value and date span comes back", "[export][gexf]") {
  KnowledgeGraph graph = TrickyGraph();
  ptree tree = ParseGexf(graph);
  const ptree& root = tree.get_child("gexf.graph");
  std::vector<DateSpan> spans = EntitySpans(graph);

  uint32_t n = 0;
  for (const auto& [tag, node] : root.get_child("nodes")) {
    if (tag != "node") continue;
    REQUIRE(n < graph.entity_count());
    const Entity& entity = graph.entity(EntityId{n});
    CAPTURE(entity.name);
    CHECK(Attr(node, "id") == NodeId(EntityId{n}));
    CHECK(Attr(node, "label") == entity.name);
    auto values = Values(node, root, "node");
    CHECK(values["type"] == ToString(entity.type));
    CHECK(values["mentions"] == std::to_string(entity.mentions));
    CHECK(values["degree"] == std::to_string(graph.degree(EntityId{n})));
    CHECK(node.get<std::string>("spells.spell.<xmlattr>.start", "") == spans[n].first.ToIso());
    CHECK(node.get<std::string>("spells.spell.<xmlattr>.end", "") == spans[n].last.ToIso());
    ++n;
  }
  CHECK(n == graph.entity_count());

  uint32_t e = 0;
  for (const auto& [tag, element] : root.get_child("edges")) {
    if (tag != "edge") continue;
    REQUIRE(e < graph.edge_count());
    const Edge& edge = graph.edge(EdgeId{e});
    CAPTURE(e);
    CHECK(Attr(element, "id") == EdgeKey(EdgeId{e}));
    CHECK(Attr(element, "source") == NodeId(edge.subject));
    CHECK(Attr(element, "target") == NodeId(edge.object));
    CHECK(Attr(element, "kind") == edge.relation.name());
    CHECK(Attr(element, "weight") == std::to_string(edge.count));
    auto values = Values(element, root, "edge");
    CHECK(values["relation"] == edge.relation.name());
    CHECK(values["role"] == RolesText(edge));
    CHECK(element.get<std::string>("spells.spell.<xmlattr>.start", "") == edge.first.ToIso());
    CHECK(element.get<std::string>("spells.spell.<xmlattr>.end", "") == edge.last.ToIso());
    ++e;
  }
  CHECK(e == graph.edge_count());
}

TEST_CASE("gexf: an entity's spell covers its edges' dates", "[export][gexf]") {
  KnowledgeGraph graph;
  EntityId a = graph.AddEntity({"A", EntityType::kPerson, {}, 3});
  EntityId b = graph.AddEntity({"B", EntityType::kPerson, {}, 2});
  EntityId c = graph.AddEntity({"C", EntityType::kPerson, {}, 1});
  graph.AddEdge(
      {a, b, Relation::kMet, 1, *Date::FromYmd(2024, 3, 1), *Date::FromYmd(2024, 3, 1), {}});
  graph.AddEdge(
      {c, a, Relation::kMet, 2, *Date::FromYmd(2023, 5, 9), *Date::FromYmd(2024, 1, 2), {}});
  graph.AddEdge({a, c, Relation::kAnnounced, 1, {}, {}, {}});
  std::vector<DateSpan> spans = EntitySpans(graph);
  CHECK(spans[0].first.ToIso() == "2023-05-09");
  CHECK(spans[0].last.ToIso() == "2024-03-01");
  CHECK(spans[1].first.ToIso() == "2024-03-01");
  CHECK(spans[2].last.ToIso() == "2024-01-02");
  ptree tree = ParseGexf(graph);
  const ptree& last_edge = std::prev(tree.get_child("gexf.graph.edges").end())->second;
  CHECK(!last_edge.get_child_optional("spells"));  // undated: always there
}

TEST_CASE("gexf: well-formed XML in GEXF 1.3's namespace for Python", "[export][gexf][client]") {
  KnowledgeGraph graph = TrickyGraph();
  testing::TempDir dir;
  std::string path = dir.File("tricky.gexf");
  {
    std::ofstream file(path, std::ios::binary);
    WriteGexf(graph, file);
  }
  testing::CommandResult read = testing::RunClientCheck("gexf", {path});
  if (read.status == testing::kSkipped) {
    WARN("skipped: no /usr/bin/python3");
    return;
  }
  REQUIRE(read.status == 0);
  rapidjson::Document doc;
  doc.Parse(read.out.c_str());
  REQUIRE(!doc.HasParseError());
  CHECK(std::string(doc["root"].GetString()) == "{http://gexf.net/1.3}gexf");
  CHECK(std::string(doc["version"].GetString()) == "1.3");
  REQUIRE(doc["nodes"].Size() == graph.entity_count());
  REQUIRE(doc["edges"].Size() == graph.edge_count());
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    CAPTURE(graph.entity(EntityId{n}).name);
    CHECK(doc["nodes"][n]["label"].GetString() == graph.entity(EntityId{n}).name);
  }
}

}  // namespace
}  // namespace polgraph
