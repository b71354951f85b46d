#include "export/json_writer.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <string>

#include "export/export_fields.h"
#include "base/error.h"

namespace polgraph {
namespace {

// Refuses strings that are not valid UTF-8 instead of writing them through.
// (Compact: RapidJSON 1.1's PrettyWriter cannot take writer flags.)
using JsonWriter =
    rapidjson::Writer<rapidjson::OStreamWrapper, rapidjson::UTF8<>, rapidjson::UTF8<>,
                      rapidjson::CrtAllocator, rapidjson::kWriteValidateEncodingFlag>;

void Check(bool ok, std::string_view value) {
  if (!ok) throw Error("JSON output: \"" + ShowBytes(value) + "\" is not valid UTF-8");
}

void Member(JsonWriter& json, const char* key, std::string_view value) {
  json.Key(key);
  Check(json.String(value.data(), static_cast<rapidjson::SizeType>(value.size())), value);
}

void Member(JsonWriter& json, const char* key, int64_t value) {
  json.Key(key);
  json.Int64(value);
}

void WriteNode(JsonWriter& json, const KnowledgeGraph& graph, EntityId id) {
  const Entity& entity = graph.entity(id);
  json.StartObject();
  Member(json, "id", NodeId(id));
  Member(json, "label", entity.name);
  Member(json, "type", ToString(entity.type));
  Member(json, "mentions", entity.mentions);
  Member(json, "degree", static_cast<int64_t>(graph.degree(id)));
  json.EndObject();
}

void WriteLink(JsonWriter& json, const KnowledgeGraph& graph, EdgeId id) {
  const Edge& edge = graph.edge(id);
  json.StartObject();
  Member(json, "source", NodeId(edge.subject));
  Member(json, "target", NodeId(edge.object));
  Member(json, "key", EdgeKey(id));
  Member(json, "relation", edge.relation.name());
  Member(json, "weight", edge.count);
  if (edge.first.IsKnown()) Member(json, "first", edge.first.ToIso());
  if (edge.last.IsKnown()) Member(json, "last", edge.last.ToIso());
  if (!edge.roles.empty()) Member(json, "role", RolesText(edge));
  json.EndObject();
}

}  // namespace

void WriteJson(const KnowledgeGraph& graph, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter json(stream);
  json.StartObject();
  json.Key("directed");
  json.Bool(true);
  json.Key("multigraph");
  json.Bool(true);
  json.Key("graph");
  json.StartObject();
  json.EndObject();
  json.Key("nodes");
  json.StartArray();
  for (uint32_t n = 0; n < graph.entity_count(); ++n) WriteNode(json, graph, EntityId{n});
  json.EndArray();
  json.Key("links");
  json.StartArray();
  for (uint32_t e = 0; e < graph.edge_count(); ++e) WriteLink(json, graph, EdgeId{e});
  json.EndArray();
  json.EndObject();
  out << '\n';
  out.flush();
  if (!out) throw Error("JSON output: the stream failed");
}

}  // namespace polgraph
