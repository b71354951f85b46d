// The text tables of query_printers.h.
#include <algorithm>
#include <cstdio>

#include "cli/query_printers.h"
#include "cli/text_table.h"

namespace polgraph::cli {
namespace {

using Align = TextTable::Align;

std::string DateCell(Date date) { return date.IsKnown() ? date.ToIso() : "-"; }

std::string Cell(const std::string& text) { return text.empty() ? "-" : text; }

// Where the term is known from: "news", "aliases" or both.
std::string KnownFrom(bool in_news, bool in_aliases) {
  if (in_news && in_aliases) return "news, aliases";
  return in_aliases ? "aliases" : "news";
}

// The edge read from `from`: "-met->" or "<-met-".
std::string Arrow(const Edge& edge, EntityId from) {
  const std::string& name = edge.relation.name();
  return edge.subject == from ? "-" + name + "->" : "<-" + name + "-";
}

// Appends Arrow(edge, from) to `out`.
void AppendArrow(const Edge& edge, EntityId from, std::string* out) {
  const bool forward = edge.subject == from;
  *out += forward ? "-" : "<-";
  *out += edge.relation.name();
  *out += forward ? "->" : "-";
}

std::string Score(Centrality by, double score) {
  char text[32];
  std::snprintf(text, sizeof text,
                by == Centrality::kDegree        ? "%.0f"
                : by == Centrality::kBetweenness ? "%.2f"
                                                 : "%.6f",
                score);
  return text;
}

// The neighbors table; `Network` is a KnowledgeGraph or an EdgeList.
template <typename Network>
void WriteNeighbors(const Network& graph, const std::vector<Neighbor>& neighbors,
                    std::ostream& out) {
  TextTable table({{"distance", Align::kRight}, {"entity"}, {"type"}, {"via"}, {"links"}});
  table.WriteRows(out, neighbors.size(), [&](size_t i, std::vector<std::string>& cells) {
    const Neighbor& n = neighbors[i];
    cells.resize(5);  // assigned cell by cell: the strings' room is reused from row to row
    cells[0] = std::to_string(n.distance);
    cells[1] = graph.entity(n.entity).name;
    cells[2] = ToString(graph.entity(n.entity).type);
    cells[3] = graph.entity(n.via).name;
    std::string& links = cells[4];  // the arrows, joined by ", "
    links.clear();
    for (EdgeId id : n.edges) {
      if (!links.empty()) links += ", ";
      AppendArrow(graph.edge(id), n.via, &links);
    }
  });
}

// The met pairs; `Network` is a KnowledgeGraph or an EdgeList.
template <typename Network>
void WriteMet(const Network& graph, const std::vector<MetPair>& pairs, std::ostream& out) {
  TextTable table({{"entity"}, {"met"}, {"times", Align::kRight}, {"first"}, {"last"}});
  table.WriteRows(out, pairs.size(), [&](size_t i, std::vector<std::string>& cells) {
    const MetPair& pair = pairs[i];
    cells.resize(5);  // assigned cell by cell: the strings' room is reused from row to row
    cells[0] = graph.entity(pair.a).name;
    cells[1] = graph.entity(pair.b).name;
    cells[2] = std::to_string(pair.count);
    cells[3] = DateCell(pair.first);
    cells[4] = DateCell(pair.last);
  });
}

// The widths of the events table's cells, from the values the events refer
// to, each measured once (a hub's timeline has 67,000 rows, 20,000 names).
std::vector<size_t> EventWidths(const Timeline& timeline) {
  constexpr size_t kUnmeasured = SIZE_MAX;
  std::vector<size_t> subjects(timeline.ends.size(), kUnmeasured), objects = subjects;
  std::vector<size_t> relations(timeline.relations.size(), kUnmeasured);
  std::vector<size_t> roles(timeline.roles.size(), kUnmeasured);
  // The width of the value at `place`, shown as `text` ("-" for none when
  // `dash`), measured once.
  auto measured = [](std::vector<size_t>& widths, uint32_t place, const std::string& text,
                     bool dash = false) {
    if (widths[place] == kUnmeasured) widths[place] = CellWidth(dash ? Cell(text) : text);
    return widths[place];
  };
  std::vector<size_t> widths(6, 0);
  long items = 0;
  for (const TimelineEvent& e : timeline.events) {
    widths[0] = std::max(widths[0], e.date.IsKnown() ? size_t{10} : size_t{1});  // ToIso or "-"
    widths[1] = std::max(widths[1], measured(subjects, e.subject, timeline.subject(e).name));
    widths[2] = std::max(widths[2], measured(relations, e.relation, timeline.relation(e).name()));
    widths[3] = std::max(widths[3], measured(objects, e.object, timeline.object(e).name, true));
    widths[4] = std::max(widths[4], measured(roles, e.role, timeline.role(e), true));
    items = std::max(items, e.items);
  }
  widths[5] = std::to_string(items).size();  // the most digits
  return widths;
}

}  // namespace

std::string CentralityName(Centrality by) {
  switch (by) {
    case Centrality::kDegree:
      return "degree";
    case Centrality::kBetweenness:
      return "betweenness";
    case Centrality::kPageRank:
      return "pagerank";
  }
  return "";
}

void WriteMetTable(const KnowledgeGraph& network, const std::vector<MetPair>& pairs,
                   std::ostream& out) {
  WriteMet(network, pairs, out);
}

void WriteMetTable(const EdgeList& network, const std::vector<MetPair>& pairs, std::ostream& out) {
  WriteMet(network, pairs, out);
}

void WriteNeighborsTable(const KnowledgeGraph& network, const std::vector<Neighbor>& neighbors,
                         std::ostream& out) {
  WriteNeighbors(network, neighbors, out);
}

void WriteNeighborsTable(const EdgeList& network, const std::vector<Neighbor>& neighbors,
                         std::ostream& out) {
  WriteNeighbors(network, neighbors, out);
}

void WritePathTable(const KnowledgeGraph& graph, EntityId from, EntityId to,
                    const std::optional<std::vector<PathStep>>& path, std::ostream& out) {
  if (!path) {
    out << "no path between " << graph.entity(from).name << " and " << graph.entity(to).name
        << '\n';
    return;
  }
  TextTable table({{"step", Align::kRight},
                   {"from"},
                   {"link"},
                   {"to"},
                   {"times", Align::kRight},
                   {"first"},
                   {"last"}});
  int step = 0;
  for (const PathStep& s : *path) {
    const Edge& edge = graph.edge(s.edge);
    table.AddRow({std::to_string(++step), graph.entity(s.from).name, Arrow(edge, s.from),
                  graph.entity(s.to).name, std::to_string(edge.count), DateCell(edge.first),
                  DateCell(edge.last)});
  }
  table.Write(out);
}

void WriteTopTable(const KnowledgeGraph& graph, Centrality by, const std::vector<Ranked>& ranked,
                   std::ostream& out) {
  TextTable table(
      {{"rank", Align::kRight}, {"entity"}, {"type"}, {CentralityName(by), Align::kRight}});
  int rank = 0;
  for (const Ranked& r : ranked) {
    const Entity& entity = graph.entity(r.entity);
    table.AddRow({std::to_string(++rank), entity.name, std::string(ToString(entity.type)),
                  Score(by, r.score)});
  }
  table.Write(out);
}

void WriteTimelineTable(const std::string& name, const Timeline& timeline, std::ostream& out) {
  out << name << "\n\noffices\n";
  TextTable offices({{"office"}, {"from"}, {"to"}, {"known from"}});
  for (const OfficeTerm& term : timeline.offices) {
    offices.AddRow({term.role.empty() ? "-" : term.role, DateCell(term.from), DateCell(term.to),
                    KnownFrom(term.in_news, term.in_aliases)});
  }
  offices.Write(out);
  out << "\nevents\n";
  TextTable events(
      {{"date"}, {"subject"}, {"relation"}, {"object"}, {"role"}, {"items", Align::kRight}});
  events.WriteRows(out, timeline.events.size(), EventWidths(timeline),
                   [&](size_t i, std::vector<std::string>& cells) {
                     const TimelineEvent& e = timeline.events[i];
                     const EntityRef& object = timeline.object(e);
                     const std::string& role = timeline.role(e);
                     cells.resize(6);  // assigned cell by cell: the room is reused row to row
                     cells[0] = DateCell(e.date);
                     cells[1] = timeline.subject(e).name;
                     cells[2] = timeline.relation(e).name();
                     cells[3] = object.empty() ? "-" : object.name;
                     cells[4] = role.empty() ? "-" : role;
                     cells[5] = std::to_string(e.items);
                   });
}

std::string ItemPlace(const Evidence& evidence) {
  return evidence.source + " item " + std::to_string(evidence.item);
}

void WriteEvidenceTable(const std::vector<Triple>& triples, std::ostream& out) {
  bool said = std::any_of(triples.begin(), triples.end(),
                          [](const Triple& t) { return !t.statement.empty(); });
  bool linked = std::any_of(triples.begin(), triples.end(),
                            [](const Triple& t) { return !t.evidence.url.empty(); });
  std::vector<TextTable::Column> columns = {{"date"}, {"subject"}, {"relation"}, {"object"}};
  if (said) columns.push_back({"said"});
  for (const char* name : {"item", "title"}) columns.push_back({name});
  if (linked) columns.push_back({"url"});
  for (const char* name : {"rule", "sentence"}) columns.push_back({name});
  TextTable table(std::move(columns));
  for (const Triple& t : triples) {
    const Evidence& e = t.evidence;
    std::vector<std::string> row = {DateCell(e.date), t.subject.name, t.relation.name(),
                                    t.object.name};
    if (said) row.push_back(Cell(t.statement));
    row.push_back(ItemPlace(e));
    row.push_back(Cell(e.title));
    if (linked) row.push_back(Cell(e.url));
    row.push_back(e.rule);
    row.push_back(e.sentence);
    table.AddRow(std::move(row));
  }
  table.Write(out);
}

void WriteEventsTable(const std::vector<Triple>& events, const RelationTraits& relations,
                      std::ostream& out) {
  TextTable table({{"date"},
                   {"subject"},
                   {"relation"},
                   {"object"},
                   {"role"},
                   {"said"},
                   {"title"},
                   {"source"},
                   {"url"},
                   {"sentence"}});
  for (const Triple& t : events) {
    const Evidence& e = t.evidence;
    table.AddRow({DateCell(e.date), t.subject.name, relations.LabelOf(t.relation),
                  Cell(t.object.name), Cell(t.role), Cell(t.statement), Cell(e.title),
                  e.publisher.empty() ? ItemPlace(e) : e.publisher, Cell(e.url), e.sentence});
  }
  table.Write(out);
}

void WriteOfficeTable(const std::string& office, const std::vector<OfficeHolding>& holdings,
                      std::ostream& out) {
  out << office << "\n\nholders\n";
  TextTable holders({{"holder"}, {"office"}, {"from"}, {"to"}, {"known from"}});
  for (const OfficeHolding& h : holdings) {
    holders.AddRow({h.holder, Cell(h.role), DateCell(h.from), DateCell(h.to),
                    KnownFrom(!h.events.empty(), h.in_aliases)});
  }
  holders.Write(out);
  out << "\nchanges\n";
  TextTable changes({{"date"}, {"relation"}, {"holder"}, {"role"}, {"by"}, {"item"}, {"sentence"}});
  for (const OfficeHolding& h : holdings) {
    for (const Triple& t : h.events) {
      const Evidence& e = t.evidence;
      changes.AddRow({DateCell(e.date), t.relation.name(), t.object.name, Cell(t.role),
                      t.subject.name, Cell(e.title.empty() ? ItemPlace(e) : e.title), e.sentence});
    }
  }
  changes.Write(out);
}

void WriteStatsTable(const std::string& db, const StoreStats& stats, std::ostream& out) {
  out << "database  " << db << "\nitems     " << stats.items;
  if (stats.first.IsKnown())
    out << " (" << stats.first.ToIso() << " to " << stats.last.ToIso() << ")";
  if (stats.items_without_text > 0)
    out << "; " << stats.items_without_text << " without their text (cannot be re-extracted)";
  out << "\ntriples   " << stats.triples << "\nentities  " << stats.entities << "\n\n";
  TextTable relations({{"relation"}, {"triples", Align::kRight}});
  for (const auto& [relation, count] : stats.triples_by_relation) {
    relations.AddRow({relation, std::to_string(count)});
  }
  relations.Write(out);
  out << '\n';
  TextTable types({{"type"}, {"entities", Align::kRight}});
  for (const auto& [type, count] : stats.entities_by_type) {
    types.AddRow({std::string(ToString(type)), std::to_string(count)});
  }
  types.Write(out);
}

}  // namespace polgraph::cli
