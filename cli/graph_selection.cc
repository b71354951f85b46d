#include "cli/graph_selection.h"

#include <memory>
#include <optional>

#include "base/error.h"
#include "cli/extractor_options.h"
#include "extract/aliases.h"
#include "graph/graph_builder.h"
#include "graph/queries.h"
#include "graph/store.h"
#include "graph/subgraph.h"

namespace polgraph::cli {
namespace {

Date ParseDateOption(const std::string& text, const char* option) {
  if (text.empty()) return {};
  std::optional<Date> date = Date::ParseIso(text);
  if (!date) throw Error(std::string(option) + ": not a date (YYYY-MM-DD): '" + text + "'");
  return *date;
}

TripleFilter MakeFilter(const GraphSelection& selection) {
  TripleFilter filter;
  if (!selection.relation.empty()) {
    filter.relation = Relation::Parse(selection.relation);
    if (!filter.relation) {
      throw Error("--relation: not a relation name (lowercase letters, digits, _): '" +
                  selection.relation + "'");
    }
  }
  filter.since = ParseDateOption(selection.since, "--since");
  filter.until = ParseDateOption(selection.until, "--until");
  return filter;
}

// The entity --around names, looked up as `polgraph query` does (case,
// accents, surnames, then the default aliases).
EntityId Center(const KnowledgeGraph& graph, const std::string& name) {
  Aliases aliases = Aliases::Default();
  return ResolveEntity(graph, name, [&aliases](std::string_view typed) {
    std::optional<EntityRef> known = aliases.Canonical(typed);
    return known ? std::optional<std::string>(known->name) : std::nullopt;
  });
}

}  // namespace

void AddGraphSelectionOptions(CLI::App* command, GraphSelection* selection) {
  command->add_option("--db", selection->db, "The database file")->capture_default_str();
  command->add_option("--relation", selection->relation,
                      "Only this relation (met, appointed, ...)");
  command->add_option("--since", selection->since, "Only triples dated on or after YYYY-MM-DD");
  command->add_option("--until", selection->until, "Only triples dated on or before YYYY-MM-DD");
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

TripleFilter SelectionFilter(const GraphSelection& selection) { return MakeFilter(selection); }

KnowledgeGraph LoadSelectedGraph(const GraphSelection& selection) {
  TripleFilter filter = MakeFilter(selection);
  std::unique_ptr<Store> store = OpenStore(selection.db, StoreMode::kRead);
  KnowledgeGraph graph = BuildKnowledgeGraph(*store, filter);
  graph.SetRelations(LoadRelations(selection.rules));
  if (!selection.around.empty())
    graph = EgoNetwork(graph, Center(graph, selection.around), selection.depth);
  if (selection.min_weight > 1) graph = WithMinWeight(graph, selection.min_weight);
  return graph;
}

}  // namespace polgraph::cli
