// The file formats polgraph writes, by name and by file extension: the
// exported data formats (export) and the rendered picture formats (render).
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace polgraph {

enum class ExportFormat { kDot, kGraphml, kGexf, kJson, kCsv, kHtml };
enum class ImageFormat { kSvg, kPng, kPdf };

/// "dot", "graphml", "gexf", "json", "csv", "html".
std::string_view ToString(ExportFormat format);
/// Inverse of ToString; nullopt for anything else.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
/// The format a file name's extension names (.dot or .gv, .graphml, .gexf,
/// .json, .csv, .html or .htm; any case); nullopt for any other.
std::optional<ExportFormat> ExportFormatOf(std::string_view path);

/// "svg", "png", "pdf" (also Graphviz's names for them).
std::string_view ToString(ImageFormat format);
/// The format a file name's extension names (.svg, .png, .pdf; any case).
std::optional<ImageFormat> ImageFormatOf(std::string_view path);

/// Writes `graph` in `format` to `out` (HTML without the events behind the
/// edges: WriteHtml takes them). REQUIRES: format != kCsv (CSV is two files:
/// WriteCsvNodes and WriteCsvEdges).
void WriteGraph(const KnowledgeGraph& graph, ExportFormat format, std::ostream& out);

}  // namespace polgraph
