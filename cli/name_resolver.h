// How `query`, `export --around` and `render --around` turn what a user
// typed into one entity of the selected network: the graph's own lookup
// (names, aliases, surnames, a family name written first, a unique first
// name, Cyrillic through transliteration), then the aliases table (other
// spellings, and office titles: "President of Kazakhstan" is whoever held it
// at the end of the --since/--until window, or holds it now). When nothing
// in the filtered network matches but the entity is in the store, the error
// says what the filter left out ("X has no `met` link; 2 other links")
// instead of claiming no such entity.
#pragma once

#include <string>
#include <string_view>

#include "extract/aliases.h"
#include "graph/knowledge_graph.h"
#include "graph/store.h"

namespace polgraph::cli {

class NameResolver {
 public:
  /// Resolves names in `filtered`, the network of `store`'s triples that
  /// pass `filter`. REQUIRES: all four outlive the resolver.
  NameResolver(const KnowledgeGraph& filtered, const Store& store, const TripleFilter& filter,
               const Aliases& aliases);

  /// The entity `typed` means. Throws Error: "X has no `R` link from A to
  /// B; N other links" when only the filter hides it, "'X' is ambiguous:
  /// ..." or "no entity named 'X'; closest: ...".
  EntityId Resolve(std::string_view typed) const;

 private:
  // The canonical name the aliases give `typed` (a spelling or an office title).
  std::optional<std::string> Canonical(std::string_view typed) const;
  // What the filter leaves out, as "has no `met` link from A to B".
  std::string FilterHides() const;

  const KnowledgeGraph& filtered_;
  const Store& store_;
  const TripleFilter& filter_;
  const Aliases& aliases_;
};

}  // namespace polgraph::cli
