#include "cli/name_resolver.h"

#include "base/error.h"
#include "graph/graph_builder.h"
#include "graph/name_folding.h"
#include "graph/queries.h"

namespace polgraph::cli {

NameResolver::NameResolver(const KnowledgeGraph& filtered, const Store& store,
                           const TripleFilter& filter, const Aliases& aliases)
    : filtered_(filtered), store_(store), filter_(filter), aliases_(aliases) {}

std::optional<std::string> NameResolver::Canonical(std::string_view typed) const {
  if (std::optional<EntityRef> known = aliases_.Canonical(typed)) return known->name;
  const Date at = filter_.until.IsKnown() ? filter_.until : filter_.since;
  if (std::optional<EntityRef> holder = aliases_.Holder(typed, at)) return holder->name;
  for (const std::string& latin : LatinSpellings(typed)) {  // "Токаев"
    if (std::optional<EntityRef> known = aliases_.Canonical(latin)) return known->name;
  }
  return std::nullopt;
}

std::string NameResolver::FilterHides() const {
  std::string text = "has no ";
  text += filter_.relation ? "`" + filter_.relation->name() + "` link" : "link";
  if (filter_.since.IsKnown()) text += " from " + filter_.since.ToIso();
  if (filter_.until.IsKnown())
    text += (filter_.since.IsKnown() ? " to " : " until ") + filter_.until.ToIso();
  return text;
}

EntityId NameResolver::Resolve(std::string_view typed) const {
  auto canonical = [this](std::string_view name) { return Canonical(name); };
  try {
    return ResolveEntity(filtered_, typed, canonical);
  } catch (const Error& not_found) {
    const bool filtered = filter_.relation || filter_.since.IsKnown() || filter_.until.IsKnown();
    if (!filtered || !filtered_.Lookup(typed).empty()) throw;
    KnowledgeGraph whole = BuildKnowledgeGraph(store_, TripleFilter{});
    EntityId id;
    try {
      id = ResolveEntity(whole, typed, canonical);
    } catch (const Error&) {
      throw not_found;
    }
    const size_t links = whole.degree(id);
    throw Error(whole.entity(id).name + " " + FilterHides() + "; " + std::to_string(links) +
                " other link" + (links == 1 ? "" : "s"));
  }
}

}  // namespace polgraph::cli
