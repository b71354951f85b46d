#include "export/gexf_writer.h"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "export/export_fields.h"
#include "export/graph_style.h"
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
    // The node's spells (its edges' spans merged) run from its first date to its last.
    std::vector<std::pair<std::string, std::string>> spells;
    if (auto node_spells = node.get_child_optional("spells"))
      for (const auto& [spell_tag, spell] : *node_spells)
        spells.emplace_back(Attr(spell, "start"), Attr(spell, "end"));
    CHECK(spells.empty() == !spans[n].first.IsKnown());
    if (!spells.empty()) {
      CHECK(spells.front().first == spans[n].first.ToIso());
      CHECK(spells.back().second == spans[n].last.ToIso());
    }
    CHECK(node.get<std::string>("viz:color.<xmlattr>.r", "") != "");
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
    CHECK(Attr(element, "type") == (edge.relation == Relation::kMet ? "undirected" : ""));
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

TEST_CASE("gexf: one spell a day with events, nodes over their edges' days", "[export][gexf]") {
  KnowledgeGraph graph;
  EntityId a = graph.AddEntity({"Anna", EntityType::kPerson, {}, 4});
  EntityId b = graph.AddEntity({"Boris", EntityType::kPerson, {}, 3});
  EntityId c = graph.AddEntity({"Clara", EntityType::kPerson, {}, 1});
  graph.AddEdge(
      {a, b, Relation::kMet, 3, *Date::FromYmd(2024, 1, 3), *Date::FromYmd(2024, 9, 1), {}});
  graph.AddEdge({c,
                 a,
                 Relation::kAppointed,
                 1,
                 *Date::FromYmd(2024, 5, 5),
                 *Date::FromYmd(2024, 5, 5),
                 {"Envoy"}});
  auto event = [](const char* subject, const Relation& relation, const char* object, Date date) {
    Triple triple{
        {subject, EntityType::kPerson}, relation, {object, EntityType::kPerson}, "", {}, {}};
    triple.evidence.date = date;
    return triple;
  };
  std::vector<Triple> events = {
      event("Anna", Relation::kMet, "Boris", *Date::FromYmd(2024, 9, 1)),
      event("Anna", Relation::kMet, "Boris", *Date::FromYmd(2024, 1, 3)),
      event("Anna", Relation::kMet, "Boris", *Date::FromYmd(2024, 1, 3)),  // the same day
      event("Clara", Relation::kAppointed, "Anna", *Date::FromYmd(2024, 5, 5)),
      event("Boris", Relation::kMet, "Clara", *Date::FromYmd(2024, 2, 2)),  // no such edge
      event("Anna", Relation::kMet, "Boris", Date()),                       // undated
  };
  WriteOptions options;
  options.event_dates = EventDates(graph, events);
  REQUIRE(options.event_dates.size() == 2);
  CHECK(options.event_dates[0] ==
        std::vector<Date>{*Date::FromYmd(2024, 1, 3), *Date::FromYmd(2024, 9, 1)});
  std::ostringstream out;
  WriteGexf(graph, options, out);
  std::istringstream in(out.str());
  ptree tree;
  boost::property_tree::read_xml(in, tree);
  auto spells = [](const ptree& element) {
    std::vector<std::string> days;
    for (const auto& [tag, spell] : element.get_child("spells"))
      days.push_back(Attr(spell, "start") + ".." + Attr(spell, "end"));
    return days;
  };
  const ptree& edges = tree.get_child("gexf.graph.edges");
  CHECK(spells(edges.begin()->second) ==
        std::vector<std::string>{"2024-01-03..2024-01-03", "2024-09-01..2024-09-01"});
  const ptree& nodes = tree.get_child("gexf.graph.nodes");
  CHECK(spells(nodes.begin()->second) == std::vector<std::string>{"2024-01-03..2024-01-03",
                                                                  "2024-05-05..2024-05-05",
                                                                  "2024-09-01..2024-09-01"});
}

TEST_CASE("gexf: colours and line styles of the rendered picture", "[export][gexf]") {
  KnowledgeGraph graph;
  EntityId a = graph.AddEntity({"Anna", EntityType::kPerson, {}, 2});
  EntityId b = graph.AddEntity({"Bank", EntityType::kOrganization, {}, 2});
  graph.AddEdge({a, b, Relation::kAnnounced, 1, {}, {}, {}});
  graph.AddEdge({b, a, Relation::kMet, 1, {}, {}, {}});
  ptree tree = ParseGexf(graph);
  auto rgb = [](const ptree& element) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "#%02x%02x%02x", element.get<int>("viz:color.<xmlattr>.r"),
                  element.get<int>("viz:color.<xmlattr>.g"),
                  element.get<int>("viz:color.<xmlattr>.b"));
    return std::string(hex);
  };
  const ptree& nodes = tree.get_child("gexf.graph.nodes");
  CHECK(rgb(nodes.begin()->second) == StyleOf(EntityType::kPerson).fill);
  CHECK(rgb(std::next(nodes.begin())->second) == StyleOf(EntityType::kOrganization).fill);
  const ptree& edges = tree.get_child("gexf.graph.edges");
  const DeclaredRelation& announced = graph.relations().Of(Relation::kAnnounced);
  CHECK(rgb(edges.begin()->second) == announced.color);
  CHECK(edges.begin()->second.get<std::string>("viz:shape.<xmlattr>.value") == "dashed");
  CHECK(std::next(edges.begin())->second.get<std::string>("viz:shape.<xmlattr>.value") == "solid");
  CHECK(Attr(tree.get_child("gexf"), "xmlns:viz") == "http://gexf.net/1.3/viz");
}

TEST_CASE("gexf: version 1.2 for readers that know no 1.3", "[export][gexf]") {
  WriteOptions options;
  options.gexf_version = GexfVersion::k1_2;
  options.symmetric_undirected = false;
  std::ostringstream out;
  WriteGexf(TrickyGraph(), options, out);
  std::istringstream in(out.str());
  ptree tree;
  boost::property_tree::read_xml(in, tree);
  const ptree& gexf = tree.get_child("gexf");
  CHECK(Attr(gexf, "xmlns") == "http://www.gexf.net/1.2draft");
  CHECK(Attr(gexf, "xmlns:viz") == "http://www.gexf.net/1.2draft/viz");
  CHECK(Attr(gexf, "version") == "1.2");
  CHECK(Attr(gexf.get_child("graph"), "timerepresentation") == "");  // 1.3 only
  for (const auto& [tag, edge] : gexf.get_child("graph.edges")) {
    CHECK(Attr(edge, "kind") == "");  // 1.3 only
    CHECK(Attr(edge, "type") == "");  // every edge directed, as asked
  }
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
