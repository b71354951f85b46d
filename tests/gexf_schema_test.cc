// The GEXF polgraph writes, checked by others: valid against the GEXF 1.3 and
// 1.2 XML Schemas (tests/schemas/, validated by libxml2) in every variant
// (events or spans, met undirected or all directed), and read back by
// NetworkX (Debian's python3-networkx; skipped when it is missing).
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <catch2/catch.hpp>
#include <cstdarg>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "export/export_fields.h"
#include "export/gexf_writer.h"
#include "tests/export_test_graph.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::TrickyGraph;

// The libxml2 messages of a validation, collected instead of printed.
void Collect(void* messages, const char* format, ...) {
  va_list args;
  va_start(args, format);
  char text[1024];
  std::vsnprintf(text, sizeof text, format, args);
  va_end(args);
  *static_cast<std::string*>(messages) += text;
}

// "" when `document` is valid against the schema `schema_path`, else
// libxml2's messages.
std::string SchemaErrors(const std::string& schema_path, const std::string& document) {
  std::string messages;
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(schema_path.c_str());
  xmlSchemaSetParserErrors(parser, Collect, Collect, &messages);
  std::unique_ptr<xmlSchema, void (*)(xmlSchemaPtr)> schema(xmlSchemaParse(parser), xmlSchemaFree);
  xmlSchemaFreeParserCtxt(parser);
  if (!schema) return "schema did not compile: " + messages;
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
      xmlReadMemory(document.data(), static_cast<int>(document.size()), "export.gexf", nullptr,
                    XML_PARSE_NONET),
      xmlFreeDoc);
  if (!doc) return "not well-formed";
  std::unique_ptr<xmlSchemaValidCtxt, void (*)(xmlSchemaValidCtxtPtr)> validator(
      xmlSchemaNewValidCtxt(schema.get()), xmlSchemaFreeValidCtxt);
  xmlSchemaSetValidErrors(validator.get(), Collect, Collect, &messages);
  int result = xmlSchemaValidateDoc(validator.get(), doc.get());
  return result == 0 ? "" : messages.empty() ? "invalid" : messages;
}

std::string SchemaOf(GexfVersion version) {
  return std::string(POLGRAPH_SOURCE_DIR "/tests/schemas/") +
         (version == GexfVersion::k1_3 ? "gexf-1.3" : "gexf-1.2draft") + "/gexf.xsd";
}

// One dated event per edge day of the tricky graph, as an export would load
// them: each edge's first and last date.
std::vector<Triple> EventsOf(const KnowledgeGraph& graph) {
  std::vector<Triple> events;
  for (uint32_t e = 0; e < graph.edge_count(); ++e) {
    const Edge& edge = graph.edge(EdgeId{e});
    for (const Date& day : {edge.first, edge.last}) {
      Triple triple{{graph.entity(edge.subject).name, graph.entity(edge.subject).type},
                    edge.relation,
                    {graph.entity(edge.object).name, graph.entity(edge.object).type},
                    "",
                    {},
                    {}};
      triple.evidence.date = day;
      events.push_back(triple);
    }
  }
  return events;
}

std::string Gexf(const KnowledgeGraph& graph, const WriteOptions& options) {
  std::ostringstream out;
  WriteGexf(graph, options, out);
  return out.str();
}

TEST_CASE("gexf schema: every variant is valid GEXF 1.3 and 1.2", "[export][gexf]") {
  auto [version, undirected, with_events] = GENERATE(table<GexfVersion, bool, bool>({
      {GexfVersion::k1_3, true, true},
      {GexfVersion::k1_3, false, false},
      {GexfVersion::k1_2, true, false},
      {GexfVersion::k1_2, false, true},
  }));
  CAPTURE(version == GexfVersion::k1_3, undirected, with_events);
  KnowledgeGraph graph = TrickyGraph();
  WriteOptions options;
  options.gexf_version = version;
  options.symmetric_undirected = undirected;
  if (with_events) options.event_dates = EventDates(graph, EventsOf(graph));
  CHECK(SchemaErrors(SchemaOf(version), Gexf(graph, options)) == "");
}

TEST_CASE("gexf schema: the schemas tell one version from the other", "[export][gexf]") {
  // The check above could not fail if the schemas let anything through.
  KnowledgeGraph graph = TrickyGraph();
  WriteOptions v12;
  v12.gexf_version = GexfVersion::k1_2;
  CHECK(SchemaErrors(SchemaOf(GexfVersion::k1_3), Gexf(graph, v12)) != "");
  CHECK(SchemaErrors(SchemaOf(GexfVersion::k1_2), Gexf(graph, {})) != "");
  std::string bad_colour = Gexf(graph, v12);
  size_t at = bad_colour.find("<viz:color r=\"");
  REQUIRE(at != std::string::npos);
  bad_colour.replace(at, 14, "<viz:color r=\"9");  // a channel above 255
  CHECK(SchemaErrors(SchemaOf(GexfVersion::k1_2), bad_colour).find('r') != std::string::npos);
}

TEST_CASE("gexf schema: NetworkX reads the GEXF back", "[export][gexf][client]") {
  KnowledgeGraph graph = TrickyGraph();
  testing::TempDir dir;
  // NetworkX reads no graph that mixes directed and undirected edges, and
  // before 3.5 no GEXF 1.3: export --gexf-version 1.2 --directed.
  for (GexfVersion version : {GexfVersion::k1_2, GexfVersion::k1_3}) {
    CAPTURE(version == GexfVersion::k1_3);
    WriteOptions options;
    options.gexf_version = version;
    options.symmetric_undirected = false;
    options.event_dates = EventDates(graph, EventsOf(graph));
    std::string path = dir.File("tricky.gexf");
    {
      std::ofstream file(path, std::ios::binary);
      WriteGexf(graph, options, file);
    }
    testing::CommandResult read = testing::RunClientCheck("gexf-networkx", {path});
    if (read.status == testing::kSkipped) {
      WARN("skipped: /usr/bin/python3 has no networkx that reads this GEXF version");
      continue;
    }
    REQUIRE(read.status == 0);
    rapidjson::Document doc;
    doc.Parse(read.out.c_str());
    REQUIRE(!doc.HasParseError());
    CHECK(doc["directed"].GetBool());
    const auto& nodes = doc["nodes"];
    REQUIRE(nodes.MemberCount() == graph.entity_count());
    for (uint32_t n = 0; n < graph.entity_count(); ++n) {
      const Entity& entity = graph.entity(EntityId{n});
      CAPTURE(entity.name);
      const auto& node = nodes[NodeId(EntityId{n}).c_str()];
      CHECK(node["label"].GetString() == entity.name);
      CHECK(node["type"].GetString() == ToString(entity.type));
      CHECK(node["mentions"].GetInt64() == entity.mentions);
    }
    REQUIRE(doc["edges"].Size() == graph.edge_count());
    for (const auto& edge : doc["edges"].GetArray()) {
      std::string key = edge["key"].GetString();
      CAPTURE(key);
      const Edge& written = graph.edge(EdgeId{static_cast<uint32_t>(std::stoul(key.substr(1)))});
      CHECK(edge["source"].GetString() == NodeId(written.subject));
      CHECK(edge["target"].GetString() == NodeId(written.object));
      CHECK(edge["relation"].GetString() == written.relation.name());
      CHECK(edge["weight"].GetDouble() == written.count);
      size_t days = written.first.IsKnown() ? (written.first == written.last ? 1 : 2) : 0;
      CHECK((edge.HasMember("spells") ? edge["spells"].Size() : 0) == days);
    }
  }
}

}  // namespace
}  // namespace polgraph
