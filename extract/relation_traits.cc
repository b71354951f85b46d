#include "extract/relation_traits.h"

#include <algorithm>
#include <array>

#include "base/located_json.h"
#include "extract/embedded_data.h"

namespace polgraph {
namespace {

constexpr std::array<std::string_view, 11> kFields = {
    "name",         "description", "symmetric", "office", "speech", "subject_types",
    "object_types", "color",       "style",     "cameo",  "label"};
constexpr std::array<std::string_view, 4> kStyles = {"solid", "dashed", "dotted", "bold"};

bool Contains(const std::vector<EntityType>& types, EntityType type) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// "#1f77b4": what every picture format takes.
bool IsColor(std::string_view text) {
  return text.size() == 7 && text[0] == '#' && std::all_of(text.begin() + 1, text.end(), IsHex);
}

// "", "04" or "040": CAMEO codes are two to four digits.
bool IsCameoCode(std::string_view text) {
  return text.empty() ||
         (text.size() >= 2 && text.size() <= 4 &&
          std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// Reads one declaration's fields, each checked; throws Error at the field's line.
class DeclarationReader {
 public:
  DeclarationReader(const JsonNode& node, const std::string& source, DeclaredRelation* out)
      : node_(node), source_(source), out_(out) {}

  void Read() {
    for (const JsonMember& m : node_.members) {
      if (std::find(kFields.begin(), kFields.end(), m.first) == kFields.end())
        Fail("unknown field \"" + m.first + "\"", m.second.line);
    }
    out_->description = String("description");
    out_->symmetric = Bool("symmetric");
    out_->speech = Bool("speech");
    out_->office = Office();
    out_->subject_types = Types("subject_types");
    out_->object_types = Types("object_types");
    if (node_.Get("color")) out_->color = String("color");
    if (!IsColor(out_->color))
      Fail("\"color\" must be \"#rrggbb\", not \"" + out_->color + "\"", Line("color"));
    if (node_.Get("style")) out_->style = String("style");
    if (std::find(kStyles.begin(), kStyles.end(), out_->style) == kStyles.end())
      Fail("unknown style \"" + out_->style + "\" (solid, dashed, dotted, bold)", Line("style"));
    out_->label = String("label");
    if (out_->label.find_first_of("\n\r\t") != std::string::npos)
      Fail("\"label\" must be one line", Line("label"));
    out_->cameo = String("cameo");
    if (!IsCameoCode(out_->cameo))
      Fail("\"cameo\" must be a code of 2 to 4 digits or \"\", not \"" + out_->cameo + "\"",
           Line("cameo"));
    int kinds = out_->symmetric + out_->speech + out_->carries_office();
    if (kinds > 1) Fail("symmetric, office and speech exclude each other", node_.line);
  }

 private:
  [[noreturn]] void Fail(const std::string& problem, long line) const {
    throw Error("relation " + out_->relation.name() + ": " + problem, Place{source_, line, ""});
  }

  long Line(const char* field) const {
    const JsonNode* value = node_.Get(field);
    return value ? value->line : node_.line;
  }

  std::string String(const char* field) const {
    const JsonNode* value = node_.Get(field);
    if (!value) return "";
    if (!value->IsString()) Fail(std::string("\"") + field + "\" must be a string", value->line);
    return value->text;
  }

  bool Bool(const char* field) const {
    const JsonNode* value = node_.Get(field);
    if (!value) return false;
    if (value->kind != JsonNode::Kind::kBool)
      Fail(std::string("\"") + field + "\" must be true or false", value->line);
    return value->boolean;
  }

  OfficeChange Office() const {
    if (!node_.Get("office")) return OfficeChange::kNone;
    std::string office = String("office");
    if (office == "begins") return OfficeChange::kBegins;
    if (office == "ends") return OfficeChange::kEnds;
    Fail("\"office\" must be \"begins\" or \"ends\", not \"" + office + "\"", Line("office"));
  }

  std::vector<EntityType> Types(const char* field) const {
    std::vector<EntityType> types;
    const JsonNode* list = node_.Get(field);
    if (!list) return types;
    if (!list->IsArray())
      Fail(std::string("\"") + field + "\" must be a list of entity types", list->line);
    for (const JsonNode& item : list->items) {
      std::optional<EntityType> type = item.IsString() ? ParseEntityType(item.text) : std::nullopt;
      if (!type)
        Fail(std::string(field) + ": unknown type \"" + item.text +
                 "\" (person, organization, country, unknown)",
             item.line);
      types.push_back(*type);
    }
    return types;
  }

  const JsonNode& node_;
  const std::string& source_;
  DeclaredRelation* out_;
};

}  // namespace

bool DeclaredRelation::AllowsSubject(const EntityRef& subject) const {
  return subject_types.empty() || subject.empty() || subject.IsUnnamed() ||
         Contains(subject_types, subject.type);
}

bool DeclaredRelation::AllowsObject(const EntityRef& object) const {
  return object_types.empty() || object.empty() || object.IsUnnamed() ||
         Contains(object_types, object.type);
}

const RelationTraits& RelationTraits::Builtin() {
  static const RelationTraits builtin = [] {
    RelationTraits traits;
    for (const EmbeddedFile& file : DefaultRuleFiles()) {
      if (file.content.find("\"relations\"") != std::string_view::npos)
        traits.Load(file.content, std::string(file.name));
    }
    return traits;
  }();
  return builtin;
}

void RelationTraits::Load(std::string_view json, const std::string& source) {
  JsonNode root = ParseLocatedJson(json, source);
  const JsonNode* list = root.IsObject() ? root.Get("relations") : nullptr;
  if (!list) return;
  if (!list->IsArray())
    throw Error("\"relations\" must be a list of names and declarations", {source, list->line, ""});
  for (const JsonNode& item : list->items) {
    const JsonNode* name = item.IsObject() ? item.Get("name") : &item;
    if (!name || !name->IsString())
      throw Error("a relation is a name or an object with a \"name\"", {source, item.line, ""});
    std::optional<Relation> relation = Relation::Parse(name->text);
    if (!relation)
      throw Error("bad relation name \"" + name->text + "\" (use a-z, 0-9 and _)",
                  {source, name->line, ""});
    const DeclaredRelation* known = Find(*relation);
    if (known && !item.IsObject()) continue;  // a bare name adds nothing to a declaration
    if (known) {
      throw Error("relation " + relation->name() + " is already declared (" + known->place.file +
                      (known->place.line ? ":" + std::to_string(known->place.line) : "") + ")",
                  {source, item.line, ""});
    }
    DeclaredRelation declared;
    declared.relation = *relation;
    declared.place = {source, item.line, ""};
    if (item.IsObject()) DeclarationReader(item, source, &declared).Read();
    declared_.push_back(std::move(declared));
  }
}

const DeclaredRelation* RelationTraits::Find(const Relation& relation) const {
  for (const DeclaredRelation& declared : declared_)
    if (declared.relation == relation) return &declared;
  return nullptr;
}

const DeclaredRelation& RelationTraits::Of(const Relation& relation) const {
  static const DeclaredRelation kUndeclared;
  const DeclaredRelation* declared = Find(relation);
  return declared ? *declared : kUndeclared;
}

bool RelationTraits::Allows(const Relation& relation, const EntityRef& subject,
                            const EntityRef& object) const {
  const DeclaredRelation& declared = Of(relation);
  return declared.AllowsSubject(subject) && declared.AllowsObject(object);
}

std::string RelationTraits::Names() const {
  std::string names;
  for (const DeclaredRelation& declared : declared_)
    names += (names.empty() ? "" : ", ") + declared.relation.name();
  return names;
}

}  // namespace polgraph
