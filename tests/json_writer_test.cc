#include "export/json_writer.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "export/export_fields.h"
#include "tests/export_test_graph.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::TrickyGraph;

std::string Json(const KnowledgeGraph& graph) {
  std::ostringstream out;
  WriteJson(graph, out);
  return out.str();
}

std::string Text(const rapidjson::Value& object, const char* name) {
  return object.HasMember(name) ? object[name].GetString() : "";
}

TEST_CASE("json: node-link shape that RapidJSON reads back whole", "[export][json]") {
  KnowledgeGraph graph = TrickyGraph();
  std::string text = Json(graph);
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  INFO(text);
  REQUIRE(!doc.HasParseError());
  CHECK(doc["directed"].GetBool());
  CHECK(doc["multigraph"].GetBool());
  CHECK(doc["graph"].IsObject());
  CHECK(doc["graph"].MemberCount() == 0);

  const auto& nodes = doc["nodes"];
  REQUIRE(nodes.Size() == graph.entity_count());
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    const Entity& entity = graph.entity(EntityId{n});
    CAPTURE(entity.name);
    CHECK(Text(nodes[n], "id") == NodeId(EntityId{n}));
    CHECK(Text(nodes[n], "label") == entity.name);
    CHECK(Text(nodes[n], "type") == ToString(entity.type));
    CHECK(nodes[n]["mentions"].GetInt64() == entity.mentions);
    CHECK(nodes[n]["degree"].GetUint64() == graph.degree(EntityId{n}));
  }
  const auto& links = doc["links"];
  REQUIRE(links.Size() == graph.edge_count());
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    CAPTURE(e);
    CHECK(Text(links[e], "source") == NodeId(edge.subject));
    CHECK(Text(links[e], "target") == NodeId(edge.object));
    CHECK(Text(links[e], "key") == EdgeKey(EdgeId{e}));
    CHECK(Text(links[e], "relation") == edge.relation.name());
    CHECK(links[e]["weight"].GetInt64() == edge.count);
    CHECK(Text(links[e], "first") == edge.first.ToIso());
    CHECK(Text(links[e], "last") == edge.last.ToIso());
    CHECK(Text(links[e], "role") == RolesText(edge));
  }
}

TEST_CASE("json: a name that is not UTF-8 is an error", "[export][json]") {
  KnowledgeGraph graph;
  graph.AddEntity({"Bad \xc3 name", EntityType::kPerson, {}, 1});
  std::ostringstream out;
  CHECK_THROWS_WITH(WriteJson(graph, out), "JSON output: \"Bad \\xc3 name\" is not valid UTF-8");
}

TEST_CASE("json: NetworkX's node_link_graph reads the same graph", "[export][json][client]") {
  KnowledgeGraph graph = TrickyGraph();
  testing::TempDir dir;
  std::string path = dir.File("tricky.json");
  {
    std::ofstream file(path, std::ios::binary);
    WriteJson(graph, file);
  }
  testing::CommandResult read = testing::RunClientCheck("json-networkx", {path});
  if (read.status == testing::kSkipped) {
    WARN("skipped: /usr/bin/python3 lacks networkx");
    return;
  }
  REQUIRE(read.status == 0);
  testing::CheckClientRead(graph, read.out, true);
}

}  // namespace
}  // namespace polgraph
