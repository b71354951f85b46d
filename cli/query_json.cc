// The JSON of query_printers.h, written with rapidjson::Writer. One document
// per answer, followed by a newline.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "cli/query_printers.h"

namespace polgraph::cli {
namespace {

// A rapidjson::Writer over an std::ostream, with the value kinds polgraph uses.
class Json {
 public:
  explicit Json(std::ostream& out) : stream_(out), writer_(stream_), out_(out) {}
  ~Json() { out_ << '\n'; }

  Json& Key(const char* key) {
    writer_.Key(key);
    return *this;
  }
  void String(const std::string& text) {
    writer_.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  }
  void Int(long value) { writer_.Int64(value); }
  void Double(double value) { writer_.Double(value); }
  void Bool(bool value) { writer_.Bool(value); }
  void Null() { writer_.Null(); }
  void Date(polgraph::Date date) { date.IsKnown() ? String(date.ToIso()) : Null(); }
  void StartObject() { writer_.StartObject(); }
  void EndObject() { writer_.EndObject(); }
  void StartArray() { writer_.StartArray(); }
  void EndArray() { writer_.EndArray(); }
  void Strings(const std::vector<std::string>& texts) {
    StartArray();
    for (const std::string& text : texts) String(text);
    EndArray();
  }

 private:
  rapidjson::OStreamWrapper stream_;
  rapidjson::Writer<rapidjson::OStreamWrapper> writer_;
  std::ostream& out_;
};

// `Network` is a KnowledgeGraph or an EdgeList: what the ids refer to.
template <typename Network>
void WriteEdge(const Network& graph, const Edge& edge, Json& json) {
  json.StartObject();
  json.Key("subject").String(graph.entity(edge.subject).name);
  json.Key("relation").String(edge.relation.name());
  json.Key("object").String(graph.entity(edge.object).name);
  json.Key("count").Int(edge.count);
  json.Key("first").Date(edge.first);
  json.Key("last").Date(edge.last);
  json.Key("roles").Strings(edge.roles);
  json.EndObject();
}

// A triple as an event; with `relations`, also the relation's label and code.
void WriteTriple(const Triple& t, Json& json, const RelationTraits* relations = nullptr) {
  const Evidence& e = t.evidence;
  json.StartObject();
  json.Key("item").Int(e.item);
  json.Key("id").String(e.item_id);
  json.Key("date").Date(e.date);
  json.Key("subject").String(t.subject.name);
  json.Key("subject_type").String(std::string(ToString(t.subject.type)));
  json.Key("relation").String(t.relation.name());
  if (relations != nullptr) {
    json.Key("label").String(relations->LabelOf(t.relation));
    json.Key("cameo").String(relations->Of(t.relation).cameo);
  }
  json.Key("object").String(t.object.name);
  json.Key("object_type").String(std::string(ToString(t.object.type)));
  json.Key("role").String(t.role);
  json.Key("statement").String(t.statement);
  json.Key("sentence").String(e.sentence);
  json.Key("rule").String(e.rule);
  json.Key("source").String(e.source);
  json.Key("title").String(e.title);
  json.Key("url").String(e.url);
  json.Key("publisher").String(e.publisher);
  json.EndObject();
}

template <typename Network>
void WriteNeighbors(const Network& graph, const std::vector<Neighbor>& neighbors,
                    std::ostream& out) {
  Json json(out);
  json.StartArray();
  for (const Neighbor& n : neighbors) {
    json.StartObject();
    json.Key("entity").String(graph.entity(n.entity).name);
    json.Key("type").String(std::string(ToString(graph.entity(n.entity).type)));
    json.Key("distance").Int(n.distance);
    json.Key("via").String(graph.entity(n.via).name);
    json.Key("edges").StartArray();
    for (EdgeId id : n.edges) WriteEdge(graph, graph.edge(id), json);
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
}

// The met pairs; `Network` is a KnowledgeGraph or an EdgeList.
template <typename Network>
void WriteMet(const Network& graph, const std::vector<MetPair>& pairs, std::ostream& out) {
  Json json(out);
  json.StartArray();
  for (const MetPair& pair : pairs) {
    json.StartObject();
    json.Key("a").String(graph.entity(pair.a).name);
    json.Key("b").String(graph.entity(pair.b).name);
    json.Key("count").Int(pair.count);
    json.Key("first").Date(pair.first);
    json.Key("last").Date(pair.last);
    json.EndObject();
  }
  json.EndArray();
}

}  // namespace

void WriteMetJson(const KnowledgeGraph& network, const std::vector<MetPair>& pairs,
                  std::ostream& out) {
  WriteMet(network, pairs, out);
}

void WriteMetJson(const EdgeList& network, const std::vector<MetPair>& pairs, std::ostream& out) {
  WriteMet(network, pairs, out);
}

void WriteNeighborsJson(const KnowledgeGraph& network, const std::vector<Neighbor>& neighbors,
                        std::ostream& out) {
  WriteNeighbors(network, neighbors, out);
}

void WriteNeighborsJson(const EdgeList& network, const std::vector<Neighbor>& neighbors,
                        std::ostream& out) {
  WriteNeighbors(network, neighbors, out);
}

void WritePathJson(const KnowledgeGraph& graph, EntityId from, EntityId to,
                   const std::optional<std::vector<PathStep>>& path, std::ostream& out) {
  Json json(out);
  json.StartObject();
  json.Key("from").String(graph.entity(from).name);
  json.Key("to").String(graph.entity(to).name);
  json.Key("found").Bool(path.has_value());
  json.Key("steps").StartArray();
  for (const PathStep& step : path.value_or(std::vector<PathStep>{})) {
    json.StartObject();
    json.Key("from").String(graph.entity(step.from).name);
    json.Key("to").String(graph.entity(step.to).name);
    json.Key("edge");
    WriteEdge(graph, graph.edge(step.edge), json);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
}

void WriteTopJson(const KnowledgeGraph& graph, Centrality by, const std::vector<Ranked>& ranked,
                  std::ostream& out) {
  Json json(out);
  json.StartArray();
  long rank = 0;
  for (const Ranked& r : ranked) {
    json.StartObject();
    json.Key("rank").Int(++rank);
    json.Key("entity").String(graph.entity(r.entity).name);
    json.Key("type").String(std::string(ToString(graph.entity(r.entity).type)));
    json.Key(CentralityName(by).c_str()).Double(r.score);
    json.EndObject();
  }
  json.EndArray();
}

void WriteTimelineJson(const std::string& name, const Timeline& timeline, std::ostream& out) {
  Json json(out);
  json.StartObject();
  json.Key("entity").String(name);
  json.Key("offices").StartArray();
  for (const OfficeTerm& term : timeline.offices) {
    json.StartObject();
    json.Key("role").String(term.role);
    json.Key("from").Date(term.from);
    json.Key("to").Date(term.to);
    json.Key("in_news").Bool(term.in_news);
    json.Key("in_aliases").Bool(term.in_aliases);
    json.EndObject();
  }
  json.EndArray();
  json.Key("events").StartArray();
  for (const TimelineEvent& e : timeline.events) {
    json.StartObject();
    json.Key("date").Date(e.date);
    json.Key("subject").String(timeline.subject(e).name);
    json.Key("relation").String(timeline.relation(e).name());
    json.Key("object").String(timeline.object(e).name);
    json.Key("role").String(timeline.role(e));
    json.Key("items").Int(e.items);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
}

void WriteEvidenceJson(const std::vector<Triple>& triples, std::ostream& out) {
  Json json(out);
  json.StartArray();
  for (const Triple& t : triples) WriteTriple(t, json);
  json.EndArray();
}

void WriteEventsJson(const std::vector<Triple>& events, const RelationTraits& relations,
                     std::ostream& out) {
  Json json(out);
  json.StartArray();
  for (const Triple& t : events) WriteTriple(t, json, &relations);
  json.EndArray();
}

void WriteOfficeJson(const std::string& office, const std::vector<OfficeHolding>& holdings,
                     std::ostream& out) {
  Json json(out);
  json.StartObject();
  json.Key("office").String(office);
  json.Key("holders").StartArray();
  for (const OfficeHolding& h : holdings) {
    json.StartObject();
    json.Key("holder").String(h.holder);
    json.Key("role").String(h.role);
    json.Key("from").Date(h.from);
    json.Key("to").Date(h.to);
    json.Key("in_aliases").Bool(h.in_aliases);
    json.Key("events").StartArray();
    for (const Triple& t : h.events) WriteTriple(t, json);
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
}

void WriteStatsJson(const std::string& db, const StoreStats& stats, std::ostream& out) {
  Json json(out);
  json.StartObject();
  json.Key("database").String(db);
  json.Key("items").Int(stats.items);
  json.Key("items_without_text").Int(stats.items_without_text);
  json.Key("triples").Int(stats.triples);
  json.Key("entities").Int(stats.entities);
  json.Key("first").Date(stats.first);
  json.Key("last").Date(stats.last);
  json.Key("triples_by_relation").StartObject();
  for (const auto& [relation, count] : stats.triples_by_relation)
    json.Key(relation.c_str()).Int(count);
  json.EndObject();
  json.Key("entities_by_type").StartObject();
  for (const auto& [type, count] : stats.entities_by_type) {
    json.Key(std::string(ToString(type)).c_str()).Int(count);
  }
  json.EndObject();
  json.EndObject();
}

}  // namespace polgraph::cli
