#include "export/graph_style.h"

#include <iterator>

namespace polgraph {
namespace {

constexpr TypeStyle kTypeStyles[] = {
    {EntityType::kPerson, "ellipse", "#fdebd0"},
    {EntityType::kOrganization, "box", "#d6eaf8"},
    {EntityType::kCountry, "hexagon", "#d5f5e3"},
    {EntityType::kUnknown, "octagon", "#eeeeee"},
};

}  // namespace

const TypeStyle& StyleOf(EntityType type) {
  for (const TypeStyle& style : kTypeStyles)
    if (style.type == type) return style;
  return kTypeStyles[std::size(kTypeStyles) - 1];
}

std::span<const TypeStyle> TypeStyles() { return kTypeStyles; }

}  // namespace polgraph
