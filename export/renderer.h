// Pictures of a KnowledgeGraph, laid out and rendered in process by Graphviz's
// gvc (no `dot` executable needed) to SVG, PNG or PDF. The layout suits the
// graph's shape: dot (layered) only for a small chain, neato (force-directed)
// for networks such as a hub and its spokes, sfdp for large ones. The
// picture's sides stay within 2:1 (dot turns sideways, then Graphviz's
// `ratio` stretches the short side). A title and a legend (relations'
// colours and line styles, entity types' shapes) are part of the picture;
// relation names are not written on the lines (the legend tells them), roles
// are. Entities without a link are left out unless asked for. Large graphs
// stay readable: long names are shortened with "…" and, past a number of
// edges, role labels are left off too.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "export/file_formats.h"
#include "graph/knowledge_graph.h"

namespace polgraph {

/// The layout engines render accepts.
inline constexpr std::string_view kLayouts[] = {"dot", "sfdp", "neato", "circo"};

struct RenderOptions {
  std::string layout;     // one of kLayouts; "" = chosen by the graph's shape
  std::string title;      // the picture's title (what was selected); "" = "polgraph"
  bool isolated = false;  // also draw entities without a link
};

/// The longer side of a picture over its shorter side, at most.
inline constexpr double kMaxAspect = 2.0;

/// How the picture was drawn, for the caller to report.
struct RenderSummary {
  std::string layout;
  size_t max_label_chars = 0;    // 0 = names in full
  bool edge_labels = true;       // roles written on the lines
  size_t isolated_left_out = 0;  // entities without a link not drawn
  double width = 0, height = 0;  // the drawing's size in points
};

/// How Render would draw `graph` (layout, names, labels, entities left out),
/// without laying it out; width and height stay 0.
RenderSummary PlanRender(const KnowledgeGraph& graph, const RenderOptions& options);

/// Lays out `graph` and writes the picture to `out`. Throws Error if the
/// layout or rendering fails (the message has Graphviz's own) or the stream
/// fails.
RenderSummary Render(const KnowledgeGraph& graph, ImageFormat format, const RenderOptions& options,
                     std::ostream& out);

}  // namespace polgraph
