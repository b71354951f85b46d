// Fuzzes what happens to triples after they are read: triples as JSON Lines
// (`polgraph ingest --triples`, lenient) go into an SQLite store (in memory),
// the network is built from it, every export format is written and parsed
// back with its own reader (RapidJSON, libxml2, cgraph), and every query runs.
// Errors (polgraph::Error) are a fine answer to bad triples; a crash, a leak,
// an export its reader refuses or a count that does not add up is not.
#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#include <rapidjson/document.h>

#include <sstream>
#include <string>

#include "export/csv_writer.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "graph/graph_builder.h"
#include "graph/queries.h"
#include "graph/sqlite_store.h"
#include "graph/triple_batcher.h"
#include "graph/triple_json_reader.h"
#include "tests/fuzz/fuzz_input.h"

namespace polgraph::fuzz {
namespace {

// Stores what lenient reading of `text` gives. Returns false when nothing could be stored.
bool StoreTriples(const std::string& text, Store& store) {
  std::istringstream in(text);
  ReadOptions options;
  options.lenient = true;
  options.max_line_bytes = 4096;
  TripleJsonReader reader(in, "fuzz.jsonl", options);
  TripleBatcher batcher(store);
  batcher.StartFile();
  try {
    for (Triple triple; reader.Next(&triple);)
      batcher.Add(std::move(triple), Place{"fuzz.jsonl", reader.line_number(), ""});
    batcher.Flush();
  } catch (const Error&) {  // e.g. one item id with two dates: refused as a whole
    return false;
  }
  return true;
}

void CheckExports(const KnowledgeGraph& graph) {
  std::ostringstream json, graphml, gexf, dot, nodes, edges;
  WriteJson(graph, json);
  rapidjson::Document doc;
  doc.Parse(json.str().c_str());
  Check(!doc.HasParseError() && doc.IsObject(), "the JSON export parses");

  WriteGraphml(graph, graphml);
  WriteGexf(graph, gexf);
  for (const std::string& xml : {graphml.str(), gexf.str()}) {
    xmlDocPtr parsed =
        xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "export.xml", nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    Check(parsed != nullptr, "the GraphML and GEXF exports parse");
    xmlFreeDoc(parsed);
  }

  WriteDot(graph, dot);
  Agraph_t* drawn = agmemread(dot.str().c_str());
  Check(drawn != nullptr, "the DOT export parses");
  Check(static_cast<size_t>(agnnodes(drawn)) == graph.entity_count(),
        "the DOT export has a node per entity");
  agclose(drawn);

  for (CsvDialect dialect : {CsvDialect::kNeo4j, CsvDialect::kGephi}) {
    WriteCsvNodes(graph, dialect, nodes);
    WriteCsvEdges(graph, dialect, WriteOptions{}, edges);
  }
}

void RunQueries(const Store& store, const KnowledgeGraph& graph) {
  Met(graph);
  for (Centrality by : {Centrality::kDegree, Centrality::kBetweenness, Centrality::kPageRank})
    Check(Top(graph, by, 5).size() <= 5, "top gives at most its limit");
  if (graph.entity_count() == 0) return;
  const EntityId first{0}, last{static_cast<uint32_t>(graph.entity_count() - 1)};
  Met(graph, first);
  Neighbors(graph, first, 2);
  ShortestPath(graph, first, last);
  const std::string& a = graph.entity(first).name;
  const std::string& b = graph.entity(last).name;
  ResolveEntity(graph, a, [](std::string_view) -> std::optional<std::string> { return {}; });
  TimelineOf(store, a, TripleFilter{});
  EvidenceBetween(store, a, b, TripleFilter{});
}

}  // namespace
}  // namespace polgraph::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  xmlInitParser();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace polgraph;
  SqliteStore store(":memory:", StoreMode::kWrite);
  if (!fuzz::StoreTriples(std::string(fuzz::Text(data, size)), store)) return 0;
  const StoreStats stats = store.Stats();
  KnowledgeGraph graph = BuildKnowledgeGraph(store, TripleFilter{});
  fuzz::Check(graph.entity_count() <= static_cast<size_t>(stats.entities),
              "the network holds no entity the store does not");
  fuzz::CheckExports(graph);
  try {
    fuzz::RunQueries(store, graph);
  } catch (const Error&) {  // e.g. a name two entities fold to
  }
  return 0;
}
