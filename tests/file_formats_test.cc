#include "export/file_formats.h"

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
