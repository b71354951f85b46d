#include "export/renderer.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "tests/export_test_graph.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::TrickyGraph;

// A ring of `size` people with long names, each meeting the next.
KnowledgeGraph Ring(uint32_t size) {
  KnowledgeGraph graph;
  for (uint32_t i = 0; i < size; ++i)
    graph.AddEntity({"Deputy Minister of Regional Development No. " + std::to_string(i),
                     EntityType::kPerson,
                     {},
                     1});
  for (uint32_t i = 0; i < size; ++i)
    graph.AddEdge({EntityId{i}, EntityId{(i + 1) % size}, Relation::kMet, 1, {}, {}, {}});
  return graph;
}

// A hub meeting `spokes` people, the shape of a leader's network.
KnowledgeGraph Star(uint32_t spokes) {
  KnowledgeGraph graph;
  EntityId hub = graph.AddEntity({"Head of State", EntityType::kPerson, {}, spokes});
  for (uint32_t i = 0; i < spokes; ++i) {
    EntityId spoke = graph.AddEntity({"Visitor " + std::to_string(i),
                                      i % 3 == 0 ? EntityType::kCountry : EntityType::kPerson,
                                      {},
                                      1});
    graph.AddEdge({hub,
                   spoke,
                   i % 4 == 0 ? Relation::kAppointed : Relation::kMet,
                   1,
                   {},
                   {},
                   i % 4 == 0 ? std::vector<std::string>{"Minister"} : std::vector<std::string>{}});
  }
  return graph;
}

// A path of `size` people, each meeting the next.
KnowledgeGraph Path(uint32_t size) {
  KnowledgeGraph graph;
  for (uint32_t i = 0; i < size; ++i)
    graph.AddEntity({"Person " + std::to_string(i), EntityType::kPerson, {}, 1});
  for (uint32_t i = 0; i + 1 < size; ++i)
    graph.AddEdge({EntityId{i}, EntityId{i + 1}, Relation::kMet, 1, {}, {}, {}});
  return graph;
}

// Width and height from a PNG's IHDR chunk (big-endian at bytes 16..23).
std::pair<uint32_t, uint32_t> PngSize(const std::string& png) {
  auto word = [&](size_t at) {
    uint32_t value = 0;
    for (size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(png[at + i]);
    return value;
  };
  return {word(16), word(20)};
}

TEST_CASE("render: SVG with the names as text", "[export][render]") {
  std::ostringstream out;
  RenderSummary summary = Render(TrickyGraph(), ImageFormat::kSvg, {}, out);
  std::string svg = out.str();
  CHECK(summary.layout == "neato");  // not a chain: a parallel pair and a dangling entity
  CHECK(summary.max_label_chars == 0);
  CHECK(summary.edge_labels);
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Smith &amp; Sons") != std::string::npos);
  CHECK(svg.find("&lt;b&gt;Bold&lt;/b&gt;") != std::string::npos);
  CHECK(svg.find("Тоқаев") != std::string::npos);
}

TEST_CASE("render: PNG and PDF are real pictures", "[export][render]") {
  std::ostringstream png, pdf;
  Render(TrickyGraph(), ImageFormat::kPng, {}, png);
  Render(TrickyGraph(), ImageFormat::kPdf, {}, pdf);
  REQUIRE(png.str().size() > 24);
  CHECK(png.str().rfind("\x89PNG\r\n\x1a\n", 0) == 0);
  auto [width, height] = PngSize(png.str());
  CHECK(width > 100);
  CHECK(height > 100);
  CHECK(pdf.str().rfind("%PDF-", 0) == 0);
}

TEST_CASE("render: the layout is chosen by shape or by the caller", "[export][render]") {
  auto [nodes, layout, expected, short_labels] =
      GENERATE(table<uint32_t, std::string, std::string, bool>({
          {12, "", "dot", false},  // a small chain
          {13, "", "neato", false},
          {12, "circo", "circo", false},
          {12, "neato", "neato", false},
          {160, "", "sfdp", true},
      }));
  CAPTURE(nodes, layout);
  std::ostringstream out;
  RenderSummary summary = Render(Ring(nodes), ImageFormat::kSvg, {layout, "", false}, out);
  CHECK(summary.layout == expected);
  CHECK((summary.max_label_chars > 0) == short_labels);
  std::string svg = out.str();
  CHECK(svg.find("<svg") != std::string::npos);
  bool full_names = svg.find("Deputy Minister of Regional Development No. 7<") != std::string::npos;
  CHECK(full_names != short_labels);
}

TEST_CASE("render: a hub and its spokes are laid out by neato", "[export][render]") {
  RenderSummary plan = PlanRender(Star(40), {});
  CHECK(plan.layout == "neato");
  CHECK(PlanRender(Path(8), {}).layout == "dot");
  CHECK(PlanRender(Path(30), {}).layout == "neato");
}

TEST_CASE("render: the picture's sides stay within 2:1", "[export][render]") {
  auto [name, graph_of] = GENERATE(table<std::string, KnowledgeGraph (*)()>({
      {"star of 60", [] { return Star(60); }},
      {"star of 8", [] { return Star(8); }},
      {"chain of 12", [] { return Path(12); }},
      {"path of 40", [] { return Path(40); }},
      {"ring of 24", [] { return Ring(24); }},
      {"tricky", [] { return TrickyGraph(); }},
  }));
  CAPTURE(name);
  KnowledgeGraph graph = graph_of();
  std::ostringstream out;
  RenderSummary summary = Render(graph, ImageFormat::kPng, {}, out);
  CAPTURE(summary.layout, summary.width, summary.height);
  double aspect = summary.width / summary.height;
  CHECK(aspect <= kMaxAspect * 1.05);
  CHECK(aspect >= 1 / (kMaxAspect * 1.05));
  auto [width, height] = PngSize(out.str());
  CAPTURE(width, height);
  CHECK(static_cast<double>(width) / height <= kMaxAspect * 1.05);
  CHECK(static_cast<double>(height) / width <= kMaxAspect * 1.05);
}

TEST_CASE("render: a title and a legend of what is drawn", "[export][render]") {
  std::ostringstream out;
  Render(Star(10), ImageFormat::kSvg, {"", "Whole network — 11 entities, 10 links", false}, out);
  std::string svg = out.str();
  CHECK(svg.find("Whole network — 11 entities, 10 links") != std::string::npos);
  CHECK(svg.find(">met (both ways)<") != std::string::npos);
  CHECK(svg.find(">appointed<") != std::string::npos);
  CHECK(svg.find(">dismissed<") == std::string::npos);  // not drawn, not listed
  CHECK(svg.find(">person<") != std::string::npos);
  CHECK(svg.find(">country<") != std::string::npos);
  CHECK(svg.find(">organization<") == std::string::npos);
  // The legend's line samples are cells filled in the relations' colours.
  KnowledgeGraph star = Star(10);
  CHECK(svg.find("fill=\"" + star.relations().Of(Relation::kAppointed).color + "\"") !=
        std::string::npos);
  // Lines carry roles, not relation names: the legend names relations.
  CHECK(svg.find(">Minister<") != std::string::npos);
}

TEST_CASE("render: entities without a link are left out unless asked", "[export][render]") {
  KnowledgeGraph graph = TrickyGraph();
  std::ostringstream left_out, drawn;
  RenderSummary summary = Render(graph, ImageFormat::kSvg, {}, left_out);
  CHECK(summary.isolated_left_out == 1);
  CHECK(left_out.str().find("Isolated Entity") == std::string::npos);
  RenderSummary all = Render(graph, ImageFormat::kSvg, {"", "", true}, drawn);
  CHECK(all.isolated_left_out == 0);
  CHECK(drawn.str().find("Isolated Entity") != std::string::npos);
}

TEST_CASE("render: an unknown layout is an error with Graphviz's reason", "[export][render]") {
  std::ostringstream out;
  CHECK_THROWS_WITH(Render(Ring(3), ImageFormat::kSvg, {"bogus", "", false}, out),
                    Catch::Matchers::StartsWith("render: layout bogus failed: ") &&
                        Catch::Matchers::Contains("bogus"));
}

TEST_CASE("render: the PNG has more than one colour", "[export][render][client]") {
  testing::TempDir dir;
  std::string path = dir.File("tricky.png");
  {
    std::ofstream file(path, std::ios::binary);
    Render(TrickyGraph(), ImageFormat::kPng, {}, file);
  }
  testing::CommandResult read = testing::RunClientCheck("png", {path});
  if (read.status == testing::kSkipped) {
    WARN("skipped: no /usr/bin/python3");
    return;
  }
  REQUIRE(read.status == 0);
  rapidjson::Document doc;
  doc.Parse(read.out.c_str());
  REQUIRE(!doc.HasParseError());
  CHECK(doc["png"].GetBool());
  CHECK(doc["width"].GetInt() > 100);
  CHECK(doc["height"].GetInt() > 100);
  CHECK(doc["distinct_bytes"].GetInt() > 16);
}

}  // namespace
}  // namespace polgraph
