#include "graph/store_columns.h"

#include <algorithm>

namespace polgraph {

std::string EncodeAliases(const std::vector<std::string>& aliases) {
  std::string column;
  for (const std::string& alias : aliases) column += (column.empty() ? "" : "\n") + alias;
  return column;
}

std::vector<std::string> DecodeAliases(std::string_view column) {
  std::vector<std::string> aliases;
  size_t start = 0;
  while (start < column.size()) {
    size_t end = std::min(column.find('\n', start), column.size());
    aliases.emplace_back(column.substr(start, end - start));
    start = end + 1;
  }
  return aliases;
}

EntityType StoredEntityType(std::string_view column) {
  return ParseEntityType(column).value_or(EntityType::kUnknown);
}

Relation StoredRelation(std::string_view column) {
  return Relation::Parse(column).value_or(Relation::kMet);
}

}  // namespace polgraph
