// A cap on the triples one rule gives in one item: a rule that matches
// everywhere (a user's pattern that is too loose) must not flood the output
// or the store. The first triples, in reading order, are kept; the caller
// prints the warning.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/triple.h"
#include "feed/item.h"

namespace polgraph {

constexpr size_t kMaxTriplesPerRule = 1000;

/// Keeps the first `max` triples of each rule in `*triples`, in order. Returns
/// a warning for each rule capped, naming the item's place, the rule, how many
/// triples it gave and how many were kept; empty when no rule was capped.
std::vector<std::string> CapTriplesPerRule(const Item& item, std::vector<Triple>* triples,
                                           size_t max = kMaxTriplesPerRule);

}  // namespace polgraph
