// Keys of a RapidJSON object. RapidJSON keeps every member of an object,
// repeated keys too, and FindMember finds the first: a repeated key would
// silently hide the second value, so readers refuse it.
#pragma once

#include <optional>
#include <string>

#include <rapidjson/document.h>

namespace polgraph {

/// A key that appears more than once among the members of `object`, if any.
/// REQUIRES: object.IsObject().
std::optional<std::string> RepeatedKey(const rapidjson::Value& object);

}  // namespace polgraph
