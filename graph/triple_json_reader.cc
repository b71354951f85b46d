#include "graph/triple_json_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "base/error.h"
#include "base/json_keys.h"
#include "base/line_reader.h"
#include "graph/triple_columns.h"

namespace polgraph {
namespace {

using JsonValue = rapidjson::Value;

// The string member of `column`; "" when absent or null, unless `required`.
std::string StringMember(const JsonValue& object, TripleColumn column, bool required) {
  const char* key = ColumnName(column);
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || it->value.IsNull()) {
    if (required) throw Error(std::string("missing \"") + key + "\"");
    return {};
  }
  if (!it->value.IsString()) throw Error(std::string("\"") + key + "\" is not a string");
  std::string text(it->value.GetString(), it->value.GetStringLength());
  // As in feeds: no control characters (a \u0000 or \n escape) in names or evidence.
  if (std::string problem = TextProblem(text); !problem.empty()) {
    throw Error(std::string("in \"") + key + "\": " + problem);
  }
  if (required && text.empty()) throw Error(std::string("\"") + key + "\" is empty");
  return text;
}

EntityType TypeMember(const JsonValue& object, TripleColumn column) {
  std::string text = StringMember(object, column, false);
  const char* key = ColumnName(column);
  if (text.empty()) return EntityType::kUnknown;
  std::optional<EntityType> type = ParseEntityType(text);
  if (!type) throw Error(std::string("\"") + key + "\" is not an entity type: \"" + text + "\"");
  return *type;
}

Relation RelationMember(const JsonValue& object) {
  std::string text = StringMember(object, TripleColumn::kRelation, true);
  std::optional<Relation> relation = Relation::Parse(text);
  if (!relation) {
    throw Error(std::string("\"") + ColumnName(TripleColumn::kRelation) +
                "\" is not a relation name (lowercase letters, digits, _): \"" + text + "\"");
  }
  return *relation;
}

Date DateMember(const JsonValue& object) {
  std::string text = StringMember(object, TripleColumn::kDate, false);
  if (text.empty()) return {};
  std::optional<Date> date = Date::ParseIso(text);
  if (!date) {
    throw Error(std::string("\"") + ColumnName(TripleColumn::kDate) +
                "\" is not a date (YYYY-MM-DD): \"" + text + "\"");
  }
  return *date;
}

long ItemMember(const JsonValue& object) {
  const char* key = ColumnName(TripleColumn::kItem);
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) throw Error(std::string("missing \"") + key + "\"");
  if (!it->value.IsInt64() || it->value.GetInt64() < 0) {
    throw Error(std::string("\"") + key + "\" is not a position (a whole number from 0)");
  }
  return static_cast<long>(it->value.GetInt64());
}

}  // namespace

Triple ParseTripleJson(std::string_view line) {
  rapidjson::Document doc;
  // Iterative: nesting as deep as the line is long must not exhaust the stack.
  doc.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag |
            rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  if (doc.HasParseError()) {
    throw Error(std::string("not JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
                " (at byte " + std::to_string(doc.GetErrorOffset() + 1) + ")");
  }
  if (!doc.IsObject()) throw Error("not a JSON object");
  if (std::optional<std::string> key = RepeatedKey(doc))
    throw Error("key \"" + *key + "\" appears twice in one object");
  Triple triple;
  using C = TripleColumn;
  triple.subject = {StringMember(doc, C::kSubject, true), TypeMember(doc, C::kSubjectType)};
  triple.relation = RelationMember(doc);
  triple.object = {StringMember(doc, C::kObject, false), TypeMember(doc, C::kObjectType)};
  triple.role = StringMember(doc, C::kRole, false);
  Evidence& evidence = triple.evidence;
  evidence.item = ItemMember(doc);
  evidence.item_id = StringMember(doc, C::kId, true);
  evidence.date = DateMember(doc);
  evidence.sentence = StringMember(doc, C::kSentence, false);
  evidence.rule = StringMember(doc, C::kRule, false);
  evidence.source = StringMember(doc, C::kSource, false);
  evidence.title = StringMember(doc, C::kTitle, false);
  evidence.url = StringMember(doc, C::kUrl, false);
  evidence.publisher = StringMember(doc, C::kPublisher, false);
  triple.statement = StringMember(doc, C::kStatement, false);
  return triple;
}

class TripleJsonReader::Impl {
 public:
  Impl(std::istream& in, std::string source, ReadOptions options)
      : lines(in, options.max_line_bytes), source(std::move(source)), options(std::move(options)) {}

  // Reads one non-blank line; false at the end. Throws Error with the place.
  bool NextLine(std::string* line) {
    for (;;) {
      LineReader::Status status;
      try {
        status = lines.Next(line);
      } catch (const Error& error) {  // an I/O error or no line end: not skippable
        Place place;
        place.file = source;
        place.line = lines.line_number() + 1;
        throw error.WithinPlace(place);
      }
      if (status == LineReader::Status::kEnd) return false;
      if (status == LineReader::Status::kTooLong) {
        Fail(Error("line longer than " + std::to_string(options.max_line_bytes) + " bytes"));
        continue;
      }
      if (line->find_first_not_of(" \t") != std::string::npos) return true;
    }
  }

  // Throws `error` at the current line, or in lenient mode reports and counts it.
  void Fail(const Error& error) {
    Place place;
    place.file = source;
    place.line = lines.line_number();
    Error placed = error.WithinPlace(place);
    if (!options.lenient) throw placed;
    ++skipped;
    if (options.on_skip) options.on_skip(placed);
  }

  LineReader lines;
  std::string source;
  ReadOptions options;
  size_t skipped = 0;
};

TripleJsonReader::TripleJsonReader(std::istream& in, std::string source, ReadOptions options)
    : impl_(std::make_unique<Impl>(in, std::move(source), std::move(options))) {}
TripleJsonReader::~TripleJsonReader() = default;

bool TripleJsonReader::Next(Triple* triple) {
  std::string line;
  while (impl_->NextLine(&line)) {
    try {
      *triple = ParseTripleJson(line);
      return true;
    } catch (const Error& error) {
      impl_->Fail(error);
    }
  }
  return false;
}

size_t TripleJsonReader::skipped() const { return impl_->skipped; }
long TripleJsonReader::line_number() const { return impl_->lines.line_number(); }

}  // namespace polgraph
