// polgraph render: draws the stored network (or a part of it) to an SVG, PNG
// or PDF picture, chosen by -o's extension, with Graphviz's layouts run in
// process. The picture's title says what was selected; entities without a
// link are left out unless --isolated. Large networks get shortened names
// and no labels on lines; a note on stderr says so.
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
#include "cli/progress_bar.h"
#include "export/renderer.h"

namespace polgraph::cli {
namespace {

struct RenderCommandOptions {
  GraphSelection selection;
  std::string output;
  std::string layout;  // "" = by the graph's shape
  bool isolated = false;
  unsigned timeout = 0;  // seconds; 0 = none
};

// "Whole network", or what the selection keeps: "met · 2024-01-01 to … ·
// around Tokayev (depth 1) · seen ≥ 2 times", then the counts drawn.
std::string Title(const GraphSelection& selection, const KnowledgeGraph& graph,
                  const RenderSummary& plan) {
  std::vector<std::string> parts;
  if (!selection.filter.relation.empty()) parts.push_back(selection.filter.relation);
  if (!selection.filter.since.empty() || !selection.filter.until.empty())
    parts.push_back((selection.filter.since.empty() ? "…" : selection.filter.since) + " to " +
                    (selection.filter.until.empty() ? "…" : selection.filter.until));
  if (!selection.around.empty())
    parts.push_back("around " + selection.around + " (depth " + std::to_string(selection.depth) +
                    ")");
  if (selection.min_weight > 1)
    parts.push_back("seen ≥ " + std::to_string(selection.min_weight) + " times");
  std::string title = parts.empty() ? "Whole network" : "";
  for (size_t i = 0; i < parts.size(); ++i) title += (i > 0 ? " · " : "") + parts[i];
  size_t drawn = graph.entity_count() - plan.isolated_left_out;
  return title + " — " + std::to_string(drawn) + " entities, " +
         std::to_string(graph.edge_count()) + " links";
}

// Tells the user how a large network was simplified and how to draw less.
void ReportSimplified(const KnowledgeGraph& graph, const RenderSummary& summary) {
  if (summary.isolated_left_out > 0)
    std::cerr << "polgraph: left out " << summary.isolated_left_out
              << (summary.isolated_left_out == 1 ? " entity" : " entities")
              << " without a link (--isolated draws them)\n";
  if (summary.max_label_chars == 0 && summary.edge_labels) return;
  std::cerr << "polgraph: drew " << graph.entity_count() << " entities and " << graph.edge_count()
            << " links with " << summary.layout;
  if (summary.max_label_chars > 0)
    std::cerr << "; names cut to " << summary.max_label_chars << " characters";
  if (!summary.edge_labels) std::cerr << "; roles left off the lines";
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
  if (graph.edge_count() == 0 && !options.isolated)
    throw Error("render: nothing to draw: no selected entity has a link (--isolated draws them)");
  RenderOptions render{options.layout, "", options.isolated};
  render.title = Title(options.selection, graph, PlanRender(graph, render));
  ProgressBar progress(0, "entities", ProgressBar::ShouldShow(), std::cerr);
  AtomicOutputFile output(options.output);
  RenderSummary summary;
  output.WriteAndCommit([&](std::ostream& out) { summary = Render(graph, *format, render, out); });
  progress.Update(0, graph.entity_count());
  progress.Finish("drew " + Thousands(graph.entity_count()) + " entities and " +
                  Thousands(graph.edge_count()) + " links with " + summary.layout + " to " +
                  options.output);
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
                   "dot, sfdp, neato or circo (default: dot for a small chain, neato for "
                   "other networks, sfdp above 150 entities)")
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(kLayouts), std::end(kLayouts))));
  command->add_flag("--isolated", options->isolated,
                    "Also draw entities without a link (left out by default)");
  AddGraphSelectionOptions(command, &options->selection);
  AddTimeoutOption(command, &options->timeout);
  command->footer(
      "The picture carries a title (what was selected) and a legend: shapes show entity\n"
      "types (person: ellipse, organization: box, country: hexagon), colours and line\n"
      "styles show relations (met, mutual, has no arrowheads); thicker lines were seen\n"
      "more often. SVG tooltips give dates. Sides stay within 2:1.\n\n"
      "Examples:\n"
      "  polgraph render -o out/graph.svg\n"
      "  polgraph render -o out/tokayev.png --around Tokayev --depth 1\n"
      "  polgraph render -o out/met.pdf --relation met --layout neato");
  command->callback([options] { RunRender(*options); });
}

}  // namespace polgraph::cli
