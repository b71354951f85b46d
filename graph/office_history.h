// Who held an office over time: the terms the stored appointments and
// dismissals give (each with the triples behind it) merged with the terms
// the aliases table knows (extract/aliases.h). A role names the office when
// it folds to the same name (case, accents) or the aliases call both names
// one office ("Head of State" and "President of Kazakhstan"). Which
// relations begin and end an office comes from their declaration
// (RelationTraits), not from their names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/aliases.h"
#include "extract/relation_traits.h"
#include "graph/store.h"

namespace polgraph {

struct OfficeHolding {
  std::string holder;          // canonical name
  std::string role;            // the office as the news or the aliases name it
  Date from, to;               // unknown when not reported (to unknown: no end known)
  bool in_aliases = false;     // the aliases table knows this term
  std::vector<Triple> events;  // the appointments and dismissals behind it, by date
};

/// The terms of `office`, by start date (unknown starts first), then holder.
/// A stored term of a holder the aliases also give for a term that covers its
/// start is merged into that term (its events attached, unknown ends filled).
/// `filter` picks the triples read (its entity fields are ignored).
std::vector<OfficeHolding> OfficeHistory(const Store& store, std::string_view office,
                                         const Aliases& aliases, const TripleFilter& filter,
                                         const RelationTraits& relations);

/// Whether the role `role` names `office` (see the file comment).
bool NamesOffice(std::string_view role, std::string_view office, const Aliases& aliases);

}  // namespace polgraph
