#include "export/dot_writer.h"

#include <graphviz/cgraph.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "export/dot_graph.h"
#include "tests/dot_label.h"
#include "tests/export_test_graph.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::TrickyGraph;
using testing::TrickyNames;

struct GraphCloser {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
using ParsedGraph = std::unique_ptr<Agraph_t, GraphCloser>;

ParsedGraph ParseDot(const std::string& text) { return ParsedGraph(agmemread(text.c_str())); }

std::string Attribute(void* object, const char* name) {
  const char* value = agget(object, const_cast<char*>(name));
  return value != nullptr ? value : "";
}

using testing::Shown;

std::string Dot(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteDot(graph, out);
  return out.str();
}

TEST_CASE("dot: every name comes back from cgraph's parser as the label", "[export][dot]") {
  KnowledgeGraph graph = TrickyGraph();
  std::string text = Dot(graph);
  ParsedGraph parsed = ParseDot(text);
  INFO(text);
  REQUIRE(parsed);
  REQUIRE(static_cast<size_t>(agnnodes(parsed.get())) == graph.entity_count());
  // "n0 met n1" and "n1 met n0" (the parallel edge) are drawn as one line.
  REQUIRE(static_cast<size_t>(agnedges(parsed.get())) == graph.edge_count() - 1);
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    const std::string& name = graph.entity(EntityId{n}).name;
    CAPTURE(name);
    std::string id = "n" + std::to_string(n);
    Agnode_t* node = agnode(parsed.get(), id.data(), 0);
    REQUIRE(node != nullptr);
    CHECK(Attribute(node, "label") == EscString(name));
    CHECK(Shown(Attribute(node, "label")) == name);
  }
}

TEST_CASE("dot: edges keep their key, ends, label and colour", "[export][dot]") {
  KnowledgeGraph graph = TrickyGraph();
  ParsedGraph parsed = ParseDot(Dot(graph));
  REQUIRE(parsed);
  size_t seen = 0;
  for (Agnode_t* n = agfstnode(parsed.get()); n; n = agnxtnode(parsed.get(), n)) {
    for (Agedge_t* e = agfstout(parsed.get(), n); e; e = agnxtout(parsed.get(), e)) {
      std::string key = agnameof(e);
      CAPTURE(key);
      REQUIRE(key.size() > 1);
      const Edge& edge = graph.edge(EdgeId{static_cast<uint32_t>(std::stoul(key.substr(1)))});
      CHECK(agnameof(agtail(e)) == "n" + std::to_string(edge.subject.value));
      CHECK(agnameof(aghead(e)) == "n" + std::to_string(edge.object.value));
      std::string label = Shown(Attribute(e, "label"));
      // The relation's label: its name, or "said (about)" for announced.
      const std::string& said = graph.relations().LabelOf(edge.relation);
      CHECK(label.rfind(said, 0) == 0);
      if (!edge.roles.empty()) CHECK(label == said + ": " + edge.roles.front());
      CHECK(Shown(Attribute(e, "tooltip")).find(std::to_string(edge.count)) != std::string::npos);
      ++seen;
    }
  }
  CHECK(seen == graph.edge_count() - 1);  // the two met edges of n0 and n1 are one line
}

TEST_CASE("dot: a symmetric relation is one line without arrowheads", "[export][dot]") {
  KnowledgeGraph graph;
  EntityId a = graph.AddEntity({"Anna", EntityType::kPerson, {}, 4});
  EntityId b = graph.AddEntity({"Boris", EntityType::kPerson, {}, 4});
  EntityId c = graph.AddEntity({"Clara", EntityType::kPerson, {}, 1});
  graph.AddEdge(
      {a, b, Relation::kMet, 2, *Date::FromYmd(2024, 5, 1), *Date::FromYmd(2024, 6, 1), {}});
  graph.AddEdge(
      {b, a, Relation::kMet, 3, *Date::FromYmd(2024, 4, 2), *Date::FromYmd(2024, 5, 3), {}});
  graph.AddEdge({b, a, Relation::kAppointed, 1, {}, {}, {"Adviser"}});
  graph.AddEdge({c, a, Relation::kMet, 1, {}, {}, {}});
  ParsedGraph parsed = ParseDot(Dot(graph));
  REQUIRE(parsed);
  std::map<std::string, Agedge_t*> lines;
  for (Agnode_t* n = agfstnode(parsed.get()); n; n = agnxtnode(parsed.get(), n))
    for (Agedge_t* e = agfstout(parsed.get(), n); e; e = agnxtout(parsed.get(), e))
      lines[agnameof(e)] = e;
  CHECK(lines.size() == 3);
  REQUIRE(lines.count("e0") == 1);
  CHECK(lines.count("e1") == 0);  // folded into e0
  CHECK(Attribute(lines["e0"], "dir") == "none");
  CHECK(Shown(Attribute(lines["e0"], "tooltip")) ==
        "Anna met Boris\n5 times, 2024-04-02 to 2024-06-01");
  CHECK(Attribute(lines["e0"], "penwidth") == "4.5");  // from 5 sightings, not 2
  CHECK(Attribute(lines["e2"], "dir") == "");          // appointed keeps its arrow
  CHECK(Attribute(lines["e3"], "dir") == "none");
}

TEST_CASE("dot: style by relation and entity type", "[export][dot]") {
  KnowledgeGraph graph;
  EntityId a = graph.AddEntity({"A", EntityType::kPerson, {}, 1});
  EntityId b = graph.AddEntity({"B", EntityType::kOrganization, {}, 1});
  EntityId c = graph.AddEntity({"C", EntityType::kCountry, {}, 1});
  EntityId d = graph.AddEntity({"D", EntityType::kUnknown, {}, 1});
  graph.AddEdge({a, b, Relation::kMet, 1, {}, {}, {}});
  graph.AddEdge({a, c, Relation::kAppointed, 2, {}, {}, {"Envoy"}});
  graph.AddEdge({a, d, Relation::kDismissed, 16, {}, {}, {}});
  graph.AddEdge({b, c, Relation::kAnnounced, 1, {}, {}, {}});
  graph.AddEdge({c, d, *Relation::Parse("visited"), 1, {}, {}, {}});
  ParsedGraph parsed = ParseDot(Dot(graph));
  REQUIRE(parsed);

  auto node = [&](const char* id) { return agnode(parsed.get(), const_cast<char*>(id), 0); };
  CHECK(Attribute(node("n0"), "shape") == "ellipse");
  CHECK(Attribute(node("n1"), "shape") == "box");
  CHECK(Attribute(node("n2"), "shape") == "hexagon");
  CHECK(Attribute(node("n3"), "shape") == "octagon");

  auto edge = [&](const char* key) {
    for (Agnode_t* n = agfstnode(parsed.get()); n; n = agnxtnode(parsed.get(), n))
      for (Agedge_t* e = agfstout(parsed.get(), n); e; e = agnxtout(parsed.get(), e))
        if (std::string(agnameof(e)) == key) return e;
    return static_cast<Agedge_t*>(nullptr);
  };
  auto test = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"e0", "met", "#1f77b4", "1.0"},
      {"e1", "appointed: Envoy", "#2ca02c", "2.5"},
      {"e2", "dismissed", "#d62728", "7.0"},
      {"e3", "said (about)", "#9467bd", "1.0"},  // the relation's label
      {"e4", "visited", "#7f7f7f", "1.0"},
  }));
  auto [key, label, color, penwidth] = test;
  CAPTURE(key);
  Agedge_t* e = edge(key);
  REQUIRE(e != nullptr);
  CHECK(Attribute(e, "label") == label);
  CHECK(Attribute(e, "color") == color);
  CHECK(Attribute(e, "penwidth") == penwidth);
}

TEST_CASE("dot: a hub's leaves are staggered over three ranks", "[export][dot]") {
  KnowledgeGraph graph;
  EntityId hub = graph.AddEntity({"Hub", EntityType::kPerson, {}, 5});
  EntityId other = graph.AddEntity({"Other", EntityType::kPerson, {}, 2});
  graph.AddEdge({hub, other, Relation::kMet, 1, {}, {}, {}});
  graph.AddEdge({other, hub, Relation::kMet, 1, {}, {}, {}});  // Other is no leaf
  for (const char* name : {"L1", "L2", "L3", "L4"}) {
    EntityId leaf = graph.AddEntity({name, EntityType::kPerson, {}, 1});
    graph.AddEdge({hub, leaf, Relation::kMet, 1, {}, {}, {}});
  }
  std::ostringstream text;
  DotGraph(graph, DotStyle{0, true, true}).Write(text);
  ParsedGraph parsed = ParseDot(text.str());
  REQUIRE(parsed);
  std::vector<std::string> lengths;
  Agnode_t* node = agnode(parsed.get(), const_cast<char*>("n0"), 0);
  for (Agedge_t* e = agfstout(parsed.get(), node); e; e = agnxtout(parsed.get(), e))
    lengths.push_back(Attribute(e, "minlen"));
  CHECK(lengths == std::vector<std::string>{"", "1", "2", "3", "1"});
  CHECK(Dot(graph).find("minlen") == std::string::npos);  // only when asked
}

TEST_CASE("dot: output is stable and in id order", "[export][dot]") {
  std::string first = Dot(TrickyGraph());
  CHECK(Dot(TrickyGraph()) == first);
  size_t n0 = first.find("\tn0\t"), n1 = first.find("\tn1\t"), n9 = first.find("\tn9\t");
  CHECK(n0 < n1);
  CHECK(n1 < n9);
}

TEST_CASE("dot: escString keeps text as written", "[export][dot]") {
  auto [text, escaped] = GENERATE(table<std::string, std::string>({
      {"plain", "plain"},
      {"back\\slash", "back\\\\slash"},
      {"trail\\", "trail\\\\"},
      {"two\nlines", "two\\nlines"},
      {"\\N and \\l", "\\\\N and \\\\l"},
      {"say \"hi\"", "say \"hi\""},
  }));
  CAPTURE(text);
  CHECK(EscString(text) == escaped);
}

TEST_CASE("dot: long names are shortened by code points", "[export][dot]") {
  auto [text, max, shortened] = GENERATE(table<std::string, size_t, std::string>({
      {"Kassym-Jomart Tokayev", 0, "Kassym-Jomart Tokayev"},
      {"Kassym-Jomart Tokayev", 30, "Kassym-Jomart Tokayev"},
      {"Kassym-Jomart Tokayev", 21, "Kassym-Jomart Tokayev"},
      {"Kassym-Jomart Tokayev", 10, "Kassym-Jo…"},
      {"Қасым-Жомарт Тоқаев", 6, "Қасым…"},
      {"中华人民共和国", 3, "中华…"},
  }));
  CAPTURE(text, max);
  CHECK(Shorten(text, max) == shortened);
}

TEST_CASE("dot: Graphviz's dot accepts the output", "[export][dot][client]") {
  if (!std::filesystem::exists("/usr/bin/dot")) {
    WARN("skipped: /usr/bin/dot is not installed");
    return;
  }
  testing::TempDir dir;
  std::string path = dir.File("tricky.dot");
  {
    std::ofstream file(path, std::ios::binary);
    WriteDot(TrickyGraph(), file);
  }
  testing::CommandResult svg =
      testing::RunCommand("/usr/bin/dot -Tsvg " + testing::ShellQuote(path) + " 2>&1");
  INFO(svg.out);
  REQUIRE(svg.status == 0);
  CHECK(svg.out.find("<svg") != std::string::npos);
  CHECK(svg.out.find("Smith &amp; Sons") != std::string::npos);
  CHECK(svg.out.find("Қасым&#45;Жомарт Тоқаев") != std::string::npos);
  CHECK(svg.out.find("trail\\") != std::string::npos);
}

}  // namespace
}  // namespace polgraph
