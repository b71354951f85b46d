#include "extract/triple.h"

#include <array>

namespace polgraph {
namespace {

constexpr std::array<std::pair<EntityType, std::string_view>, 4> kTypeNames = {{
    {EntityType::kPerson, "person"},
    {EntityType::kOrganization, "organization"},
    {EntityType::kCountry, "country"},
    {EntityType::kUnknown, "unknown"},
}};

bool IsRelationName(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

}  // namespace

std::string_view ToString(EntityType type) {
  for (const auto& [t, name] : kTypeNames)
    if (t == type) return name;
  return "unknown";
}

std::optional<EntityType> ParseEntityType(std::string_view text) {
  for (const auto& [t, name] : kTypeNames)
    if (name == text) return t;
  return std::nullopt;
}

const Relation Relation::kMet("met");
const Relation Relation::kAppointed("appointed");
const Relation Relation::kDismissed("dismissed");
const Relation Relation::kAnnounced("announced");

std::optional<Relation> Relation::Parse(std::string_view name) {
  if (!IsRelationName(name)) return std::nullopt;
  return Relation(std::string(name));
}

}  // namespace polgraph
