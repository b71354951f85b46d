// polgraph render: draws the stored network (or a part of it) to an SVG, PNG
// or PDF picture, chosen by -o's extension, with Graphviz's layouts run in
// process. Large networks get a force-directed layout, shortened names and
// no relation labels on edges; a note on stderr says so.
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/deadline.h"
#include "cli/graph_selection.h"
#include "cli/output_file.h"
#include "export/renderer.h"

namespace polgraph::cli {
namespace {

struct RenderCommandOptions {
  GraphSelection selection;
  std::string output;
  std::string layout;    // "" = by size
  unsigned timeout = 0;  // seconds; 0 = none
};

// Tells the user how a large network was simplified and how to draw less.
void ReportSimplified(const KnowledgeGraph& graph, const RenderSummary& summary) {
  if (summary.max_label_chars == 0 && summary.edge_labels) return;
  std::cerr << "polgraph: drew " << graph.entity_count() << " entities and " << graph.edge_count()
            << " links with " << summary.layout;
  if (summary.max_label_chars > 0)
    std::cerr << "; names cut to " << summary.max_label_chars << " characters";
  if (!summary.edge_labels) std::cerr << "; relation labels left off (colours show them)";
  std::cerr << ". To draw less: --min-weight N, --around NAME --depth N, --relation R\n";
}

void RunRender(const RenderCommandOptions& options) {
  std::optional<ImageFormat> format = ImageFormatOf(options.output);
  if (!format)
    throw Error("render: -o " + options.output +
                ": the picture's format comes from its "
                "extension: .svg, .png or .pdf");
  Deadline deadline(options.timeout, "render");
  KnowledgeGraph graph = LoadSelectedGraph(options.selection);
  if (graph.entity_count() == 0) throw Error("render: nothing to draw: no entity is selected");
  WarnIfHeavy("drawing", graph.entity_count(), graph.edge_count());
  AtomicOutputFile output(options.output);
  RenderSummary summary;
  output.WriteAndCommit(
      [&](std::ostream& out) { summary = Render(graph, *format, {options.layout}, out); });
  ReportSimplified(graph, summary);
}

}  // namespace

void AddRenderCommand(CLI::App& app) {
  auto options = std::make_shared<RenderCommandOptions>();
  CLI::App* command =
      app.add_subcommand("render", "Draw the stored network to an SVG, PNG or PDF picture");
  command
      ->add_option("-o,--output", options->output,
                   "The picture to write (atomically): FILE.svg, FILE.png or FILE.pdf")
      ->required();
  command
      ->add_option("--layout", options->layout,
                   "dot, sfdp, neato or circo (default: dot, or sfdp for large networks)")
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(kLayouts), std::end(kLayouts))));
  AddGraphSelectionOptions(command, &options->selection);
  AddTimeoutOption(command, &options->timeout);
  command->footer(
      "Shapes show entity types (person: ellipse, organization: box, country: hexagon);\n"
      "colours show relations (met: blue, appointed: green, dismissed: red, announced:\n"
      "purple, dashed); thicker lines were seen more often. SVG tooltips give dates.\n\n"
      "Examples:\n"
      "  polgraph render -o out/graph.svg\n"
      "  polgraph render -o out/tokayev.png --around Tokayev --depth 1\n"
      "  polgraph render -o out/met.pdf --relation met --layout neato");
  command->callback([options] { RunRender(*options); });
}

}  // namespace polgraph::cli
