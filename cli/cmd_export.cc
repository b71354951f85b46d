// polgraph export: writes the stored network (or a part of it) for other
// tools: DOT (Graphviz), GraphML (Gephi, NetworkX, igraph, yEd), GEXF 1.3 or
// 1.2 (Gephi's timeline, one spell per day with events), node-link JSON
// (NetworkX, D3), CSV for neo4j-admin import or for Gephi's spreadsheet
// import, or one interactive HTML page (sigma.js) with the sentences behind
// each link. Output files are written atomically; CSV is two files named
// after -o: out/graph.csv gives out/graph.nodes.csv and out/graph.edges.csv.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/graph_selection.h"
#include "cli/output_file.h"
#include "export/csv_writer.h"
#include "export/events_csv_writer.h"
#include "export/export_fields.h"
#include "export/file_formats.h"
#include "export/html_writer.h"

namespace polgraph::cli {
namespace {

struct ExportOptions {
  GraphSelection selection;
  std::string format;  // "" = from the output's extension
  std::string output = "-";
  bool directed = false;  // every edge directed, met too
  std::string gexf_version = "1.3";
};

// "a, b, c" + `last` + "d".
std::string Join(const std::vector<std::string>& items, const char* last = " or ") {
  std::string text;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += i + 1 == items.size() ? last : ", ";
    text += items[i];
  }
  return text;
}

ExportFormat ChooseFormat(const ExportOptions& options) {
  if (!options.format.empty()) return *ParseExportFormat(options.format);
  if (std::optional<ExportFormat> format = ExportFormatOf(options.output)) return *format;
  throw Error("export: give --format (" + Join(ExportFormatNames(), ", ") +
              ") or an -o file ending in " + Join(ExportFormatExtensions()));
}

// "out/graph.csv" -> "out/graph.nodes.csv" (kind "nodes").
std::string CsvSibling(const std::string& path, const char* kind) {
  std::string stem = path;
  if (ExportFormatOf(path) == ExportFormat::kCsv) stem.resize(path.size() - 4);
  return stem + "." + kind + ".csv";
}

void WriteCsvFiles(const KnowledgeGraph& graph, CsvDialect dialect, const WriteOptions& write,
                   const std::string& output) {
  if (output == "-")
    throw Error("export: csv writes two files (nodes and edges); give -o FILE.csv");
  AtomicOutputFile nodes(CsvSibling(output, "nodes"));
  AtomicOutputFile edges(CsvSibling(output, "edges"));
  try {
    WriteCsvNodes(graph, dialect, nodes.stream());
    WriteCsvEdges(graph, dialect, write, edges.stream());
  } catch (...) {
    nodes.ThrowIfWriteFailed();
    edges.ThrowIfWriteFailed();
    throw;
  }
  CommitBoth(nodes, edges);
}

// Whether the events read for an export include those with an end the graph
// cannot show: an unnamed agent or a speech about nothing.
enum class UnnamedEnds { kDropped, kKept };

// The triples of the selection (its relation and dates) whose named ends are
// entities of the graph. kDropped: only those between two of its entities,
// the evidence behind its edges (HTML page, GEXF dates). kKept: every event
// of the selection, an unnamed agent or a speech about nothing included (but
// not an unnamed agent saying nothing).
std::vector<Triple> LoadEvents(const GraphSelection& selection, const KnowledgeGraph& graph,
                               UnnamedEnds unnamed) {
  const bool keep_unnamed = unnamed == UnnamedEnds::kKept;
  auto kept = [&](const EntityRef& end) {
    return (keep_unnamed && (end.empty() || end.IsUnnamed())) || graph.Find(end.name).has_value();
  };
  std::vector<Triple> triples;
  std::unique_ptr<Store> store = OpenStore(selection.db, StoreMode::kRead);
  store->LoadTriples(SelectionFilter(selection), [&](const Triple& triple) {
    if (kept(triple.subject) && kept(triple.object) &&
        !(keep_unnamed && triple.subject.IsUnnamed() && triple.object.empty()))
      triples.push_back(triple);
  });
  return triples;
}

void RunExport(const ExportOptions& options) {
  ExportFormat format = ChooseFormat(options);
  KnowledgeGraph graph = LoadSelectedGraph(options.selection);
  WriteOptions write;
  write.symmetric_undirected = !options.directed;
  write.gexf_version = options.gexf_version == "1.2" ? GexfVersion::k1_2 : GexfVersion::k1_3;
  if (IsTwoFiles(format)) {
    CsvDialect dialect = format == ExportFormat::kCsv ? CsvDialect::kNeo4j : CsvDialect::kGephi;
    WriteCsvFiles(graph, dialect, write, options.output);
    return;
  }
  if (format == ExportFormat::kEvents) {
    std::vector<Triple> events = LoadEvents(options.selection, graph, UnnamedEnds::kKept);
    AtomicOutputFile output(options.output);
    output.WriteAndCommit(
        [&](std::ostream& out) { WriteEventsCsv(events, graph.relations(), out); });
    return;
  }
  if (format == ExportFormat::kGexf)
    write.event_dates =
        EventDates(graph, LoadEvents(options.selection, graph, UnnamedEnds::kDropped));
  if (format == ExportFormat::kHtml) {
    std::vector<Triple> events = LoadEvents(options.selection, graph, UnnamedEnds::kDropped);
    AtomicOutputFile output(options.output);
    output.WriteAndCommit([&](std::ostream& out) { WriteHtml(graph, events, out); });
    return;
  }
  AtomicOutputFile output(options.output);
  output.WriteAndCommit([&](std::ostream& out) { WriteGraph(graph, format, write, out); });
}

}  // namespace

void AddExportCommand(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand(
      "export", "Write the stored network as " + Join(ExportFormatTitles()) + " for other tools");
  command
      ->add_option("--format", options->format,
                   Join(ExportFormatNames()) + " (default: from -o's extension)")
      ->check(CLI::IsMember(ExportFormatNames()));
  command->add_option("-o,--output", options->output,
                      "Write to this file (atomically: all or nothing) instead of stdout");
  command->add_flag("--directed", options->directed,
                    "Write every link directed, met too (GraphML, GEXF, gephi-csv): NetworkX "
                    "reads no graph that mixes directed and undirected links");
  command
      ->add_option("--gexf-version", options->gexf_version,
                   "1.3 (default; Gephi 0.9.3+) or 1.2 (readers that know no 1.3, such as "
                   "NetworkX before 3.5)")
      ->check(CLI::IsMember({"1.2", "1.3"}));
  AddGraphSelectionOptions(command, &options->selection);
  command->footer(
      "Nodes are n0, n1, ... (names are labels); edges e0, e1, ... carry relation, weight\n"
      "(times seen), first and last date and role; met (mutual) is undirected. CSV is two\n"
      "files for neo4j-admin import (gephi-csv: for Gephi's spreadsheet import):\n"
      "-o out/graph.csv writes out/graph.nodes.csv and out/graph.edges.csv.\n"
      "--format events writes one CSV row per event (date, source actor, relation, CAMEO\n"
      "code, target actor, role, statement, sentence, item, url), as event data sets do.\n"
      "HTML is one page that works offline from a file (sigma.js, ForceAtlas2): search,\n"
      "filters, a time slider and the sentences behind each link; over 5,000 entities or\n"
      "20,000 links it keeps those with the most links and says so.\n"
      "See docs/formats.md for opening each format in Gephi, NetworkX, igraph and Neo4j.\n\n"
      "Examples:\n"
      "  polgraph export -o out/graph.graphml\n"
      "  polgraph export --format dot --relation met --since 2024-01-01 | dot -Tsvg > met.svg\n"
      "  polgraph export -o out/tokayev.gexf --around Tokayev --depth 2\n"
      "  polgraph export -o out/graph.csv --min-weight 2\n"
      "  polgraph export --format gephi-csv -o out/gephi.csv\n"
      "  polgraph export -o out/graph.gexf --gexf-version 1.2 --directed   # for NetworkX 2.8\n"
      "  polgraph export --format html -o network.html --around Tokayev --depth 2\n"
      "  polgraph export --format events -o out/events.csv --since 2024-01-01");
  command->callback([options] { RunExport(*options); });
}

}  // namespace polgraph::cli
