#include "export/graph_style.h"

#include <iterator>

namespace polgraph {
namespace {

constexpr RelationStyle kRelationStyles[] = {
    {"met", "#1f77b4", "solid"},       {"appointed", "#2ca02c", "solid"},
    {"dismissed", "#d62728", "solid"}, {"announced", "#9467bd", "dashed"},
    {"", "#7f7f7f", "solid"},
};

constexpr TypeStyle kTypeStyles[] = {
    {EntityType::kPerson, "ellipse", "#fdebd0"},
    {EntityType::kOrganization, "box", "#d6eaf8"},
    {EntityType::kCountry, "hexagon", "#d5f5e3"},
    {EntityType::kUnknown, "octagon", "#eeeeee"},
};

}  // namespace

const RelationStyle& StyleOf(const Relation& relation) {
  for (const RelationStyle& style : kRelationStyles)
    if (style.relation == relation.name()) return style;
  return kRelationStyles[std::size(kRelationStyles) - 1];
}

const TypeStyle& StyleOf(EntityType type) {
  for (const TypeStyle& style : kTypeStyles)
    if (style.type == type) return style;
  return kTypeStyles[std::size(kTypeStyles) - 1];
}

std::span<const RelationStyle> RelationStyles() { return kRelationStyles; }
std::span<const TypeStyle> TypeStyles() { return kTypeStyles; }

}  // namespace polgraph
