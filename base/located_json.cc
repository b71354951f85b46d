#include "base/located_json.h"

#include <optional>
#include <string>
#include <unordered_set>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "base/error.h"

namespace polgraph {
namespace {

// Deepest nesting of arrays and objects accepted: the tree is freed
// recursively, so hostile nesting must stop here, not exhaust the stack.
constexpr size_t kMaxDepth = 256;

// An object with fewer members is searched for a repeated key member by
// member; a larger one keeps a hashed set of its keys.
constexpr size_t kMaxScannedMembers = 16;

// Counts lines as the reader moves forward through the text.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  long LineAt(size_t offset) {
    offset = std::min(offset, text_.size());
    for (; scanned_ < offset; ++scanned_)
      if (text_[scanned_] == '\n') ++line_;
    return line_;
  }

 private:
  std::string_view text_;
  size_t scanned_ = 0;
  long line_ = 1;
};

// Builds the tree from SAX events; the stack holds the open arrays/objects.
class TreeBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder> {
 public:
  TreeBuilder(const rapidjson::MemoryStream& stream, LineCounter& lines)
      : stream_(stream), lines_(lines) {}

  bool Null() {
    Add(JsonNode::Kind::kNull);
    return true;
  }
  bool Bool(bool b) {
    JsonNode& node = Add(JsonNode::Kind::kBool);
    node.boolean = b;
    return true;
  }
  bool RawNumber(const char* str, rapidjson::SizeType length, bool) {
    Add(JsonNode::Kind::kNumber).text.assign(str, length);
    return true;
  }
  bool String(const char* str, rapidjson::SizeType length, bool) {
    Add(JsonNode::Kind::kString).text.assign(str, length);
    return true;
  }
  bool StartObject() {
    if (stack_.size() >= kMaxDepth) return TooDeep();
    stack_.push_back(&Add(JsonNode::Kind::kObject));
    keys_.emplace_back();
    return true;
  }
  bool Key(const char* str, rapidjson::SizeType length, bool) {
    key_.assign(str, length);
    if (Seen(*stack_.back(), keys_.back())) {  // the second would hide the first
      duplicate_key = key_;
      return false;
    }
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    stack_.pop_back();
    keys_.pop_back();
    return true;
  }
  bool StartArray() {
    if (stack_.size() >= kMaxDepth) return TooDeep();
    stack_.push_back(&Add(JsonNode::Kind::kArray));
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    stack_.pop_back();
    return true;
  }

  JsonNode root;
  bool too_deep = false;                     // parsing stopped at kMaxDepth
  std::optional<std::string> duplicate_key;  // parsing stopped at this key, seen before

 private:
  bool TooDeep() {
    too_deep = true;
    return false;
  }

  // Whether `object` already has the member key_. A small object (most are)
  // is searched member by member; a large one keeps its keys in `keys`.
  bool Seen(const JsonNode& object, std::unordered_set<std::string>& keys) const {
    const std::vector<JsonMember>& members = object.members;
    if (members.size() < kMaxScannedMembers) {
      for (const JsonMember& member : members)
        if (member.first == key_) return true;
      return false;
    }
    if (keys.empty())
      for (const JsonMember& member : members) keys.insert(member.first);
    return !keys.insert(key_).second;
  }

  // The reader has just passed the value's first character (an array or an
  // object) or its last (a scalar, which never spans lines): either way the
  // reader's position is on the value's line.
  JsonNode& Add(JsonNode::Kind kind) {
    JsonNode* node = &root;
    if (!stack_.empty()) {
      JsonNode* parent = stack_.back();
      if (parent->kind == JsonNode::Kind::kArray) {
        node = &parent->items.emplace_back();
      } else {
        node = &parent->members.emplace_back(JsonMember{key_, JsonNode()}).second;
      }
    }
    node->kind = kind;
    node->line = lines_.LineAt(stream_.Tell());
    return *node;
  }

  const rapidjson::MemoryStream& stream_;
  LineCounter& lines_;
  std::vector<JsonNode*> stack_;
  // Of each open object once it has kMaxScannedMembers members, else empty.
  std::vector<std::unordered_set<std::string>> keys_;
  std::string key_;
};

}  // namespace

const JsonNode* JsonNode::Get(std::string_view key) const {
  for (const auto& [name, value] : members)
    if (name == key) return &value;
  return nullptr;
}

std::string_view Describe(JsonNode::Kind kind) {
  switch (kind) {
    case JsonNode::Kind::kNull:
      return "null";
    case JsonNode::Kind::kBool:
      return "a boolean";
    case JsonNode::Kind::kNumber:
      return "a number";
    case JsonNode::Kind::kString:
      return "a string";
    case JsonNode::Kind::kArray:
      return "an array";
    case JsonNode::Kind::kObject:
      return "an object";
  }
  return "a value";
}

JsonNode ParseLocatedJson(std::string_view json, const std::string& source) {
  rapidjson::MemoryStream stream(json.data(), json.size());
  LineCounter lines(json);
  TreeBuilder builder(stream, lines);
  rapidjson::Reader reader;
  constexpr unsigned kFlags = rapidjson::kParseNumbersAsStringsFlag |
                              rapidjson::kParseValidateEncodingFlag |
                              rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag;
  rapidjson::ParseResult result = reader.Parse<kFlags>(stream, builder);
  if (result.IsError()) {
    LineCounter at_error(json);
    const long line = at_error.LineAt(result.Offset());
    if (builder.duplicate_key) {
      throw Error("key \"" + *builder.duplicate_key + "\" appears twice in one object",
                  {source, line, {}});
    }
    if (builder.too_deep) {
      throw Error("arrays and objects nested more than " + std::to_string(kMaxDepth) + " deep",
                  {source, line, {}});
    }
    throw Error(std::string("invalid JSON: ") + rapidjson::GetParseError_En(result.Code()),
                {source, line, {}});
  }
  // Only whitespace may follow the document.
  for (size_t i = stream.Tell(); i < json.size(); ++i) {
    char c = json[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
      throw Error("invalid JSON: text after the document", {source, lines.LineAt(i), {}});
  }
  return std::move(builder.root);
}

}  // namespace polgraph
