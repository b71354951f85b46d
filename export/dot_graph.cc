#include "export/dot_graph.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "base/error.h"
#include "export/graph_style.h"

namespace polgraph {
namespace {

// cgraph takes char* for strings it only reads (and copies).
char* Chars(const std::string& s) { return const_cast<char*>(s.c_str()); }

void Set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), Chars(value), const_cast<char*>(""));
}

void Declare(Agraph_t* graph, int kind, const char* name, const char* value) {
  agattr(graph, kind, const_cast<char*>(name), const_cast<char*>(value));
}

// 1 for a single sighting, growing with log2 of the count, at most 8.
std::string PenWidth(long count) {
  double width = 1.0 + 1.5 * std::log2(static_cast<double>(std::max(count, 1L)));
  char text[16];
  std::snprintf(text, sizeof text, "%.1f", std::min(width, 8.0));
  return text;
}

std::string DatesText(const Date& first, const Date& last) {
  if (!first.IsKnown()) return "";
  if (first == last || !last.IsKnown()) return ", " + first.ToIso();
  return ", " + first.ToIso() + " to " + last.ToIso();
}

// The relation's label ("said (about)" for announced), with the first office;
// without the relation's name, the office alone.
std::string EdgeLabel(const KnowledgeGraph& graph, const Edge& edge, bool relation_name) {
  if (!relation_name) return edge.roles.empty() ? "" : edge.roles.front();
  const std::string& label = graph.relations().LabelOf(edge.relation);
  if (edge.roles.empty()) return label;
  return label + ": " + edge.roles.front();
}

std::string EdgeTooltip(const KnowledgeGraph& graph, const Edge& edge) {
  std::string text = graph.entity(edge.subject).name + " " +
                     graph.relations().LabelOf(edge.relation) + " " +
                     graph.entity(edge.object).name;
  for (const std::string& role : edge.roles) text += "\n" + role;
  return text + "\n" + std::to_string(edge.count) + (edge.count == 1 ? " time" : " times") +
         DatesText(edge.first, edge.last);
}

// The line drawn for an edge: the edge itself, or for a symmetric relation
// seen both ways ("A met B", "B met A") the two as one, counted together.
struct Line {
  Edge edge;
  bool undirected = false;
};

Date Earlier(const Date& a, const Date& b) {
  if (!a.IsKnown()) return b;
  if (!b.IsKnown()) return a;
  return std::min(a, b);
}

Date Later(const Date& a, const Date& b) { return std::max(a, b); }  // unknown sorts first

// One line per edge, except that the second edge of a symmetric pair is
// folded into the first (its place holds no line: nullopt).
std::vector<std::optional<Line>> Lines(const KnowledgeGraph& graph) {
  std::vector<std::optional<Line>> lines(graph.edge_count());
  std::map<std::tuple<uint32_t, uint32_t, Relation>, uint32_t> first_of_pair;
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    bool symmetric = graph.relations().IsSymmetric(edge.relation);
    if (symmetric) {
      uint32_t low = std::min(edge.subject.value, edge.object.value);
      uint32_t high = std::max(edge.subject.value, edge.object.value);
      auto [place, added] = first_of_pair.try_emplace({low, high, edge.relation}, e);
      if (!added) {
        Edge& kept = lines[place->second]->edge;
        kept.count += edge.count;
        kept.first = Earlier(kept.first, edge.first);
        kept.last = Later(kept.last, edge.last);
        continue;
      }
    }
    lines[e] = Line{edge, symmetric};
  }
  return lines;
}

void DeclareDefaults(Agraph_t* graph) {
  Declare(graph, AGRAPH, "fontname", "Helvetica");
  Declare(graph, AGNODE, "fontname", "Helvetica");
  Declare(graph, AGNODE, "fontsize", "11");
  Declare(graph, AGNODE, "style", "filled");
  Declare(graph, AGEDGE, "fontname", "Helvetica");
  Declare(graph, AGEDGE, "fontsize", "9");
  Declare(graph, AGEDGE, "arrowsize", "0.7");
}

void AddNodes(Agraph_t* out, const KnowledgeGraph& graph, const DotStyle& style) {
  for (uint32_t n = 0; n < graph.entity_count(); ++n) {
    if (!style.isolated && graph.degree(EntityId{n}) == 0) continue;
    const Entity& entity = graph.entity(EntityId{n});
    Agnode_t* node = agnode(out, Chars("n" + std::to_string(n)), 1);
    const TypeStyle& type = StyleOf(entity.type);
    Set(node, "label", EscString(Shorten(entity.name, style.max_label_chars)));
    Set(node, "shape", std::string(type.shape));
    Set(node, "fillcolor", std::string(type.fill));
    Set(node, "tooltip",
        EscString(entity.name + " (" + std::string(ToString(entity.type)) + "), " +
                  std::to_string(entity.mentions) + " mentions"));
  }
}

// minlen for each edge when leaves are staggered: 1, 2, 3, 1, ... over the
// leaves linked from the same entity; "" for the other edges.
std::vector<std::string> StaggeredLengths(const KnowledgeGraph& graph) {
  constexpr long kRows = 3;
  std::vector<std::string> lengths(graph.edge_count());
  std::vector<long> leaves_seen(graph.entity_count(), 0);
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    if (graph.degree(edge.object) != 1 || edge.subject == edge.object) continue;
    lengths[e] = std::to_string(1 + leaves_seen[edge.subject.value]++ % kRows);
  }
  return lengths;
}

void AddEdges(Agraph_t* out, const KnowledgeGraph& graph, const DotStyle& style) {
  std::vector<std::string> lengths;
  if (style.stagger_leaves) lengths = StaggeredLengths(graph);
  std::vector<std::optional<Line>> lines = Lines(graph);
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    if (!lines[e]) continue;
    const Edge& edge = lines[e]->edge;
    Agnode_t* tail = agnode(out, Chars("n" + std::to_string(edge.subject.value)), 0);
    Agnode_t* head = agnode(out, Chars("n" + std::to_string(edge.object.value)), 0);
    Agedge_t* line = agedge(out, tail, head, Chars("e" + std::to_string(e)), 1);
    const DeclaredRelation& relation = graph.relations().Of(edge.relation);
    std::string label = style.edge_labels ? EdgeLabel(graph, edge, style.relation_labels) : "";
    if (!label.empty()) Set(line, "label", EscString(label));
    Set(line, "color", relation.color);
    Set(line, "fontcolor", relation.color);
    Set(line, "style", relation.style);
    Set(line, "penwidth", PenWidth(edge.count));
    Set(line, "tooltip", EscString(EdgeTooltip(graph, edge)));
    if (lines[e]->undirected) Set(line, "dir", "none");
    if (!lengths.empty() && !lengths[e].empty()) Set(line, "minlen", lengths[e]);
  }
}

int PutString(void* stream, const char* text) {
  auto* out = static_cast<std::ostream*>(stream);
  *out << text;
  return *out ? 0 : EOF;
}

int FlushStream(void* stream) {
  auto* out = static_cast<std::ostream*>(stream);
  out->flush();
  return *out ? 0 : EOF;
}

}  // namespace

struct DotGraph::Disciplines {
  Agiodisc_t io{AgIoDisc.afread, PutString, FlushStream};
  Agdisc_t all{&AgMemDisc, &AgIdDisc, &io};
};

DotGraph::DotGraph(const KnowledgeGraph& graph, const DotStyle& style)
    : disciplines_(std::make_unique<Disciplines>()) {
  graph_ = agopen(const_cast<char*>("polgraph"), Agdirected, &disciplines_->all);
  if (graph_ == nullptr) throw Error("DOT: cgraph cannot create a graph");
  DeclareDefaults(graph_);
  AddNodes(graph_, graph, style);
  AddEdges(graph_, graph, style);
}

DotGraph::~DotGraph() { agclose(graph_); }

void DotGraph::SetGraphAttribute(std::string_view name, std::string_view value) {
  Set(graph_, std::string(name).c_str(), std::string(value));
}

void DotGraph::SetHtmlLabel(const std::string& html) {
  char* label = agstrdup_html(graph_, const_cast<char*>(html.c_str()));
  agsafeset(graph_, const_cast<char*>("label"), label, const_cast<char*>(""));
  agstrfree(graph_, label);
}

void DotGraph::Write(std::ostream& out) const {
  if (agwrite(graph_, &out) == EOF || !out) throw Error("DOT output: the stream failed");
}

std::string EscString(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string Shorten(std::string_view text, size_t max_chars) {
  if (max_chars == 0) return std::string(text);
  size_t chars = 0;
  size_t cut = text.size();  // byte where code point number max_chars starts
  for (size_t i = 0; i < text.size(); ++i) {
    bool starts_char = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (!starts_char) continue;
    if (chars == max_chars - 1) cut = std::min(cut, i);
    if (++chars > max_chars) return std::string(text.substr(0, cut)) + "…";
  }
  return std::string(text);
}

}  // namespace polgraph
