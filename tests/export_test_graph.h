// Test data for the export tests: names that break naive writers (quotes,
// markup, backslashes, newlines, commas, formulas, keywords, non-Latin
// scripts) in a small graph with every relation style, parallel edges,
// dated and undated edges and roles; and a way to run the real clients
// (Graphviz's dot, Debian's python3 with networkx / igraph) on the output.
#pragma once

#include <stdio.h>
#include <sys/wait.h>

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>
#include <set>

#include "export/export_fields.h"
#include "graph/knowledge_graph.h"

namespace polgraph::testing {

/// Every name a writer must carry unchanged.
inline std::vector<std::string> TrickyNames() {
  return {
      "Say \"hello\"",
      "<b>Bold</b> & <i>Co</i>",
      "Smith & Sons",
      "back\\slash",
      "trail\\",
      "a\\\"b",
      "escapes \\N \\l \\G",
      "two\nlines",
      "Doe, John",
      "=HYPERLINK(\"http://x\")",
      "+7 press office",
      "-minus",
      "@handle",
      "Қасым-Жомарт Тоқаев",
      "中华人民共和国",
      "node",
      "graph",
      "Digraph",
      "strict",
      "edge",
      "subgraph",
      "  spaced  ",
      "tab\tinside",
      "it's 'quoted'",
      "semi;colon",
      "Plain Name",
  };
}

/// The tricky names as entities (types in turn), linked in a chain: name i
/// -relation-> name i+1 with relations, counts, dates and roles varying; a
/// second edge between the first two (parallel); and one entity with no edge.
inline KnowledgeGraph TrickyGraph() {
  const EntityType types[] = {EntityType::kPerson, EntityType::kOrganization, EntityType::kCountry,
                              EntityType::kUnknown};
  const Relation relations[] = {Relation::kMet, Relation::kAppointed, Relation::kDismissed,
                                Relation::kAnnounced, *Relation::Parse("visited")};
  KnowledgeGraph graph;
  std::vector<std::string> names = TrickyNames();
  for (size_t i = 0; i < names.size(); ++i) {
    Entity entity{names[i], types[i % 4], {}, static_cast<long>(i + 1)};
    graph.AddEntity(entity);
  }
  graph.AddEntity({"Isolated Entity", EntityType::kPerson, {}, 0});
  for (uint32_t i = 0; i + 1 < names.size(); ++i) {
    Edge edge{EntityId{i}, EntityId{i + 1}, relations[i % 5], static_cast<long>(i % 7 + 1), {}, {},
              {}};
    const int n = static_cast<int>(i);
    if (i % 3 != 2) {
      edge.first = *Date::FromYmd(2024, 1 + n % 12, 1 + n);
      edge.last = *Date::FromYmd(2024 + n % 2, 1 + n % 12, 2 + n);
    }
    if (edge.relation == Relation::kAppointed || edge.relation == Relation::kDismissed) {
      edge.roles = {"Minister of <Foreign> Affairs & \"Trade\"", "=Deputy, acting"};
    }
    graph.AddEdge(edge);
  }
  graph.AddEdge({EntityId{1},
                 EntityId{0},
                 Relation::kMet,
                 12,
                 *Date::FromYmd(2023, 12, 31),
                 *Date::FromYmd(2024, 6, 30),
                 {}});
  return graph;
}

/// What a command printed on stdout and how it exited.
struct CommandResult {
  int status = -1;  // exit status; -1 when it did not exit normally
  std::string out;
};

/// Runs `command` with /bin/sh, capturing its stdout.
inline CommandResult RunCommand(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), n);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

/// `text` quoted for /bin/sh.
inline std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

/// The client checker script, run with Debian's python3; exit status 77
/// means the python modules it needs are missing (the test is skipped).
inline CommandResult RunClientCheck(const std::string& what,
                                    const std::vector<std::string>& paths) {
  std::string command = "/usr/bin/python3 " +
                        ShellQuote(POLGRAPH_SOURCE_DIR "/tests/clients/read_export.py") + " " +
                        what;
  if (!std::filesystem::exists("/usr/bin/python3")) return {77, ""};
  for (const std::string& path : paths) command += " " + ShellQuote(path);
  return RunCommand(command);
}

inline constexpr int kSkipped = 77;

// Compares what a Python client read (JSON from tests/clients/read_export.py)
// with the graph written.
inline void CheckClientRead(const KnowledgeGraph& graph, const std::string& json,
                            bool keyed_edges) {
  rapidjson::Document read;
  read.Parse(json.c_str());
  REQUIRE(!read.HasParseError());
  const auto& nodes = read["nodes"];
  REQUIRE(nodes.MemberCount() == graph.entity_count());
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    const Entity& entity = graph.entity(EntityId{n});
    CAPTURE(entity.name);
    std::string id = NodeId(EntityId{n});
    REQUIRE(nodes.HasMember(id.c_str()));
    const auto& node = nodes[id.c_str()];
    CHECK(node["label"].GetString() == entity.name);
    CHECK(node["type"].GetString() == ToString(entity.type));
    CHECK(node["mentions"].GetDouble() == entity.mentions);
    CHECK(node["degree"].GetDouble() == graph.degree(EntityId{n}));
  }
  const auto& edges = read["edges"];
  REQUIRE(edges.Size() == graph.edge_count());
  std::multiset<std::string> written, back;
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    written.insert(NodeId(edge.subject) + " " + NodeId(edge.object) + " " +
                   (keyed_edges ? EdgeKey(EdgeId{e}) : "") + " " + edge.relation.name() + " " +
                   std::to_string(edge.count) + " " + edge.first.ToIso() + " " + edge.last.ToIso() +
                   " " + RolesText(edge));
  }
  auto text = [](const rapidjson::Value& edge, const char* name) {
    return edge.HasMember(name) && edge[name].IsString() ? std::string(edge[name].GetString())
                                                         : std::string();
  };
  for (const auto& edge : edges.GetArray()) {
    back.insert(text(edge, "source") + " " + text(edge, "target") + " " +
                (keyed_edges ? text(edge, "key") : "") + " " + text(edge, "relation") + " " +
                std::to_string(static_cast<long>(edge["weight"].GetDouble())) + " " +
                text(edge, "first") + " " + text(edge, "last") + " " + text(edge, "role"));
  }
  CHECK(back == written);
}

}  // namespace polgraph::testing
