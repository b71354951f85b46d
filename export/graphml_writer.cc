#include "export/graphml_writer.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

#include "base/error.h"
#include "export/export_fields.h"
#include "export/xml_writer.h"

namespace polgraph {
namespace {

// The markup is laid out here into one buffer, flushed to the stream a
// megabyte at a time; every name, type, relation and role goes through
// XmlEscapedText (libxml2's escaping, as XmlWriter::Text writes it), ids,
// numbers and dates are ASCII digits. The bytes are those XmlWriter would
// write element by element, indentation included, in a fraction of the time.

// The attributes, in the order their <key>s are declared, with their fixed ids.
struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;
};
constexpr Key kKeys[] = {
    {"d0", "node", "label", "string"},    {"d1", "node", "type", "string"},
    {"d2", "node", "mentions", "int"},    {"d3", "node", "degree", "int"},
    {"d4", "edge", "relation", "string"}, {"d5", "edge", "weight", "double"},
    {"d6", "edge", "first", "string"},    {"d7", "edge", "last", "string"},
    {"d8", "edge", "role", "string"},     {"d9", "node", "name", "string"},
};
// The <data> openings of each attribute, at their indentation.
constexpr std::string_view kLabel = "      <data key=\"d0\">";
constexpr std::string_view kName = "      <data key=\"d9\">";
constexpr std::string_view kType = "      <data key=\"d1\">";
constexpr std::string_view kMentions = "      <data key=\"d2\">";
constexpr std::string_view kDegree = "      <data key=\"d3\">";
constexpr std::string_view kRelation = "      <data key=\"d4\">";
constexpr std::string_view kWeight = "      <data key=\"d5\">";
constexpr std::string_view kFirst = "      <data key=\"d6\">";
constexpr std::string_view kLast = "      <data key=\"d7\">";
constexpr std::string_view kRole = "      <data key=\"d8\">";
constexpr std::string_view kEndData = "</data>\n";

class Document {
 public:
  explicit Document(std::ostream& out) : out_(out) { buffer_.reserve(kFlushAt + 4096); }

  Document& operator<<(std::string_view text) {
    buffer_.append(text);
    return *this;
  }
  Document& operator<<(long number) {
    char digits[24];
    auto [end, error] = std::to_chars(digits, digits + sizeof digits, number);
    buffer_.append(digits, end);
    return *this;
  }
  // <data key="...">value</data>, left out when `value` is empty.
  void Data(std::string_view opening, std::string_view value) {
    if (value.empty()) return;
    buffer_.append(opening);
    buffer_.append(XmlEscapedText(value));
    buffer_.append(kEndData);
  }
  void Data(std::string_view opening, long number) { *this << opening << number << kEndData; }
  // YYYY-MM-DD; left out when unknown.
  void Data(std::string_view opening, const Date& date) {
    if (!date.IsKnown()) return;
    buffer_.append(opening);
    Padded(date.year(), 4);
    buffer_ += '-';
    Padded(date.month(), 2);
    buffer_ += '-';
    Padded(date.day(), 2);
    buffer_.append(kEndData);
  }

  void FlushIfFull() {
    if (buffer_.size() >= kFlushAt) Flush();
  }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    if (!out_) throw Error("XML output: the stream failed");
  }

 private:
  static constexpr size_t kFlushAt = 1 << 20;

  void Padded(int number, int width) {
    char digits[12];
    auto [end, error] = std::to_chars(digits, digits + sizeof digits, number);
    buffer_.append(static_cast<size_t>(std::max<ptrdiff_t>(0, width - (end - digits))), '0');
    buffer_.append(digits, end);
  }

  std::ostream& out_;
  std::string buffer_;
};

void WriteHeader(Document& doc) {
  doc << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& key : kKeys) {
    doc << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
        << "\" attr.type=\"" << key.type << "\"/>\n";
  }
}

void WriteNode(Document& doc, const KnowledgeGraph& graph, EntityId id) {
  const Entity& entity = graph.entity(id);
  doc << "    <node id=\"n" << static_cast<long>(id.value) << "\">\n";
  doc.Data(kLabel, entity.name);
  doc.Data(kName, entity.name);
  doc.Data(kType, ToString(entity.type));  // never empty: the node always has content
  doc.Data(kMentions, entity.mentions);
  doc.Data(kDegree, static_cast<long>(graph.degree(id)));
  doc << "    </node>\n";
}

void WriteEdge(Document& doc, const KnowledgeGraph& graph, EdgeId id, bool symmetric_undirected) {
  const Edge& edge = graph.edge(id);
  doc << "    <edge id=\"e" << static_cast<long>(id.value) << "\" source=\"n"
      << static_cast<long>(edge.subject.value) << "\" target=\"n"
      << static_cast<long>(edge.object.value) << "\"";
  if (symmetric_undirected && graph.relations().IsSymmetric(edge.relation))
    doc << " directed=\"false\"";
  doc << ">\n";
  doc.Data(kRelation, edge.relation.name());  // never empty: the edge always has content
  doc.Data(kWeight, edge.count);
  doc.Data(kFirst, edge.first);
  doc.Data(kLast, edge.last);
  if (!edge.roles.empty()) doc.Data(kRole, RolesText(edge));
  doc << "    </edge>\n";
}

}  // namespace

void WriteGraphml(const KnowledgeGraph& graph, const WriteOptions& options, std::ostream& out) {
  Document doc(out);
  WriteHeader(doc);
  if (graph.entity_count() == 0) {
    doc << "  <graph id=\"G\" edgedefault=\"directed\"/>\n</graphml>\n";
  } else {
    doc << "  <graph id=\"G\" edgedefault=\"directed\">\n";
    for (uint32_t n = 0; n < graph.entity_count(); ++n) {
      WriteNode(doc, graph, EntityId{n});
      doc.FlushIfFull();
    }
    for (uint32_t e = 0; e < graph.edge_count(); ++e) {
      WriteEdge(doc, graph, EdgeId{e}, options.symmetric_undirected);
      doc.FlushIfFull();
    }
    doc << "  </graph>\n</graphml>\n";
  }
  doc.Flush();
  out.flush();
  if (!out) throw Error("XML output: the stream failed");
}

void WriteGraphml(const KnowledgeGraph& graph, std::ostream& out) { WriteGraphml(graph, {}, out); }

}  // namespace polgraph
