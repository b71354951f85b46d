// The unit of extracted knowledge: subject -relation-> object, with the office
// (role) for appointments and dismissals, and the evidence it came from.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"

namespace polgraph {

enum class EntityType { kPerson, kOrganization, kCountry, kUnknown };

/// "person", "organization", "country", "unknown".
std::string_view ToString(EntityType type);
/// Inverse of ToString; nullopt for anything else.
std::optional<EntityType> ParseEntityType(std::string_view text);

/// A relation name such as "met" or "appointed": lowercase letters, digits and
/// '_' only. Rules files declare relations and what they do (RelationTraits,
/// relation_traits.h), so this is a checked name, not an enum.
class Relation {
 public:
  /// The names of the built-in relations (declared in extract/rules/relations.json).
  static const Relation kMet, kAppointed, kDismissed, kAnnounced;

  /// Returns nullopt unless `name` is a well-formed relation name.
  static std::optional<Relation> Parse(std::string_view name);

  const std::string& name() const { return name_; }
  auto operator<=>(const Relation&) const = default;  // NOLINT(modernize-use-nullptr)

 private:
  explicit Relation(std::string name) : name_(std::move(name)) {}
  std::string name_;
};

/// A resolved entity as it appears in a triple. The unnamed agent of an
/// appointment or dismissal is written "?" with type kUnknown.
struct EntityRef {
  std::string name;
  EntityType type = EntityType::kUnknown;

  static EntityRef Unnamed() { return {"?", EntityType::kUnknown}; }
  /// Someone the text does not name ("a spokesman"), as a pronoun's antecedent.
  static EntityRef UnnamedPerson() { return {"?", EntityType::kPerson}; }
  bool IsUnnamed() const { return name == "?"; }
  bool empty() const { return name.empty(); }
  auto operator<=>(const EntityRef&) const = default;  // NOLINT(modernize-use-nullptr)
};

/// Where a triple was read: the item and the sentence, and the rule that fired.
struct Evidence {
  std::string source;   // input file
  long item = 0;        // 1-based position of the item in `source`
  std::string item_id;  // the item's stable id
  Date date;
  std::string sentence;
  std::string rule;       // id of the rule that produced the triple
  std::string title;      // the item's title
  std::string url;        // the item's url, "" when not known
  std::string publisher;  // who published the item (JSON Lines "source"), "" when not known
};

struct Triple {
  EntityRef subject;
  Relation relation = Relation::kMet;
  EntityRef object;       // may be empty (e.g. "announced" with nothing named)
  std::string role;       // the office, for appointed / dismissed
  std::string statement;  // what was said, for a speech (announced): the quoted or reported clause
  Evidence evidence;
};

}  // namespace polgraph
