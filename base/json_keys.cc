#include "base/json_keys.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace polgraph {

std::optional<std::string> RepeatedKey(const rapidjson::Value& object) {
  std::vector<std::string_view> keys;
  keys.reserve(object.MemberCount());
  for (const auto& member : object.GetObject())
    keys.emplace_back(member.name.GetString(), member.name.GetStringLength());
  std::sort(keys.begin(), keys.end());
  auto repeated = std::adjacent_find(keys.begin(), keys.end());
  if (repeated == keys.end()) return std::nullopt;
  return std::string(*repeated);
}

}  // namespace polgraph
