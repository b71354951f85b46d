// How the network looks, the same in every drawing of it: the colour and line
// style of each relation and the shape and fill of each entity type, as the
// DOT writer and the renderer (Graphviz) and the network page (sigma.js) use
// them. Colours are "#rrggbb"; shapes and line styles are Graphviz names.
#pragma once

#include <span>
#include <string_view>

#include "extract/triple.h"

namespace polgraph {

struct RelationStyle {
  std::string_view relation;  // "" = any other relation
  std::string_view color;
  std::string_view line;  // "solid" or "dashed"
};

struct TypeStyle {
  EntityType type;
  std::string_view shape;  // ellipse, box, hexagon, octagon
  std::string_view fill;
};

/// The style of `relation`; the catch-all ("" relation) for relations without one.
const RelationStyle& StyleOf(const Relation& relation);
/// The style of `type`.
const TypeStyle& StyleOf(EntityType type);

/// Every relation style, the catch-all last; every type style, in EntityType order.
std::span<const RelationStyle> RelationStyles();
std::span<const TypeStyle> TypeStyles();

}  // namespace polgraph
