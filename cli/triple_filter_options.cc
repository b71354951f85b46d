#include "cli/triple_filter_options.h"

#include <algorithm>
#include <optional>

#include "base/error.h"
#include "graph/name_folding.h"

namespace polgraph::cli {
namespace {

Date ParseDateOption(const std::string& text, const char* option) {
  if (text.empty()) return {};
  std::optional<Date> date = Date::ParseIso(text);
  if (!date) throw Error(std::string(option) + ": not a date (YYYY-MM-DD): '" + text + "'");
  return *date;
}

std::string Join(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

// " (did you mean visited?)" when one known name is within two edits of `typed`.
std::string DidYouMean(const std::string& typed, const std::vector<std::string>& known) {
  const std::string* best = nullptr;
  size_t best_distance = 3;
  for (const std::string& name : known) {
    size_t distance = EditDistance(typed, name);
    if (distance < best_distance) best = &name, best_distance = distance;
  }
  return best ? " (did you mean " + *best + "?)" : "";
}

}  // namespace

void AddTripleFilterOptions(CLI::App* command, TripleFilterOptions* options) {
  command->add_option("--relation", options->relation, "Only this relation (met, appointed, ...)");
  command->add_option("--since", options->since, "Only triples dated on or after YYYY-MM-DD");
  command->add_option("--until", options->until, "Only triples dated on or before YYYY-MM-DD");
}

TripleFilter MakeTripleFilter(const TripleFilterOptions& options) {
  TripleFilter filter;
  if (!options.relation.empty()) {
    filter.relation = Relation::Parse(options.relation);
    if (!filter.relation) {
      throw Error("--relation: not a relation name (lowercase letters, digits, _): '" +
                  options.relation + "'");
    }
  }
  filter.since = ParseDateOption(options.since, "--since");
  filter.until = ParseDateOption(options.until, "--until");
  if (filter.since.IsKnown() && filter.until.IsKnown() && filter.until < filter.since) {
    throw Error("--since " + options.since + " is after --until " + options.until +
                ": no date is in between");
  }
  return filter;
}

std::vector<std::string> KnownRelationNames(const RelationTraits& relations, const Store& store) {
  std::vector<std::string> names;
  for (const DeclaredRelation& declared : relations.declared())
    names.emplace_back(declared.relation.name());
  for (const auto& [name, count] : store.Stats().triples_by_relation) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

TripleFilter MakeTripleFilter(const TripleFilterOptions& options, const RelationTraits& relations,
                              const Store& store) {
  TripleFilter filter = MakeTripleFilter(options);
  if (!filter.relation || relations.IsDeclared(*filter.relation)) return filter;
  std::vector<std::string> known = KnownRelationNames(relations, store);
  if (std::find(known.begin(), known.end(), options.relation) != known.end()) return filter;
  throw Error("--relation: unknown relation '" + options.relation + "'" +
              DidYouMean(options.relation, known) + "; known: " + Join(known) +
              " (a --rules file may declare more)");
}

}  // namespace polgraph::cli
