#include "export/export_fields.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

namespace polgraph {
namespace {

void Widen(DateSpan& span, const Edge& edge) {
  if (edge.first.IsKnown() && (!span.first.IsKnown() || edge.first < span.first))
    span.first = edge.first;
  if (edge.last.IsKnown() && (!span.last.IsKnown() || span.last < edge.last)) span.last = edge.last;
}

}  // namespace

std::string NodeId(EntityId id) { return "n" + std::to_string(id.value); }

std::string EdgeKey(EdgeId id) { return "e" + std::to_string(id.value); }

std::string RolesText(const Edge& edge) {
  std::string text;
  for (const std::string& role : edge.roles) {
    if (!text.empty()) text += "; ";
    text += role;
  }
  return text;
}

std::vector<DateSpan> EntitySpans(const KnowledgeGraph& graph) {
  std::vector<DateSpan> spans(graph.entity_count());
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    Widen(spans[edge.subject.value], edge);
    Widen(spans[edge.object.value], edge);
  }
  return spans;
}

std::vector<std::vector<Date>> EventDates(const KnowledgeGraph& graph,
                                          const std::vector<Triple>& events) {
  std::map<std::tuple<uint32_t, uint32_t, Relation>, uint32_t> edge_of;
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    edge_of.emplace(std::tuple{edge.subject.value, edge.object.value, edge.relation}, e);
  }
  std::vector<std::vector<Date>> dates(graph.edge_count());
  for (const Triple& event : events) {
    if (!event.evidence.date.IsKnown()) continue;
    std::optional<EntityId> subject = graph.Find(event.subject.name);
    std::optional<EntityId> object = graph.Find(event.object.name);
    if (!subject || !object) continue;
    auto edge = edge_of.find({subject->value, object->value, event.relation});
    if (edge != edge_of.end()) dates[edge->second].push_back(event.evidence.date);
  }
  for (std::vector<Date>& days : dates) {
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
  }
  return dates;
}

std::string ShowBytes(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    }
  }
  return out;
}

}  // namespace polgraph
