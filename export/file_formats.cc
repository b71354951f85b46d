#include "export/file_formats.h"

#include <cassert>

#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/html_writer.h"
#include "export/json_writer.h"

namespace polgraph {
namespace {

using Writer = void (*)(const KnowledgeGraph&, const WriteOptions&, std::ostream&);

// The writers that take no options.
template <void (*write)(const KnowledgeGraph&, std::ostream&)>
void Plain(const KnowledgeGraph& graph, const WriteOptions&, std::ostream& out) {
  write(graph, out);
}

// One row per extension: a format with two extensions has two rows, one
// chosen only by name has an empty extension.
struct ExportFormatName {
  ExportFormat format;
  std::string_view name;
  std::string_view title;
  std::string_view extension;
  Writer write;  // null for the CSVs
};
constexpr ExportFormatName kExportFormats[] = {
    {ExportFormat::kDot, "dot", "DOT", ".dot", Plain<WriteDot>},
    {ExportFormat::kDot, "dot", "DOT", ".gv", Plain<WriteDot>},
    {ExportFormat::kGraphml, "graphml", "GraphML", ".graphml", WriteGraphml},
    {ExportFormat::kGexf, "gexf", "GEXF", ".gexf", WriteGexf},
    {ExportFormat::kJson, "json", "JSON", ".json", Plain<WriteJson>},
    {ExportFormat::kCsv, "csv", "CSV", ".csv", nullptr},
    {ExportFormat::kGephiCsv, "gephi-csv", "Gephi CSV", "", nullptr},
    {ExportFormat::kHtml, "html", "HTML page", ".html", Plain<WriteHtml>},
    {ExportFormat::kHtml, "html", "HTML page", ".htm", Plain<WriteHtml>},
    {ExportFormat::kEvents, "events", "events CSV", "", nullptr},  // no extension of its own
};

// `field` of each format's first row, in table order.
std::vector<std::string> EachFormat(std::string_view ExportFormatName::*field) {
  std::vector<std::string> values;
  const ExportFormatName* previous = nullptr;
  for (const ExportFormatName& entry : kExportFormats) {
    if (previous == nullptr || previous->format != entry.format) values.emplace_back(entry.*field);
    previous = &entry;
  }
  return values;
}

struct ImageFormatName {
  ImageFormat format;
  std::string_view name;  // also the extension after the dot
};
constexpr ImageFormatName kImageFormats[] = {
    {ImageFormat::kSvg, "svg"},
    {ImageFormat::kPng, "png"},
    {ImageFormat::kPdf, "pdf"},
};

bool EndsWithIgnoringCase(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  text.remove_prefix(text.size() - suffix.size());
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view ToString(ExportFormat format) {
  for (const ExportFormatName& entry : kExportFormats)
    if (entry.format == format) return entry.name;
  return "";
}

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  for (const ExportFormatName& entry : kExportFormats)
    if (entry.name == name) return entry.format;
  return std::nullopt;
}

std::optional<ExportFormat> ExportFormatOf(std::string_view path) {
  for (const ExportFormatName& entry : kExportFormats)
    if (!entry.extension.empty() && EndsWithIgnoringCase(path, entry.extension))
      return entry.format;
  return std::nullopt;
}

std::vector<std::string> ExportFormatNames() { return EachFormat(&ExportFormatName::name); }

std::vector<std::string> ExportFormatTitles() { return EachFormat(&ExportFormatName::title); }

std::vector<std::string> ExportFormatExtensions() {
  std::vector<std::string> extensions;
  for (const ExportFormatName& entry : kExportFormats)
    if (!entry.extension.empty()) extensions.emplace_back(entry.extension);
  return extensions;
}

std::string_view ToString(ImageFormat format) {
  for (const ImageFormatName& entry : kImageFormats)
    if (entry.format == format) return entry.name;
  return "";
}

std::optional<ImageFormat> ImageFormatOf(std::string_view path) {
  for (const ImageFormatName& entry : kImageFormats)
    if (path.size() > entry.name.size() && path[path.size() - entry.name.size() - 1] == '.' &&
        EndsWithIgnoringCase(path, entry.name))
      return entry.format;
  return std::nullopt;
}

bool IsTwoFiles(ExportFormat format) {
  return format == ExportFormat::kCsv || format == ExportFormat::kGephiCsv;
}

void WriteGraph(const KnowledgeGraph& graph, ExportFormat format, const WriteOptions& options,
                std::ostream& out) {
  for (const ExportFormatName& entry : kExportFormats) {
    if (entry.format == format) {
      assert(entry.write != nullptr);
      entry.write(graph, options, out);
      return;
    }
  }
}

}  // namespace polgraph
