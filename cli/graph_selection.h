// What `export` and `render` share: the options that pick the part of the
// stored network to write or draw (--db, --relation, --since, --until,
// --around NAME with --depth N, --min-weight N) and the loading of it. The
// store's builder applies relation and dates; then the ego network around
// NAME is taken, then edges seen fewer than --min-weight times are dropped.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "graph/knowledge_graph.h"
#include "graph/store.h"

namespace polgraph::cli {

struct GraphSelection {
  std::string db = "polgraph.db";
  std::string relation, since, until;
  std::string around;  // "" = the whole network
  int depth = 1;
  long min_weight = 1;
  std::vector<std::string> rules;  // rules files declaring relations (--rules)
};

/// Adds the selection options to `command`, stored into `*selection`.
/// REQUIRES: `*selection` outlives `command`'s parsing and callback.
void AddGraphSelectionOptions(CLI::App* command, GraphSelection* selection);

/// The selected part of the network in the store. Throws Error for a bad
/// relation or date, a missing store, or an unknown or ambiguous NAME.
KnowledgeGraph LoadSelectedGraph(const GraphSelection& selection);

/// The relation and dates of `selection` as a store filter (the part the
/// store applies). Throws Error for a bad relation or date.
TripleFilter SelectionFilter(const GraphSelection& selection);

}  // namespace polgraph::cli
