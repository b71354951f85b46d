// Resolves what a sentence says ("President Tokayev", "the Head of State",
// "Tokayev", "she", "the Agency") to one entity with its fullest name.
//
// Within an item: a surname, a title alone or a pronoun resolves to the full
// name the item gives, earlier or later (a headline "Tokayev meets ..." takes
// the body's "Kassym-Jomart Tokayev"). Across items: an Aliases table merges
// spellings ("Tokaev" / "Tokayev") and tells who held an office on a date.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/aliases.h"
#include "extract/date.h"
#include "extract/mention.h"
#include "extract/triple.h"

namespace polgraph {

/// How a span was resolved, for `explain`.
struct Resolution {
  EntityRef entity;     // empty name: nothing resolved
  std::string how;      // e.g. "surname of", "office holder on 2026-01-28", "pronoun"
};

/// One resolver per item. Not thread-safe; cheap to create.
class EntityResolver {
 public:
  /// REQUIRES: `aliases` and `finder` outlive the resolver.
  EntityResolver(const Aliases& aliases, const MentionFinder& finder, Date item_date);

  /// First pass: every mention of the item (title and all sentences), so
  /// later resolution can look forward as well as back.
  void Observe(const Mention& mention);

  /// Resolves a span a rule captured in the current sentence.
  Resolution Resolve(std::string_view span) const;

  /// Tells the resolver a sentence is done; `subject` (if any) becomes the
  /// antecedent of later pronouns.
  void EndSentence(const std::optional<EntityRef>& subject);

 private:
  // Implementation owned by the resolver's author.
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace polgraph
