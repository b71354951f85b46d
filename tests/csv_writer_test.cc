#include "export/csv_writer.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "export/export_fields.h"
#include "tests/export_test_graph.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::TrickyGraph;

TEST_CASE("csv: fields are quoted per RFC 4180; the guard defuses formulas", "[export][csv]") {
  auto [text, field] = GENERATE(table<std::string, std::string>({
      {"Plain Name", "Plain Name"},
      {"Doe, John", "\"Doe, John\""},
      {"Say \"hello\"", "\"Say \"\"hello\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"=SUM(A1:A2)", "'=SUM(A1:A2)"},
      {"+7 press office", "'+7 press office"},
      {"-minus", "'-minus"},
      {"@handle", "'@handle"},
      {"\tindented", "'\tindented"},
      {"=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""},
      {"mid=dle", "mid=dle"},
      {"back\\slash", "back\\slash"},
      {"Қасым-Жомарт Тоқаев", "Қасым-Жомарт Тоқаев"},
      {"", ""},
  }));
  CAPTURE(text);
  CHECK(CsvField(text, true) == field);
  // Without the guard (Neo4j) only the quoting is left.
  std::string unguarded = field.rfind('\'', 0) == 0    ? field.substr(1)
                          : field.rfind("\"'", 0) == 0 ? "\"" + field.substr(2)
                                                       : field;
  CHECK(CsvField(text, false) == unguarded);
}

TEST_CASE("csv: Neo4j import headers and records", "[export][csv]") {
  KnowledgeGraph graph;
  EntityId a = graph.AddEntity({"Doe, John", EntityType::kPerson, {}, 3});
  EntityId b = graph.AddEntity({"Ministry", EntityType::kOrganization, {}, 1});
  graph.AddEdge({a,
                 b,
                 Relation::kAppointed,
                 2,
                 *Date::FromYmd(2024, 1, 5),
                 *Date::FromYmd(2024, 2, 1),
                 {"Minister", "=Deputy"}});
  graph.AddEdge({b, a, Relation::kMet, 1, {}, {}, {}});
  graph.AddEntity({"=cmd|' /C calc'!A0", EntityType::kUnknown, {}, 0});
  std::ostringstream nodes, edges;
  WriteCsvNodes(graph, CsvDialect::kNeo4j, nodes);
  WriteCsvEdges(graph, CsvDialect::kNeo4j, {}, edges);
  CHECK(nodes.str() ==
        "id:ID,name,type:LABEL,mentions:int,degree:int\r\n"
        "n0,\"Doe, John\",person,3,2\r\n"
        "n1,Ministry,organization,1,2\r\n"
        "n2,=cmd|' /C calc'!A0,unknown,0,0\r\n");  // neo4j-admin is no spreadsheet
  CHECK(edges.str() ==
        ":START_ID,:END_ID,:TYPE,weight:double,first:date,last:date,role\r\n"
        "n0,n1,APPOINTED,2,2024-01-05,2024-02-01,Minister; =Deputy\r\n"
        "n1,n0,MET,1,,,\r\n");
}

TEST_CASE("csv: Gephi spreadsheet headers, met undirected, formulas defused", "[export][csv]") {
  KnowledgeGraph graph;
  EntityId a = graph.AddEntity({"=Doe, John", EntityType::kPerson, {}, 3});
  EntityId b = graph.AddEntity({"Ministry", EntityType::kOrganization, {}, 1});
  graph.AddEdge({a,
                 b,
                 Relation::kAppointed,
                 2,
                 *Date::FromYmd(2024, 1, 5),
                 *Date::FromYmd(2024, 2, 1),
                 {"-Minister"}});
  graph.AddEdge(
      {b, a, Relation::kMet, 3, *Date::FromYmd(2024, 3, 9), *Date::FromYmd(2024, 3, 9), {}});
  std::ostringstream nodes, edges, directed;
  WriteCsvNodes(graph, CsvDialect::kGephi, nodes);
  WriteCsvEdges(graph, CsvDialect::kGephi, {}, edges);
  CHECK(nodes.str() ==
        "Id,Label,type,mentions,degree\r\n"
        "n0,\"'=Doe, John\",person,3,2\r\n"
        "n1,Ministry,organization,1,2\r\n");
  CHECK(edges.str() ==
        "Source,Target,Type,Id,Label,Weight,relation,first,last,role\r\n"
        "n0,n1,Directed,e0,appointed,2,appointed,2024-01-05,2024-02-01,'-Minister\r\n"
        "n1,n0,Undirected,e1,met,3,met,2024-03-09,2024-03-09,\r\n");
  WriteOptions all_directed;
  all_directed.symmetric_undirected = false;
  WriteCsvEdges(graph, CsvDialect::kGephi, all_directed, directed);
  CHECK(directed.str().find("n1,n0,Directed,e1,met,3") != std::string::npos);
}

TEST_CASE("csv: Python's csv module reads every name of the Gephi CSV back",
          "[export][csv][client]") {
  KnowledgeGraph graph = TrickyGraph();
  testing::TempDir dir;
  std::string nodes_path = dir.File("g.nodes.csv"), edges_path = dir.File("g.edges.csv");
  {
    std::ofstream nodes(nodes_path, std::ios::binary), edges(edges_path, std::ios::binary);
    WriteCsvNodes(graph, CsvDialect::kGephi, nodes);
    WriteCsvEdges(graph, CsvDialect::kGephi, {}, edges);
  }
  testing::CommandResult read = testing::RunClientCheck("csv", {nodes_path, edges_path});
  if (read.status == testing::kSkipped) {
    WARN("skipped: no /usr/bin/python3");
    return;
  }
  REQUIRE(read.status == 0);
  rapidjson::Document doc;
  doc.Parse(read.out.c_str());
  REQUIRE(!doc.HasParseError());
  const auto& nodes = doc["nodes"];
  REQUIRE(nodes.Size() == graph.entity_count() + 1);
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    const std::string& name = graph.entity(EntityId{n}).name;
    CAPTURE(name);
    std::string expected = name.find_first_of("=+-@\t") == 0 ? "'" + name : name;
    CHECK(nodes[n + 1][0].GetString() == NodeId(EntityId{n}));
    CHECK(nodes[n + 1][1].GetString() == expected);
    CHECK(nodes[n + 1].Size() == 5);
  }
  const auto& edges = doc["edges"];
  REQUIRE(edges.Size() == graph.edge_count() + 1);
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    CAPTURE(e);
    CHECK(edges[e + 1][0].GetString() == NodeId(edge.subject));
    CHECK(edges[e + 1][1].GetString() == NodeId(edge.object));
    std::string roles = RolesText(edge);
    CHECK(edges[e + 1][9].GetString() ==
          (roles.find_first_of("=+-@\t") == 0 ? "'" + roles : roles));
    CHECK(edges[e + 1][5].GetString() == std::to_string(edge.count));
  }
}

}  // namespace
}  // namespace polgraph
