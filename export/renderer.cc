#include "export/renderer.h"

#include <graphviz/gvc.h>

#include <cstdlib>
#include <memory>

#include "export/dot_graph.h"
#include "base/error.h"

namespace polgraph {
namespace {

// Past these sizes a graph counts as large: a force-directed layout, short
// names, no edge labels.
constexpr size_t kLargeNodes = 150;
constexpr size_t kManyEdges = 300;
constexpr size_t kShortLabelChars = 20;
// PNG pictures are scaled down to fit this many inches at 96 dpi.
constexpr const char* kPngSize = "40,40";

RenderSummary Plan(const KnowledgeGraph& graph, const RenderOptions& options) {
  bool large = graph.entity_count() > kLargeNodes;
  RenderSummary plan;
  plan.layout = !options.layout.empty() ? options.layout : large ? "sfdp" : "dot";
  plan.max_label_chars = large ? kShortLabelChars : 0;
  plan.edge_labels = graph.edge_count() <= kManyEdges;
  return plan;
}

void SetLayoutAttributes(DotGraph& drawing, const RenderSummary& plan, ImageFormat format) {
  drawing.SetGraphAttribute("pad", "0.2");
  drawing.SetGraphAttribute("outputorder", "edgesfirst");
  if (plan.layout == "sfdp") drawing.SetGraphAttribute("overlap", "prism");
  if (plan.layout == "neato") drawing.SetGraphAttribute("overlap", "false");
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

}  // namespace

RenderSummary Render(const KnowledgeGraph& graph, ImageFormat format, const RenderOptions& options,
                     std::ostream& out) {
  RenderSummary plan = Plan(graph, options);
  DotGraph drawing(graph, DotStyle{plan.max_label_chars, plan.edge_labels, plan.layout == "dot"});
  SetLayoutAttributes(drawing, plan, format);
  QuietGraphviz quiet;
  std::unique_ptr<GVC_t, ContextDeleter> context(gvContext());
  if (!context) throw Error("render: cannot start Graphviz");
  Layout layout(context.get(), drawing.get(), plan.layout);
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
