// The network page as the writer lays it out: the graph's JSON inside the
// page reads back whole (names that are markup, quotes, scripts), nothing in
// it can close the <script> it stands in, the events land on their edges,
// and a network over the limits is cut to the entities with the most links.
// (The page in a browser: tests/browser/network_page_test.py.)
#include "export/html_writer.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "export/graph_style.h"
#include "extract/relation_traits.h"
#include "tests/export_test_graph.h"

namespace polgraph {
namespace {

using testing::TrickyGraph;

// False (with a warning) when polgraph was built before scripts/setup
// installed the page's JavaScript: the writer then refuses to write.
bool PageBuilt() {
  if (!HtmlPageAvailable()) WARN("built without export/html/node_modules (run scripts/setup)");
  return HtmlPageAvailable();
}

constexpr std::string_view kDataOpening = "<script id=\"polgraph-data\" type=\"application/json\">";

std::string Page(const KnowledgeGraph& graph, const std::vector<Triple>& triples = {},
                 const HtmlPageLimits& limits = {}) {
  std::ostringstream out;
  WriteHtml(graph, triples, out, limits);
  return out.str();
}

// The text of the data <script> element, as the browser's parser ends it: at
// the first "</script" after the opening tag.
std::string DataText(const std::string& page) {
  size_t start = page.find(kDataOpening);
  REQUIRE(start != std::string::npos);
  start += kDataOpening.size();
  size_t end = page.find("</script", start);
  REQUIRE(end != std::string::npos);
  return page.substr(start, end - start);
}

size_t Count(const std::string& text, std::string_view what) {
  size_t count = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

Triple Seen(const KnowledgeGraph& graph, const Edge& edge, std::string sentence, Date date) {
  Triple triple;
  triple.subject = {graph.entity(edge.subject).name, graph.entity(edge.subject).type};
  triple.relation = edge.relation;
  triple.object = {graph.entity(edge.object).name, graph.entity(edge.object).type};
  triple.evidence.sentence = std::move(sentence);
  triple.evidence.date = date;
  triple.evidence.item_id = "item-7";
  triple.evidence.source = "feeds/day.txt";
  triple.evidence.item = 7;
  return triple;
}

TEST_CASE("html: the page's data reads back whole, hostile names included", "[export][html]") {
  if (!PageBuilt()) return;
  KnowledgeGraph graph = TrickyGraph();
  graph.AddEntity({"</script><script>alert(1)</script>", EntityType::kPerson, {"</body>"}, 1});
  graph.AddEdge({EntityId{0},
                 EntityId{static_cast<uint32_t>(graph.entity_count() - 1)},
                 Relation::kMet,
                 1,
                 {},
                 {},
                 {}});
  std::string page = Page(graph);

  // Only the page's own two scripts open and close; no name ends one early.
  CHECK(Count(page, "<script") == 2);
  CHECK(Count(page, "</script") == 2);
  CHECK(Count(page, "</body>") == 1);
  std::string text = DataText(page);
  CHECK(text.find_first_of("<>&") == std::string::npos);

  rapidjson::Document doc;
  doc.Parse(text.c_str());
  REQUIRE(!doc.HasParseError());
  CHECK(doc["cut"].IsNull());
  const auto& nodes = doc["nodes"];
  REQUIRE(nodes.Size() == graph.entity_count());
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    const Entity& entity = graph.entity(EntityId{n});
    CAPTURE(entity.name);
    CHECK(nodes[n]["name"].GetString() == entity.name);
    CHECK(nodes[n]["type"].GetString() == ToString(entity.type));
    CHECK(nodes[n]["degree"].GetUint64() == graph.degree(EntityId{n}));
    CHECK(nodes[n]["aliases"].Size() == entity.aliases.size());
  }
  CHECK(std::string(nodes[nodes.Size() - 1]["aliases"][0].GetString()) == "</body>");
  const auto& edges = doc["edges"];
  REQUIRE(edges.Size() == graph.edge_count());
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    CHECK(edges[e]["source"].GetUint() == edge.subject.value);
    CHECK(edges[e]["target"].GetUint() == edge.object.value);
    CHECK(edges[e]["relation"].GetString() == edge.relation.name());
    CHECK(edges[e]["count"].GetInt64() == edge.count);
    CHECK(edges[e].HasMember("first") == edge.first.IsKnown());
    CHECK(edges[e]["roles"].Size() == edge.roles.size());
  }
}

TEST_CASE("html: relation and type colours are those of render", "[export][html]") {
  if (!PageBuilt()) return;
  rapidjson::Document doc;
  doc.Parse(DataText(Page(TrickyGraph())).c_str());
  REQUIRE(!doc.HasParseError());
  bool announced_dashed = false;
  for (const auto& style : doc["relations"].GetArray()) {
    std::string name = style["name"].GetString();
    if (name.empty()) continue;
    const DeclaredRelation& expected = RelationTraits::Builtin().Of(*Relation::Parse(name));
    CHECK(style["color"].GetString() == expected.color);
    CHECK(style["line"].GetString() == expected.style);
    if (name == "announced") announced_dashed = style["line"].GetString() == std::string("dashed");
  }
  CHECK(announced_dashed);
  CHECK(doc["types"].Size() == 4);
}

TEST_CASE("html: each edge carries the sentences seen for it, and only those", "[export][html]") {
  if (!PageBuilt()) return;
  KnowledgeGraph graph = TrickyGraph();
  const Edge& first = graph.edge(EdgeId{0});
  const Edge& second = graph.edge(EdgeId{1});
  Triple stranger = Seen(graph, first, "Nobody met anybody.", *Date::FromYmd(2024, 1, 1));
  stranger.object.name = "Not In The Graph";
  std::vector<Triple> triples = {
      Seen(graph, first, "They met in the capital & talked.", *Date::FromYmd(2024, 3, 1)),
      Seen(graph, second, "A second sentence \u2028 with a line separator.", {}),
      Seen(graph, first, "They met again.", *Date::FromYmd(2024, 4, 2)),
      stranger,
  };
  HtmlPageLimits limits;
  limits.max_events_per_edge = 1;
  std::string text = DataText(Page(graph, triples, limits));
  CHECK(text.find("\xE2\x80\xA8") == std::string::npos);  // written as \u2028
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  REQUIRE(!doc.HasParseError());
  const auto& edges = doc["edges"];
  REQUIRE(edges[0]["events"].Size() == 1);  // the earliest of two; the other counted
  CHECK(edges[0]["more_events"].GetInt() == 1);
  const auto& event = edges[0]["events"][0];
  CHECK(std::string(event["sentence"].GetString()) == "They met in the capital & talked.");
  CHECK(std::string(event["date"].GetString()) == "2024-03-01");
  CHECK(std::string(event["item_id"].GetString()) == "item-7");
  CHECK(std::string(event["source"].GetString()) == "feeds/day.txt");
  REQUIRE(edges[1]["events"].Size() == 1);
  CHECK(std::string(edges[1]["events"][0]["sentence"].GetString()) ==
        "A second sentence \u2028 with a line separator.");
  CHECK(!edges[1]["events"][0].HasMember("date"));
  size_t events = 0;
  for (const auto& edge : edges.GetArray()) events += edge["events"].Size();
  CHECK(events == 2);
}

TEST_CASE("html: a network over the limits keeps the entities with the most links",
          "[export][html]") {
  if (!PageBuilt()) return;
  // A hub with six spokes, and a separate pair (whose links tie with the spokes').
  KnowledgeGraph graph;
  graph.AddEntity({"Hub", EntityType::kPerson, {}, 6});
  for (int i = 0; i < 6; ++i)
    graph.AddEntity({"Spoke " + std::to_string(i), EntityType::kCountry, {}, 1});
  graph.AddEntity({"Pair A", EntityType::kPerson, {}, 1});
  graph.AddEntity({"Pair B", EntityType::kPerson, {}, 1});
  for (uint32_t i = 0; i < 6; ++i)
    graph.AddEdge({EntityId{0}, EntityId{1 + i}, Relation::kMet, 1 + i, {}, {}, {}});
  graph.AddEdge({EntityId{7}, EntityId{8}, Relation::kMet, 9, {}, {}, {}});

  HtmlPageLimits limits;
  limits.max_nodes = 4;  // the hub, then the first three spokes (ties by id)
  limits.max_edges = 2;  // of the hub's three links, the two most often seen
  rapidjson::Document doc;
  doc.Parse(DataText(Page(graph, {}, limits)).c_str());
  REQUIRE(!doc.HasParseError());
  REQUIRE(doc["cut"].IsObject());
  CHECK(doc["cut"]["entities"].GetInt() == 9);
  CHECK(doc["cut"]["edges"].GetInt() == 7);
  CHECK(doc["cut"]["kept_entities"].GetInt() == 4);
  CHECK(doc["cut"]["kept_edges"].GetInt() == 2);
  std::vector<std::string> names;
  for (const auto& node : doc["nodes"].GetArray()) names.push_back(node["name"].GetString());
  CHECK(names == std::vector<std::string>{"Hub", "Spoke 0", "Spoke 1", "Spoke 2"});
  const auto& edges = doc["edges"];
  REQUIRE(edges.Size() == 2);
  CHECK(edges[0]["target"].GetInt() == 2);  // Spoke 1, seen twice
  CHECK(edges[1]["target"].GetInt() == 3);  // Spoke 2, seen three times
}

TEST_CASE("html: script-safe JSON escapes what could end a script", "[export][html]") {
  CHECK(ScriptSafeJson(R"({"a":"</script><!--&"})") ==
        R"({"a":"\u003c/script\u003e\u003c!--\u0026"})");
  CHECK(ScriptSafeJson("[\"\xE2\x80\xA8\xE2\x80\xA9\xE2\x80\xA6\"]") ==
        "[\"\\u2028\\u2029\xE2\x80\xA6\"]");  // the ellipsis stays
}

}  // namespace
}  // namespace polgraph
