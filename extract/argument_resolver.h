// Stage 3 of a sentence's extraction, resolution: the entity each argument
// names. Tries an argument's candidates (match_arguments.h) in order through
// the item's EntityResolver (surnames, titles, pronouns, aliases) and takes
// the first that names an entity, or the one marked last whatever it gives.
// News agencies, press services and other sources (RuleSet::IsNotEntity)
// name nothing. At the end of a sentence it keeps what the antecedent of
// later pronouns is read from, and reads it when a pronoun needs it.
//
// One per item, used by one thread; holds the item's resolver and remembers
// which names are sources.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "extract/aliases.h"
#include "extract/entity_resolver.h"
#include "extract/match_arguments.h"
#include "extract/rule_set.h"
#include "extract/sentence.h"

namespace polgraph {

/// An entity read from an argument: the entity, how it was resolved, the
/// span it came from and the title written there.
struct ResolvedArgument {
  EntityRef entity;  // empty: names nothing
  std::string how;
  TextSpan span;
  std::string title;
  bool as_written = false;  // Resolution::as_written
};

class ArgumentResolver {
 public:
  /// REQUIRES: `rules`, `aliases` and `finder` outlive the resolver.
  ArgumentResolver(const RuleSet& rules, const Aliases& aliases, const MentionFinder& finder,
                   Date item_date);
  ArgumentResolver(const ArgumentResolver&) = delete;  // holds the item's state
  ArgumentResolver& operator=(const ArgumentResolver&) = delete;

  /// First pass: every mention of the item, in reading order.
  void Observe(const Mention& mention, int sentence) { resolver_.Observe(mention, sentence); }

  /// The first candidate that names an entity other than `other_than`, or the
  /// first marked last whatever it names; empty when none does.
  ResolvedArgument Pick(const Sentence& sentence, const Candidates& candidates,
                        const EntityRef* other_than = nullptr);

  /// What a mention of the current sentence names (sources name nothing).
  ResolvedArgument FromMention(const Sentence& sentence, const Mention& mention);

  /// The resolver's own reading of a mention, for the explain report.
  Resolution Resolve(const Mention& mention) const { return resolver_.Resolve(mention); }

  /// A seat of government that speaks for its government ("Downing Street
  /// said", "the Kremlin said"; the word list speaking_seats), as an
  /// organization named as written without its article; else empty. For the
  /// subject of speech only: elsewhere the seat is a place.
  ResolvedArgument SpeakingSeat(const Sentence& sentence, TextSpan span) const;

  /// The people named before the current sentence (EntityResolver::PeopleBefore)
  /// that are no news source or other non-entity.
  std::vector<NamedPerson> PeopleBefore();

  /// Ends the sentence: its antecedent for later pronouns is the named person
  /// opening it (or a clause of it), else its first person, else the first
  /// named subject of `triples`, the triples it gave. Worked out only when a
  /// later pronoun needs it (EntityResolver::EndSentence()). REQUIRES:
  /// `sentence` outlives the resolver.
  void EndSentence(const Sentence& sentence, const std::vector<Triple>& triples);

 private:
  ResolvedArgument FromText(const Sentence& sentence, TextSpan span);
  ResolvedArgument Accept(const Sentence& sentence, ResolvedArgument a);
  bool IsNotEntity(std::string_view text);
  // What EndSentence keeps of a sentence: the sentence, the person who spoke in
  // its triples, and their first named subject.
  struct EndedSentence {
    const Sentence* sentence;
    std::optional<EntityRef> speaker, named_subject;
  };
  std::optional<EntityRef> Antecedent(const EndedSentence& ended);

  const RuleSet& rules_;
  const MentionFinder& finder_;
  EntityResolver resolver_;
  struct TextHash {  // looks std::string keys up by std::string_view
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, bool, TextHash, std::equal_to<>> not_entity_;  // IsNotEntity()
  std::vector<EndedSentence> ended_;  // by sentence, for Antecedent()
};

}  // namespace polgraph
