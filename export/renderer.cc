#include "export/renderer.h"

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <set>
#include <vector>

#include "base/error.h"
#include "export/dot_graph.h"
#include "export/legend.h"

namespace polgraph {
namespace {

// Past these sizes a graph counts as large: sfdp, short names, no labels on
// lines. A chain (no entity with more than two neighbours) of at most
// kSmallChain entities is drawn layered by dot.
constexpr size_t kLargeNodes = 150;
constexpr size_t kManyEdges = 300;
constexpr size_t kShortLabelChars = 20;
constexpr size_t kSmallChain = 12;
// PNG pictures are scaled down to fit this many inches at 96 dpi.
constexpr const char* kPngSize = "40,40";

// What the layout choice looks at: the entities drawn and the largest number
// of distinct neighbours any of them has.
struct Shape {
  size_t drawn = 0;
  size_t max_neighbours = 0;
};

Shape ShapeOf(const KnowledgeGraph& graph, bool isolated) {
  std::vector<std::set<uint32_t>> neighbours(graph.entity_count());
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    if (edge.subject == edge.object) continue;
    neighbours[edge.subject.value].insert(edge.object.value);
    neighbours[edge.object.value].insert(edge.subject.value);
  }
  Shape shape;
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    if (!isolated && graph.degree(EntityId{n}) == 0) continue;
    ++shape.drawn;
    shape.max_neighbours = std::max(shape.max_neighbours, neighbours[n].size());
  }
  return shape;
}

std::string ChooseLayout(const Shape& shape) {
  if (shape.drawn > kLargeNodes) return "sfdp";
  if (shape.drawn <= kSmallChain && shape.max_neighbours <= 2) return "dot";
  return "neato";
}

void SetLayoutAttributes(DotGraph& drawing, const RenderSummary& plan, ImageFormat format) {
  drawing.SetGraphAttribute("pad", "0.3");
  drawing.SetGraphAttribute("outputorder", "edgesfirst");
  drawing.SetGraphAttribute("labelloc", "t");
  drawing.SetGraphAttribute("labeljust", "l");
  if (plan.layout == "sfdp") drawing.SetGraphAttribute("overlap", "prism");
  if (plan.layout == "neato") {
    drawing.SetGraphAttribute("overlap", "false");
    drawing.SetGraphAttribute("sep", "+8");
    drawing.SetGraphAttribute("mode", "major");
  }
  // No splines=true for the force-directed layouts: routing curved edges
  // around nodes takes a minute on a few hundred nodes.
  if (format == ImageFormat::kPng) {
    drawing.SetGraphAttribute("size", kPngSize);
    drawing.SetGraphAttribute("dpi", "96");
  }
}

// Graphviz's last error message, or `fallback` when it recorded none.
std::string GraphvizError(const char* fallback) {
  char* message = aglasterr();  // malloc'ed by cgraph
  std::string text = message != nullptr && *message != '\0' ? message : fallback;
  std::free(message);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

struct ContextDeleter {
  void operator()(GVC_t* context) const { gvFreeContext(context); }
};

// Keeps Graphviz from printing warnings while it is in scope (the library
// never prints); errors are still recorded for aglasterr().
class QuietGraphviz {
 public:
  QuietGraphviz() : previous_(agseterr(AGMAX)) {}
  ~QuietGraphviz() { agseterr(previous_); }
  QuietGraphviz(const QuietGraphviz&) = delete;

 private:
  agerrlevel_t previous_;
};

// Lays out on construction, frees the layout on destruction.
class Layout {
 public:
  Layout(GVC_t* context, Agraph_t* graph, const std::string& engine)
      : context_(context), graph_(graph) {
    if (gvLayout(context, graph, engine.c_str()) != 0)
      throw Error("render: layout " + engine + " failed: " + GraphvizError("unknown error"));
  }
  ~Layout() { gvFreeLayout(context_, graph_); }
  Layout(const Layout&) = delete;

  /// The drawing's width over its height (title and legend included).
  double Aspect() const { return Width() / std::max(Height(), 1.0); }
  double Width() const { return GD_bb(graph_).UR.x - GD_bb(graph_).LL.x; }
  double Height() const { return GD_bb(graph_).UR.y - GD_bb(graph_).LL.y; }

 private:
  GVC_t* context_;
  Agraph_t* graph_;
};

void WriteRendered(GVC_t* context, Agraph_t* graph, ImageFormat format, std::ostream& out) {
  std::string name(ToString(format));
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(context, graph, name.c_str(), &data, &length) != 0) {
    gvFreeRenderData(data);
    throw Error("render: cannot render " + name + ": " + GraphvizError("unknown error"));
  }
  out.write(data, length);
  gvFreeRenderData(data);
  out.flush();
  if (!out) throw Error("render: the stream failed");
}

bool TooLong(double aspect) { return aspect > kMaxAspect || aspect < 1 / kMaxAspect; }

// Lays `drawing` out within kMaxAspect: as it comes; for dot, turned
// sideways when that is nearer square; then, while still too long, with
// Graphviz's `ratio` (height over width of the drawing before its title,
// legend and node margins are added, hence the targets inside 2:1)
// stretching the short side. Returns the layout kept.
std::unique_ptr<Layout> LayOutWithinAspect(GVC_t* context, DotGraph& drawing,
                                           const std::string& engine) {
  auto layout = std::make_unique<Layout>(context, drawing.get(), engine);
  double aspect = layout->Aspect();
  if (!TooLong(aspect)) return layout;
  if (engine == "dot") {
    layout.reset();
    drawing.SetGraphAttribute("rankdir", "LR");
    layout = std::make_unique<Layout>(context, drawing.get(), engine);
    double sideways = layout->Aspect();
    if (!TooLong(sideways)) return layout;
    if (std::abs(std::log(sideways)) > std::abs(std::log(aspect))) {
      layout.reset();
      drawing.SetGraphAttribute("rankdir", "TB");
      layout = std::make_unique<Layout>(context, drawing.get(), engine);
    }
    aspect = layout->Aspect();
  }
  bool wide = aspect > 1;
  for (double target : {1.6, 1.25, 1.0}) {
    layout.reset();
    drawing.SetGraphAttribute("ratio", std::to_string(wide ? 1 / target : target));
    layout = std::make_unique<Layout>(context, drawing.get(), engine);
    if (!TooLong(layout->Aspect())) break;
  }
  return layout;
}

std::string TitleOf(const RenderOptions& options) {
  return options.title.empty() ? "polgraph" : options.title;
}

}  // namespace

RenderSummary PlanRender(const KnowledgeGraph& graph, const RenderOptions& options) {
  Shape shape = ShapeOf(graph, options.isolated);
  RenderSummary plan;
  plan.layout = !options.layout.empty() ? options.layout : ChooseLayout(shape);
  plan.max_label_chars = shape.drawn > kLargeNodes ? kShortLabelChars : 0;
  plan.edge_labels = graph.edge_count() <= kManyEdges;
  plan.isolated_left_out = options.isolated ? 0 : graph.entity_count() - shape.drawn;
  return plan;
}

RenderSummary Render(const KnowledgeGraph& graph, ImageFormat format, const RenderOptions& options,
                     std::ostream& out) {
  RenderSummary plan = PlanRender(graph, options);
  DotStyle style;
  style.max_label_chars = plan.max_label_chars;
  style.edge_labels = plan.edge_labels;
  style.relation_labels = false;  // the legend tells relations by colour and line
  style.stagger_leaves = plan.layout == "dot";
  style.isolated = options.isolated;
  DotGraph drawing(graph, style);
  SetLayoutAttributes(drawing, plan, format);
  drawing.SetHtmlLabel(LegendLabel(graph, TitleOf(options), options.isolated));
  QuietGraphviz quiet;
  std::unique_ptr<GVC_t, ContextDeleter> context(gvContext());
  if (!context) throw Error("render: cannot start Graphviz");
  std::unique_ptr<Layout> layout = LayOutWithinAspect(context.get(), drawing, plan.layout);
  plan.width = layout->Width();
  plan.height = layout->Height();
  WriteRendered(context.get(), drawing.get(), format, out);
  return plan;
}

}  // namespace polgraph

#if defined(__SANITIZE_ADDRESS__)
// Graphviz's plugins and fontconfig keep caches for the life of the process;
// LeakSanitizer would report them at exit of any program that renders.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libfontconfig.so\nleak:libgvc.so\nleak:libpango\nleak:libcairo\n"
         "leak:libgvplugin_\n";
}
#endif
