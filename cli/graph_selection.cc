#include "cli/graph_selection.h"

#include <memory>
#include <optional>

#include "base/error.h"
#include "cli/extractor_options.h"
#include "cli/name_resolver.h"
#include "extract/aliases.h"
#include "graph/graph_builder.h"
#include "graph/store.h"
#include "graph/subgraph.h"

namespace polgraph::cli {

void AddGraphSelectionOptions(CLI::App* command, GraphSelection* selection) {
  command->add_option("--db", selection->db, "The database file")->capture_default_str();
  AddTripleFilterOptions(command, &selection->filter);
  CLI::Option* around = command->add_option(
      "--around", selection->around,
      "Only NAME and the entities within --depth links of it (a name, surname or alias)");
  command->add_option("--depth", selection->depth, "With --around: how many links away")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000))
      ->needs(around);
  command->add_option("--min-weight", selection->min_weight, "Only links seen at least N times")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  AddRelationsOption(command, &selection->rules);
}

TripleFilter SelectionFilter(const GraphSelection& selection) {
  return MakeTripleFilter(selection.filter);
}

KnowledgeGraph LoadSelectedGraph(const GraphSelection& selection) {
  std::unique_ptr<Store> store = OpenStore(selection.db, StoreMode::kRead);
  RelationTraits relations = LoadRelations(selection.rules);
  TripleFilter filter = MakeTripleFilter(selection.filter, relations, *store);
  KnowledgeGraph graph = BuildKnowledgeGraph(*store, filter);
  graph.SetRelations(std::move(relations));
  if (!selection.around.empty()) {
    Aliases aliases = Aliases::Default();
    EntityId center = NameResolver(graph, *store, filter, aliases).Resolve(selection.around);
    graph = EgoNetwork(graph, center, selection.depth);
  }
  if (selection.min_weight > 1) graph = WithMinWeight(graph, selection.min_weight);
  return graph;
}

}  // namespace polgraph::cli
