// What `query`, `export` and `render` share to pick triples by relation and
// date: the options --relation R, --since DATE and --until DATE, and the
// TripleFilter they give (checked once, here).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

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
/// relation that is not a relation name or a date that is not YYYY-MM-DD.
TripleFilter MakeTripleFilter(const TripleFilterOptions& options);

}  // namespace polgraph::cli
