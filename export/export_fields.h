// The fields every export format writes, derived from a KnowledgeGraph the
// same way for all of them: neutral element ids ("n0", "e0"; names never
// become ids, so no format has to make a name safe as an id), roles as one
// scalar, and the span of dates an entity is seen in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "extract/triple.h"
#include "graph/knowledge_graph.h"

namespace polgraph {

/// "n<entity id>".
std::string NodeId(EntityId id);
/// "e<edge id>"; unique across the graph.
std::string EdgeKey(EdgeId id);
/// The edge's roles joined with "; " ("" when it has none).
std::string RolesText(const Edge& edge);

/// The first and last dates an entity's edges were seen; unknown dates when
/// none of its edges has one.
struct DateSpan {
  Date first, last;
};
/// One span per entity, indexed by EntityId.
std::vector<DateSpan> EntitySpans(const KnowledgeGraph& graph);

/// By edge id, the sorted distinct known dates of the `events` behind each
/// edge (a triple belongs to the edge of its subject, relation and object
/// names; triples of no edge are ignored).
std::vector<std::vector<Date>> EventDates(const KnowledgeGraph& graph,
                                          const std::vector<Triple>& events);

/// `text` with bytes outside printable ASCII shown as \xNN, for messages
/// about text that cannot be written.
std::string ShowBytes(std::string_view text);

}  // namespace polgraph
