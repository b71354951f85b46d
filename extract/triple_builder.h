// Stage 4 of a sentence's extraction, triples: resolved arguments to triples.
// One triple per object with the match's relation, the office as its role
// (made singular when several people got it, else the object's title where
// the rule says so), the item and sentence as evidence; the people of a
// "held talks" list met each other, pair by pair; an entity never meets
// itself; a triple whose subject or object has a type its relation does not
// allow is not made. What a relation does comes from its declaration
// (relation_traits.h). Remembers the people of the item's met triples (of
// any symmetric relation): a collective subject ("the presidents noted")
// stands for them.
//
// A sentence gives at most kMaxTriplesPerSentence triples: a list of N names
// that "met" would give N(N-1)/2 pairs, each holding the sentence, so only
// the pairs of its first kMaxPeoplePaired names are built, in list order
// (docs/reliability.md).
//
// One per item, used by one thread.
#pragma once

#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "extract/argument_resolver.h"
#include "extract/relation_traits.h"
#include "extract/rule_set.h"
#include "extract/sentence.h"
#include "extract/triple.h"
#include "feed/item.h"

namespace polgraph {

class TripleBuilder {
 public:
  /// The most triples one sentence gives: the first 10 names of a list that
  /// met give 45 pairs (real news gives at most 6 triples a sentence). With
  /// the sentence each triple holds, an item's triples take at most 45 times
  /// its size (23 MB for a 512 KiB item).
  static constexpr size_t kMaxTriplesPerSentence = 45;
  /// The people of one list that are paired: their pairs fill the cap.
  static constexpr size_t kMaxPeoplePaired = 10;
  static_assert(kMaxPeoplePaired * (kMaxPeoplePaired - 1) / 2 == kMaxTriplesPerSentence);

  /// REQUIRES: `item` and `relations` outlive the builder.
  explicit TripleBuilder(const Item& item,
                         const RelationTraits& relations = RelationTraits::Builtin())
      : item_(item), relations_(relations) {}
  TripleBuilder(const TripleBuilder&) = delete;  // holds the item's met people
  TripleBuilder& operator=(const TripleBuilder&) = delete;

  /// Appends subject -relation-> object to `out` for each object that names
  /// an entity (for a speech such as announced, each object: what was said
  /// may name nothing).
  /// `role` is the role group's text when the match has one.
  void Build(const Rule& rule, const Sentence& sentence, const EntityRef& subject,
             std::vector<ResolvedArgument> objects, std::optional<std::string_view> role,
             std::vector<Triple>* out);

  /// Appends a triple for each pair of `people`, in list order ("A, B and C
  /// held talks").
  void BuildPairs(const Rule& rule, const Sentence& sentence, const std::vector<EntityRef>& people,
                  std::vector<Triple>* out);

  /// True when `out`, a sentence's triples, holds kMaxTriplesPerSentence:
  /// Build and BuildPairs add nothing more to it.
  static bool Full(const std::vector<Triple>& out) { return out.size() >= kMaxTriplesPerSentence; }

  /// The named people of the item's met triples so far, in order of appearance.
  const std::vector<EntityRef>& met_people() const { return met_people_; }

 private:
  void Emit(const Rule& rule, const Sentence& sentence, const EntityRef& subject,
            const EntityRef& object, const std::string& role, std::vector<Triple>* out);
  void AddMetPerson(const EntityRef& e);

  const Item& item_;
  const RelationTraits& relations_;
  std::vector<EntityRef> met_people_;
  std::set<EntityRef> met_set_;  // met_people_, to look up
};

}  // namespace polgraph
