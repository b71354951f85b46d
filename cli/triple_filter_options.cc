#include "cli/triple_filter_options.h"

#include <optional>

#include "base/error.h"

namespace polgraph::cli {
namespace {

Date ParseDateOption(const std::string& text, const char* option) {
  if (text.empty()) return {};
  std::optional<Date> date = Date::ParseIso(text);
  if (!date) throw Error(std::string(option) + ": not a date (YYYY-MM-DD): '" + text + "'");
  return *date;
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
  return filter;
}

}  // namespace polgraph::cli
