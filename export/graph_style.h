// How entities look, the same in every drawing of the network: the shape and
// fill of each entity type, as the DOT writer and the renderer (Graphviz) and
// the network page (sigma.js) use them. Relations' colours and line styles are
// declared with the rules (extract/relation_traits.h). Colours are "#rrggbb";
// shapes are Graphviz names.
#pragma once

#include <span>
#include <string_view>

#include "extract/triple.h"

namespace polgraph {

struct TypeStyle {
  EntityType type;
  std::string_view shape;  // ellipse, box, hexagon, octagon
  std::string_view fill;
};

/// The style of `type`.
const TypeStyle& StyleOf(EntityType type);

/// Every type style, in EntityType order.
std::span<const TypeStyle> TypeStyles();

}  // namespace polgraph
