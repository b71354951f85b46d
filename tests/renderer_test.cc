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
  CHECK(summary.layout == "dot");
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

TEST_CASE("render: the layout is chosen by size or by the caller", "[export][render]") {
  auto [nodes, layout, expected, short_labels] =
      GENERATE(table<uint32_t, std::string, std::string, bool>({
          {12, "", "dot", false},
          {12, "circo", "circo", false},
          {12, "neato", "neato", false},
          {160, "", "sfdp", true},
      }));
  CAPTURE(nodes, layout);
  std::ostringstream out;
  RenderSummary summary = Render(Ring(nodes), ImageFormat::kSvg, {layout}, out);
  CHECK(summary.layout == expected);
  CHECK((summary.max_label_chars > 0) == short_labels);
  std::string svg = out.str();
  CHECK(svg.find("<svg") != std::string::npos);
  bool full_names = svg.find("Deputy Minister of Regional Development No. 7<") != std::string::npos;
  CHECK(full_names != short_labels);
}

TEST_CASE("render: an unknown layout is an error with Graphviz's reason", "[export][render]") {
  std::ostringstream out;
  CHECK_THROWS_WITH(Render(Ring(3), ImageFormat::kSvg, {"bogus"}, out),
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
