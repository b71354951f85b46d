// The title and legend of a rendered picture, as one Graphviz HTML-like label
// for the graph: the title (the selection drawn) on top, then a sample of
// each relation drawn (a line in its declared colour and style, built of
// table cells so no font has to carry line glyphs) and a swatch of each
// entity type drawn (its fill, its shape named). Only what the picture shows
// is listed, in the order relations are declared and types are listed.
#pragma once

#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace polgraph {

/// The label, for DotGraph::SetHtmlLabel. `isolated`: whether entities
/// without a link are drawn (their types count only then). Throws Error if
/// the title or a relation name is not valid UTF-8.
std::string LegendLabel(const KnowledgeGraph& graph, std::string_view title, bool isolated);

}  // namespace polgraph
