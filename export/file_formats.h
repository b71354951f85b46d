// The file formats polgraph writes, by name and by file extension: the
// exported data formats (export) and the rendered picture formats (render).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/write_options.h"
#include "graph/knowledge_graph.h"

namespace polgraph {

enum class ExportFormat { kDot, kGraphml, kGexf, kJson, kCsv, kGephiCsv, kHtml, kEvents };
enum class ImageFormat { kSvg, kPng, kPdf };

/// "dot", "graphml", "gexf", "json", "csv", "gephi-csv", "html", "events".
std::string_view ToString(ExportFormat format);
/// Inverse of ToString; nullopt for anything else.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
/// The format a file name's extension names (.dot or .gv, .graphml, .gexf,
/// .json, .csv (Neo4j's CSV), .html or .htm; any case); nullopt for any other.
/// (The events CSV has no extension of its own: .csv is the network's CSV.)
std::optional<ExportFormat> ExportFormatOf(std::string_view path);
/// Every export format's name (ToString), in table order, each once.
std::vector<std::string> ExportFormatNames();
/// Every export format's title for people: "DOT", "GraphML", "GEXF", "JSON",
/// "CSV", in the order of ExportFormatNames.
std::vector<std::string> ExportFormatTitles();
/// Every extension ExportFormatOf knows, with its dot, in table order.
std::vector<std::string> ExportFormatExtensions();

/// "svg", "png", "pdf" (also Graphviz's names for them).
std::string_view ToString(ImageFormat format);
/// The format a file name's extension names (.svg, .png, .pdf; any case).
std::optional<ImageFormat> ImageFormatOf(std::string_view path);

/// Whether `format` is written as two files (nodes and edges): the CSVs.
bool IsTwoFiles(ExportFormat format);

/// Writes `graph` in `format` to `out` (HTML without the events behind the
/// edges: WriteHtml takes them). REQUIRES: !IsTwoFiles(format) (CSV is two
/// files: WriteCsvNodes and WriteCsvEdges) and format is not kEvents (rows of
/// triples: WriteEventsCsv).
void WriteGraph(const KnowledgeGraph& graph, ExportFormat format, const WriteOptions& options,
                std::ostream& out);

}  // namespace polgraph
