// How `polgraph query` and `polgraph stats` print their answers: an aligned
// text table (Write*Table) or JSON through rapidjson::Writer (Write*Json).
// Unknown dates print as "-" in tables and null in JSON. In tables an edge
// reads from the row's first entity: "-met->" when it is the subject,
// "<-met-" when it is the object.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/office_history.h"
#include "graph/queries.h"
#include "graph/store.h"

namespace polgraph::cli {

/// Met and neighbors: `network` is what the answer's ids refer to, a graph or lists.
void WriteMetTable(const KnowledgeGraph& network, const std::vector<MetPair>& pairs,
                   std::ostream& out);
void WriteMetTable(const EdgeList& network, const std::vector<MetPair>& pairs, std::ostream& out);
void WriteMetJson(const KnowledgeGraph& network, const std::vector<MetPair>& pairs,
                  std::ostream& out);
void WriteMetJson(const EdgeList& network, const std::vector<MetPair>& pairs, std::ostream& out);

void WriteNeighborsTable(const KnowledgeGraph& network, const std::vector<Neighbor>& neighbors,
                         std::ostream& out);
void WriteNeighborsTable(const EdgeList& network, const std::vector<Neighbor>& neighbors,
                         std::ostream& out);
void WriteNeighborsJson(const KnowledgeGraph& network, const std::vector<Neighbor>& neighbors,
                        std::ostream& out);
void WriteNeighborsJson(const EdgeList& network, const std::vector<Neighbor>& neighbors,
                        std::ostream& out);

/// `path` is nullopt when `from` and `to` are not connected.
void WritePathTable(const KnowledgeGraph& graph, EntityId from, EntityId to,
                    const std::optional<std::vector<PathStep>>& path, std::ostream& out);
void WritePathJson(const KnowledgeGraph& graph, EntityId from, EntityId to,
                   const std::optional<std::vector<PathStep>>& path, std::ostream& out);

void WriteTopTable(const KnowledgeGraph& graph, Centrality by, const std::vector<Ranked>& ranked,
                   std::ostream& out);
void WriteTopJson(const KnowledgeGraph& graph, Centrality by, const std::vector<Ranked>& ranked,
                  std::ostream& out);

void WriteTimelineTable(const std::string& name, const Timeline& timeline, std::ostream& out);
void WriteTimelineJson(const std::string& name, const Timeline& timeline, std::ostream& out);

void WriteEvidenceTable(const std::vector<Triple>& triples, std::ostream& out);
void WriteEvidenceJson(const std::vector<Triple>& triples, std::ostream& out);

/// One row per event: date, subject, relation (its label), object, role,
/// what was said, the item's title, source (publisher, else file and item),
/// url and sentence.
void WriteEventsTable(const std::vector<Triple>& events, const RelationTraits& relations,
                      std::ostream& out);
void WriteEventsJson(const std::vector<Triple>& events, const RelationTraits& relations,
                     std::ostream& out);

/// The holders of an office, then each change behind them.
void WriteOfficeTable(const std::string& office, const std::vector<OfficeHolding>& holdings,
                      std::ostream& out);
void WriteOfficeJson(const std::string& office, const std::vector<OfficeHolding>& holdings,
                     std::ostream& out);

/// "corpus.txt item 16": the 16th item of the file (not its line).
std::string ItemPlace(const Evidence& evidence);

void WriteStatsTable(const std::string& db, const StoreStats& stats, std::ostream& out);
void WriteStatsJson(const std::string& db, const StoreStats& stats, std::ostream& out);

/// "degree", "betweenness", "pagerank".
std::string CentralityName(Centrality by);

}  // namespace polgraph::cli
