#include "export/graphml_writer.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "base/error.h"
#include "export/export_fields.h"
#include "tests/export_test_graph.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::TrickyGraph;

std::string Graphml(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteGraphml(graph, out);
  return out.str();
}

// The graph as Boost's read_graphml sees it.
struct ReadNode {
  std::string label, name, type;
  int mentions = 0, degree = 0;
};
struct ReadEdge {
  std::string relation, first, last, role;
  double weight = 0;
};
using ReadGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadNode, ReadEdge>;

ReadGraph ReadBack(const std::string& text) {
  ReadGraph read;
  boost::dynamic_properties properties;  // throws on any attribute not listed here
  properties.property("label", boost::get(&ReadNode::label, read));
  properties.property("name", boost::get(&ReadNode::name, read));
  properties.property("type", boost::get(&ReadNode::type, read));
  properties.property("mentions", boost::get(&ReadNode::mentions, read));
  properties.property("degree", boost::get(&ReadNode::degree, read));
  properties.property("relation", boost::get(&ReadEdge::relation, read));
  properties.property("weight", boost::get(&ReadEdge::weight, read));
  properties.property("first", boost::get(&ReadEdge::first, read));
  properties.property("last", boost::get(&ReadEdge::last, read));
  properties.property("role", boost::get(&ReadEdge::role, read));
  std::istringstream in(text);
  boost::read_graphml(in, read, properties);
  return read;
}

// Boost's read_graphml parses with property_tree's trim_whitespace, which
// trims text and collapses runs of whitespace (newlines, tabs) to one space;
// the exact text is checked with NetworkX and igraph below.
std::string AsBoostReadsIt(const std::string& text) {
  std::string collapsed;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space) {
      collapsed += c;
    } else if (!collapsed.empty() && collapsed.back() != ' ') {
      collapsed += ' ';
    }
  }
  if (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

TEST_CASE("graphml: Boost's read_graphml reads every name and value back", "[export][graphml]") {
  KnowledgeGraph graph = TrickyGraph();
  // Boost, like NetworkX, refuses a directed graph holding undirected
  // (met) edges: it reads the graph written with every edge directed.
  WriteOptions all_directed;
  all_directed.symmetric_undirected = false;
  std::ostringstream out;
  WriteGraphml(graph, all_directed, out);
  std::string text = out.str();
  INFO(text);
  ReadGraph read = ReadBack(text);
  REQUIRE(boost::num_vertices(read) == graph.entity_count());
  REQUIRE(boost::num_edges(read) == graph.edge_count());
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    const Entity& entity = graph.entity(EntityId{n});
    CAPTURE(entity.name);
    CHECK(read[n].label == AsBoostReadsIt(entity.name));
    CHECK(read[n].name == AsBoostReadsIt(entity.name));
    CHECK(read[n].type == ToString(entity.type));
    CHECK(read[n].mentions == entity.mentions);
    CHECK(read[n].degree == static_cast<int>(graph.degree(EntityId{n})));
  }
  std::multiset<
      std::tuple<size_t, size_t, std::string, double, std::string, std::string, std::string>>
      written, back;
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    written.emplace(edge.subject.value, edge.object.value, edge.relation.name(),
                    static_cast<double>(edge.count), edge.first.ToIso(), edge.last.ToIso(),
                    RolesText(edge));
  }
  for (auto e : boost::make_iterator_range(boost::edges(read))) {
    const ReadEdge& edge = read[e];
    back.emplace(boost::source(e, read), boost::target(e, read), edge.relation, edge.weight,
                 edge.first, edge.last, edge.role);
  }
  CHECK(back == written);
}

TEST_CASE("graphml: keys follow what Gephi, NetworkX and igraph need", "[export][graphml]") {
  std::istringstream in(Graphml(TrickyGraph()));
  boost::property_tree::ptree tree;
  boost::property_tree::read_xml(in, tree);
  const auto& root = tree.get_child("graphml");
  CHECK(root.get<std::string>("<xmlattr>.xmlns") == "http://graphml.graphdrawing.org/xmlns");

  std::set<std::string> keys;
  auto attribute = [](const boost::property_tree::ptree& element, const char* name) {
    // '/' as the path separator: GraphML's attribute names hold dots.
    using Path = boost::property_tree::ptree::path_type;
    return element.get<std::string>(Path(std::string("<xmlattr>/") + name, '/'));
  };
  for (const auto& [tag, key] : root) {
    if (tag != "key") continue;
    std::string domain = attribute(key, "for");
    std::string name = attribute(key, "attr.name");
    CAPTURE(name);
    CHECK((domain == "node" || domain == "edge"));
    CHECK(name != "id");
    keys.insert(domain + " " + name + " " + attribute(key, "attr.type"));
  }
  CHECK(keys == std::set<std::string>{"node label string", "node name string", "node type string",
                                      "node mentions int", "node degree int",
                                      "edge relation string", "edge weight double",
                                      "edge first string", "edge last string", "edge role string"});

  std::set<std::string> node_ids, edge_ids;
  std::vector<std::string> labels, igraph_names;  // exact: without trim_whitespace
  size_t edges = 0, undirected = 0;
  for (const auto& [tag, element] : root.get_child("graph")) {
    if (tag == "node") {
      node_ids.insert(element.get<std::string>("<xmlattr>.id"));
      for (const auto& [child, data] : element)
        if (child == "data" && attribute(data, "key") == "d0") labels.push_back(data.data());
      for (const auto& [child, data] : element)
        if (child == "data" && attribute(data, "key") == "d9") igraph_names.push_back(data.data());
    }
    if (tag == "edge") {
      edge_ids.insert(element.get<std::string>("<xmlattr>.id"));
      ++edges;
      std::string directed = element.get<std::string>("<xmlattr>.directed", "");
      std::string relation;
      for (const auto& [child, data] : element)
        if (child == "data" && attribute(data, "key") == "d4") relation = data.data();
      CAPTURE(relation);
      CHECK(directed == (relation == "met" ? "false" : ""));
      undirected += directed == "false";
    }
  }
  std::vector<std::string> names = testing::TrickyNames();
  names.push_back("Isolated Entity");
  CHECK(labels == names);
  CHECK(igraph_names == names);
  CHECK(undirected == 6);  // met: every fifth link of the chain of 26, and the parallel one
  CHECK(edge_ids.size() == edges);  // unique, so parallel edges survive
  CHECK(node_ids.count("n0") == 1);
  CHECK(edge_ids.count("e0") == 1);
}

TEST_CASE("graphml: unknown dates and empty roles are left out", "[export][graphml]") {
  KnowledgeGraph graph;
  EntityId a = graph.AddEntity({"A", EntityType::kPerson, {}, 2});
  EntityId b = graph.AddEntity({"B", EntityType::kPerson, {}, 2});
  graph.AddEdge({a, b, Relation::kMet, 2, {}, {}, {}});
  std::string text = Graphml(graph);
  CHECK(text.find("key=\"d6\"") == std::string::npos);  // first
  CHECK(text.find("key=\"d8\"") == std::string::npos);  // role
  CHECK(text.find("<data key=\"d5\">2</data>") != std::string::npos);
}

TEST_CASE("graphml: a name that is not UTF-8 is an error", "[export][graphml]") {
  KnowledgeGraph graph;
  graph.AddEntity({"Bad \xff name", EntityType::kPerson, {}, 1});
  std::ostringstream out;
  CHECK_THROWS_WITH(WriteGraphml(graph, out), "XML output: \"Bad \\xff name\" is not valid UTF-8");
}

TEST_CASE("graphml: Boost refuses met as undirected in a directed graph", "[export][graphml]") {
  KnowledgeGraph graph;
  EntityId a = graph.AddEntity({"A", EntityType::kPerson, {}, 1});
  EntityId b = graph.AddEntity({"B", EntityType::kPerson, {}, 1});
  graph.AddEdge({a, b, Relation::kMet, 1, {}, {}, {}});
  CHECK_THROWS(ReadBack(Graphml(graph)));  // why export has --directed
}

TEST_CASE("graphml: control characters XML cannot hold become U+FFFD", "[export][graphml]") {
  KnowledgeGraph graph;
  graph.AddEntity({"bell\a here", EntityType::kPerson, {}, 1});
  ReadGraph read = ReadBack(Graphml(graph));
  CHECK(read[0].label == "bell\xEF\xBF\xBD here");
}

TEST_CASE("graphml: NetworkX and igraph read the same graph", "[export][graphml][client]") {
  KnowledgeGraph graph = TrickyGraph();
  testing::TempDir dir;
  // NetworkX refuses a graph that mixes directed and undirected edges
  // ("directed=false edge found in directed graph"): it reads the graph
  // written with every edge directed (export --directed); igraph reads the
  // default, with met undirected.
  std::string mixed = dir.File("mixed.graphml"), directed = dir.File("directed.graphml");
  {
    std::ofstream file(mixed, std::ios::binary);
    WriteGraphml(graph, file);
    std::ofstream all_directed(directed, std::ios::binary);
    WriteOptions options;
    options.symmetric_undirected = false;
    WriteGraphml(graph, options, all_directed);
  }
  for (auto [client, path] : {std::pair{"graphml-networkx", directed}, {"graphml-igraph", mixed}}) {
    CAPTURE(client);
    testing::CommandResult read = testing::RunClientCheck(client, {path});
    if (read.status == testing::kSkipped) {
      WARN("skipped: /usr/bin/python3 lacks the module for " << client);
      continue;
    }
    REQUIRE(read.status == 0);
    testing::CheckClientRead(graph, read.out, std::string(client) == "graphml-networkx");
    if (std::string(client) != "graphml-igraph") continue;
    rapidjson::Document doc;
    doc.Parse(read.out.c_str());
    for (uint32_t n = 0; n < graph.entity_count(); ++n) {
      std::string id = NodeId(EntityId{n});
      CHECK(doc["nodes"][id.c_str()]["name"].GetString() == graph.entity(EntityId{n}).name);
    }
  }
}

}  // namespace
}  // namespace polgraph
