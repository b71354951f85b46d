// What each relation means and does, declared with the rules: the
// "relations" section of a rules file (the built-in ones in
// extract/rules/relations.json; a file given with --rules may add its own).
// Every layer asks this table how a relation behaves (symmetric, carries an
// office, a speech with content, which entity types it links, how it is
// drawn) instead of comparing relation names, so a new relation is a rules
// file and no code. See docs/rules.md, "Relations".
//
// A RelationTraits is built once, then only read: safe to share between threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "extract/triple.h"

namespace polgraph {

/// What a relation does to its object's offices.
enum class OfficeChange {
  kNone,
  kBegins,  // the object takes up the office in the triple's role (appointed)
  kEnds,    // the object leaves it (dismissed)
};

/// One relation as declared. A relation that no file declares (one read back
/// from a store, say) behaves as a declaration with only its name.
struct DeclaredRelation {
  Relation relation = Relation::kMet;
  std::string description;
  /// A B and B A are the same fact ("met"): counted as one pair, walked both ways.
  bool symmetric = false;
  /// The triple carries an office in its role, begun or ended for the object.
  OfficeChange office = OfficeChange::kNone;
  /// A speech act: rules need only a subject, the object is the first entity
  /// of what was said (or empty), and a speaker says it once per item.
  bool speech = false;
  std::vector<EntityType> subject_types;  // empty: any
  std::vector<EntityType> object_types;   // empty: any
  std::string color = "#7f7f7f";          // edge colour in pictures, "#rrggbb"
  std::string style = "solid";            // Graphviz edge style: solid, dashed, dotted, bold
  std::string cameo;                      // CAMEO-style event code, "" when there is none
  std::string label;                      // how pictures and exports name it; "": its name
  Place place;                            // where it was declared (empty when not declared)

  bool carries_office() const { return office != OfficeChange::kNone; }
  /// Whether `subject` may be this relation's subject: its type is allowed,
  /// or it is the unnamed agent "?" or nothing.
  bool AllowsSubject(const EntityRef& subject) const;
  /// The same for an object (an empty object, as of a speech, is allowed).
  bool AllowsObject(const EntityRef& object) const;
};

class RelationTraits {
 public:
  /// An empty table: every relation behaves as undeclared.
  RelationTraits() = default;

  /// The relations declared by the rules compiled into polgraph.
  static const RelationTraits& Builtin();

  /// Adds the relations declared in the "relations" section of a rules
  /// document (other sections are left to RuleSet). Each entry is a name
  /// (a relation with no traits of its own) or an object with "name" and
  /// traits. Throws Error naming `source`, the line and the relation for
  /// malformed JSON, an unknown field, type or style, a bad colour or code,
  /// or a relation declared with traits twice.
  void Load(std::string_view json, const std::string& source);

  /// Whether a file declared `relation`.
  bool IsDeclared(const Relation& relation) const { return Find(relation) != nullptr; }
  /// The declaration of `relation`; for an undeclared one, the traits of a
  /// bare name (whose `relation` and `place` then say nothing).
  const DeclaredRelation& Of(const Relation& relation) const;

  bool IsSymmetric(const Relation& relation) const { return Of(relation).symmetric; }
  bool IsSpeech(const Relation& relation) const { return Of(relation).speech; }
  bool CarriesOffice(const Relation& relation) const { return Of(relation).carries_office(); }
  OfficeChange OfficeChangeOf(const Relation& relation) const { return Of(relation).office; }
  /// How pictures and exports name `relation` ("said (about)" for announced):
  /// its declared label, else its name.
  const std::string& LabelOf(const Relation& relation) const {
    const std::string& label = Of(relation).label;
    return label.empty() ? relation.name() : label;
  }
  /// Whether the triple's subject and object have types its relation allows.
  bool Allows(const Relation& relation, const EntityRef& subject, const EntityRef& object) const;

  /// Every declared relation, in the order declared.
  const std::vector<DeclaredRelation>& declared() const { return declared_; }
  /// "met, appointed, dismissed, announced": the declared names, for messages.
  std::string Names() const;

 private:
  const DeclaredRelation* Find(const Relation& relation) const;

  std::vector<DeclaredRelation> declared_;
};

}  // namespace polgraph
