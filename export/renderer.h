// Pictures of a KnowledgeGraph, laid out and rendered in process by Graphviz's
// gvc (no `dot` executable needed) to SVG, PNG or PDF. The layout suits the
// size: dot for small graphs, sfdp with overlap removal for large ones. Large
// graphs stay readable: long names are shortened with "…" and, past a number
// of edges, relation labels are left off edges (colour still tells them).
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
  std::string layout;  // one of kLayouts; "" = chosen by the graph's size
};

/// How the picture was drawn, for the caller to report.
struct RenderSummary {
  std::string layout;
  size_t max_label_chars = 0;  // 0 = names in full
  bool edge_labels = true;
};

/// Lays out `graph` and writes the picture to `out`. Throws Error if the
/// layout or rendering fails (the message has Graphviz's own) or the stream
/// fails.
RenderSummary Render(const KnowledgeGraph& graph, ImageFormat format, const RenderOptions& options,
                     std::ostream& out);

}  // namespace polgraph
