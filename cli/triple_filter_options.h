// What `query`, `export` and `render` share to pick triples by relation and
// date: the options --relation R, --since DATE and --until DATE, and the
// TripleFilter they give (checked once, here): a relation must be one the
// relations table declares (built in or from --rules) or one the store
// holds, and --since must not come after --until.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "extract/relation_traits.h"
#include "graph/store.h"

namespace polgraph::cli {

struct TripleFilterOptions {
  std::string relation;      // "" = every relation
  std::string since, until;  // YYYY-MM-DD, or "" = open
};

/// Adds --relation, --since and --until to `command`, stored into `*options`.
/// REQUIRES: `*options` outlives `command`'s parsing and callback.
void AddTripleFilterOptions(CLI::App* command, TripleFilterOptions* options);

/// The filter the options describe. Throws Error naming the option for a
/// relation that is not a relation name, a date that is not YYYY-MM-DD, or
/// --since after --until.
TripleFilter MakeTripleFilter(const TripleFilterOptions& options);

/// MakeTripleFilter, and its relation known: declared in `relations` or
/// held by `store`. Throws Error "--relation: unknown relation 'X'; known:
/// ..." otherwise.
TripleFilter MakeTripleFilter(const TripleFilterOptions& options, const RelationTraits& relations,
                              const Store& store);

/// The relation names `relations` declares, then those only `store` holds.
std::vector<std::string> KnownRelationNames(const RelationTraits& relations, const Store& store);

}  // namespace polgraph::cli
