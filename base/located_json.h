// A JSON document read by RapidJSON's SAX reader into a small tree whose
// nodes remember the line they start on, so that a check made after parsing
// can still name the line: "aliases.json:14: offices[2]: 'from' is not a date".
// A key repeated in one object is an error (the second would hide the first).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace polgraph {

struct JsonMember;

struct JsonNode {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };

  Kind kind = Kind::kNull;
  long line = 0;     // 1-based line of the value's start
  std::string text;  // a string, or a number as written
  bool boolean = false;
  std::vector<JsonNode> items;      // an array's elements
  std::vector<JsonMember> members;  // an object's members, in order

  /// The member named `key` of an object, or null.
  const JsonNode* Get(std::string_view key) const;
  bool IsString() const { return kind == Kind::kString; }
  bool IsArray() const { return kind == Kind::kArray; }
  bool IsObject() const { return kind == Kind::kObject; }
};

/// A member of an object: its key and value. (A struct rather than a std::pair,
/// which clang will not instantiate over the still incomplete JsonNode.)
struct JsonMember {
  std::string first;  // the key
  JsonNode second;    // the value
};

/// "an object", "a string", ... for messages.
std::string_view Describe(JsonNode::Kind kind);

/// Parses `json`. Throws Error naming `source`, the line and RapidJSON's
/// message for malformed JSON.
JsonNode ParseLocatedJson(std::string_view json, const std::string& source);

}  // namespace polgraph
