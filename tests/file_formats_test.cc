#include "export/file_formats.h"

#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace polgraph {
namespace {

TEST_CASE("file formats: export format from a name or an extension", "[export]") {
  auto [path, format] = GENERATE(table<std::string, std::optional<ExportFormat>>({
      {"out/graph.dot", ExportFormat::kDot},
      {"graph.gv", ExportFormat::kDot},
      {"graph.GraphML", ExportFormat::kGraphml},
      {"graph.gexf", ExportFormat::kGexf},
      {"graph.json", ExportFormat::kJson},
      {"graph.CSV", ExportFormat::kCsv},
      {"out/network.html", ExportFormat::kHtml},
      {"network.HTM", ExportFormat::kHtml},
      {"graph.txt", std::nullopt},
      {"graphml", std::nullopt},
      {"-", std::nullopt},
  }));
  CAPTURE(path);
  CHECK(ExportFormatOf(path) == format);
  if (format) CHECK(ParseExportFormat(ToString(*format)) == format);
  CHECK(ParseExportFormat("xml") == std::nullopt);
}

TEST_CASE("file formats: the lists of export formats come from the one table", "[export]") {
  const std::vector<std::string> names = ExportFormatNames();
  CHECK(names == std::vector<std::string>{"dot", "graphml", "gexf", "json", "csv", "gephi-csv",
                                          "html", "events"});
  CHECK(ExportFormatTitles() == std::vector<std::string>{"DOT", "GraphML", "GEXF", "JSON", "CSV",
                                                         "Gephi CSV", "HTML page", "events CSV"});
  for (const std::string& name : names) {
    CAPTURE(name);
    REQUIRE(ParseExportFormat(name));
    CHECK(ToString(*ParseExportFormat(name)) == name);
  }
  // Every extension listed is told back as a format, and every format but
  // gephi-csv and events (chosen by name: .csv is Neo4j's) has one.
  std::set<ExportFormat> told;
  for (const std::string& extension : ExportFormatExtensions()) {
    CAPTURE(extension);
    std::optional<ExportFormat> format = ExportFormatOf("out/graph" + extension);
    REQUIRE(format);
    told.insert(*format);
  }
  CHECK(told.size() == names.size() - 2);
  CHECK(told.count(ExportFormat::kGephiCsv) == 0);
  CHECK(told.count(ExportFormat::kEvents) == 0);
  CHECK(IsTwoFiles(ExportFormat::kGephiCsv));
  CHECK(IsTwoFiles(ExportFormat::kCsv));
  CHECK(!IsTwoFiles(ExportFormat::kGexf));
  CHECK(ExportFormatExtensions().size() == 8);  // .dot/.gv name DOT, .html/.htm the page
}

TEST_CASE("file formats: image format from an extension", "[export][render]") {
  auto [path, format] = GENERATE(table<std::string, std::optional<ImageFormat>>({
      {"out/graph.svg", ImageFormat::kSvg},
      {"graph.PNG", ImageFormat::kPng},
      {"graph.pdf", ImageFormat::kPdf},
      {"graph.jpg", std::nullopt},
      {"svg", std::nullopt},
      {"graphsvg", std::nullopt},
  }));
  CAPTURE(path);
  CHECK(ImageFormatOf(path) == format);
}

}  // namespace
}  // namespace polgraph
