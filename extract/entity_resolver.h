// Resolves what a sentence says ("President Tokayev", "the Head of State",
// "Tokayev", "she", "the Agency") to one entity with its fullest name.
//
// Within an item: a surname, a title alone or a pronoun resolves to the full
// name the item gives, earlier or later (a headline "Tokayev meets ..." takes
// the body's "Kassym-Jomart Tokayev"); a surname two people of the item share
// goes to the nearest full mention before it, never to one introduced later;
// a surname spelled otherwise (one vowel for another, zh/j, kh/h: "Zhaparov"
// for the item's "Akylbek Zheparov") goes to the one full name it fits; an
// acronym goes to the one organization of the item whose name it spells
// ("IFS": "Institute for Fiscal Studies", "UKIP": "UK Independence Party").
// Across items: an Aliases table merges spellings ("Tokaev" / "Tokayev") and
// tells who held an office on a date.
//
// What the item says comes first: a title resolves to the person the item
// gave that title to; only when the item names nobody so does the aliases
// table's office holder on the item's date stand in, and only an office of
// the item's own country (the title's, "the Egyptian President", else the
// one the item names most): an item about Egypt never gets Kazakhstan's
// President, and an item naming no country gets no office holder. Pronouns
// stand for people only. News agencies and press services never resolve to
// an entity.
//
// Use: one resolver per item. First pass: ObserveSentence() on the title and
// every sentence, in order (or Observe() with sentence indexes). Second pass:
// for each sentence, Resolve() what the rules captured, then EndSentence(),
// with the sentence's subject or leaving it for when a pronoun needs it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "extract/aliases.h"
#include "extract/mention.h"
#include "extract/triple.h"

namespace polgraph {

/// How a span was resolved, for `explain`.
struct Resolution {
  EntityRef entity;  // empty name: nothing resolved
  std::string how;   // e.g. "surname of", "office holder on 2026-01-28", "pronoun"
  bool as_written =
      false;  // a one-word person name that nothing in the item or the aliases tells more of
};

/// A person the item named before the current sentence.
struct NamedPerson {
  EntityRef entity;
  int last_sentence = 0;                         // the last sentence naming them (the title is 0)
  std::vector<std::vector<std::string>> titles;  // MentionFinder::TitleWords of each title given
};

/// One resolver per item. Not thread-safe; cheap to create.
class EntityResolver {
 public:
  /// REQUIRES: `aliases` and `finder` outlive the resolver.
  EntityResolver(const Aliases& aliases, const MentionFinder& finder, Date item_date);
  EntityResolver(Aliases&&, const MentionFinder&, Date) = delete;  // would dangle
  EntityResolver(const Aliases&, MentionFinder&&, Date) = delete;

  /// First pass: every mention of the item (title and all sentences), so
  /// later resolution can look forward as well as back. Without a sentence
  /// index the sentence is guessed: a mention that starts at or before the
  /// previous one's start opens the next sentence (Find() gives a sentence's
  /// mentions left to right). Prefer Observe(mention, sentence) or
  /// ObserveSentence(): a guess merges sentences that hold one mention each.
  void Observe(const Mention& mention);

  /// Observe() for a mention of sentence `sentence` (0-based, in reading order:
  /// the title is sentence 0). The second pass counts sentences the same way.
  void Observe(const Mention& mention, int sentence);

  /// Finds the mentions of the next sentence of the item and observes them.
  /// Returns them, so the caller need not find them again.
  std::vector<Mention> ObserveSentence(std::string_view sentence);

  /// Resolves a span a rule captured in the current sentence.
  Resolution Resolve(std::string_view span) const;

  /// Resolve(span) for a span the caller classified already: `classified` is
  /// MentionFinder::Classify(span), taken unless `span` has spaces or tabs at
  /// an end (then the span is classified without them).
  Resolution Resolve(std::string_view span, const Mention& classified) const;

  /// Resolves a mention found in the current sentence (as Find() gave it).
  Resolution Resolve(const Mention& mention) const;

  /// The country the item is about, from what was observed: the country its
  /// mentions name most often (countries, the countries of titles such as
  /// "the Kazakh President", of people the aliases give one country's offices;
  /// the headline counts twice). Empty when the item
  /// names none or two lead with the same count. A title alone ("the
  /// President") resolves through the aliases' office holders of this
  /// country only, and not at all when it is empty.
  const std::string& ItemCountry() const;

  /// The people named (by a name: not a pronoun, not a title alone) in the
  /// sentences before the current one, each once, in order of first mention;
  /// news sources left out. For a group subject ("the two leaders").
  std::vector<NamedPerson> PeopleBefore() const;

  /// Tells the resolver a sentence is done; `subject` (if any) becomes the
  /// antecedent of later pronouns when it is a person a pronoun can stand
  /// for (named with given name and surname, with a title, or known to the
  /// aliases; never a place, party or title word). EntityRef::UnnamedPerson()
  /// ("a spokesman said") is one too: the pronouns after it stand for no one.
  void EndSentence(const std::optional<EntityRef>& subject);

  /// The subject of sentence `sentence` (0-based, as EndSentence counts),
  /// as EndSentence(subject) would have been given it.
  using SubjectSource = std::function<std::optional<EntityRef>(int sentence)>;

  /// Tells the resolver a sentence is done and leaves its subject for later:
  /// the source (set_subject_source) is asked for it only when a later pronoun
  /// is resolved, and only back to the latest sentence whose subject can be an
  /// antecedent. While the source runs, the current sentence is that one
  /// again. Resolves pronouns as EndSentence(subject) does, in less time:
  /// most sentences' subjects are never needed. REQUIRES: a source.
  void EndSentence();

  /// Where EndSentence() finds the subjects it left for later.
  void set_subject_source(SubjectSource subject_of);

  /// Whether a title the item does not give to anyone falls back to the
  /// aliases table's office holder on the item's date (default: yes).
  void set_office_holders(bool enabled);

 private:
  // Implementation owned by the resolver's author.
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace polgraph
