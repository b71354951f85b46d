// A KnowledgeGraph as a cgraph graph, styled for drawing: the one model the
// DOT writer prints and the renderer lays out. Nodes are "n0", "n1", ... and
// edges are keyed "e0", "e1", ... in id order, so names never have to be DOT
// ids; a name goes into `label` as an escString (a backslash as \\, a newline
// as \n, since cgraph does not escape backslashes). Shape and fill by entity
// type; colour, line style and label by relation (as declared with the
// rules: the graph's RelationTraits); pen width grows with the weight;
// tooltips give counts and first/last dates. A symmetric relation ("met") is
// drawn without arrowheads, and "A met B" with "B met A" as one line whose
// width and tooltip count both.
#pragma once

#include <graphviz/cgraph.h>

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace polgraph {

struct DotStyle {
  size_t max_label_chars = 0;  // names longer than this are cut with "…"; 0 = never
  bool edge_labels = true;     // labels on edges: the relation and its role
  // For the dot layout: links from one entity to leaves (entities with one
  // link) get minlen 1, 2, 3, 1, ... so a hub's leaves stack in staggered
  // rows instead of one very wide row (as Graphviz's `unflatten -l 3`).
  bool stagger_leaves = false;
  bool relation_labels = true;  // with edge_labels: the relation's name (else the role alone)
  bool isolated = true;         // draw entities without a link
};

class DotGraph {
 public:
  explicit DotGraph(const KnowledgeGraph& graph, const DotStyle& style = {});
  ~DotGraph();
  DotGraph(const DotGraph&) = delete;  // owns the cgraph graph

  /// The cgraph graph, for layout; it stays owned by this object.
  Agraph_t* get() const { return graph_; }
  /// Sets a graph attribute such as overlap=prism.
  void SetGraphAttribute(std::string_view name, std::string_view value);
  /// Sets the graph's label to an HTML-like label (Graphviz's <TABLE> markup).
  void SetHtmlLabel(const std::string& html);
  /// Writes the graph as DOT text (agwrite). Throws Error if the stream fails.
  void Write(std::ostream& out) const;

 private:
  struct Disciplines;  // cgraph's memory/id/io hooks; the io one writes to an ostream
  std::unique_ptr<Disciplines> disciplines_;
  Agraph_t* graph_ = nullptr;
};

/// `text` as a Graphviz escString that shows `text` itself: backslashes
/// doubled, newlines as \n.
std::string EscString(std::string_view text);

/// `text` cut to `max_chars` code points, the last one being "…"; unchanged
/// when it is no longer than that or `max_chars` is 0.
std::string Shorten(std::string_view text, size_t max_chars);

}  // namespace polgraph
