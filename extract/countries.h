// The world's countries as data: each with its usual English name, other
// names and spellings ("Kyrgyz Republic", "Republic of Kazakhstan"), and the
// demonyms that stand for it before a title ("Kazakh President"). The mention
// finder turns the table into hash maps; it is never compiled into a regex.
#pragma once

#include <span>
#include <string_view>

namespace polgraph {

struct CountryRecord {
  std::string_view name;      // "Kazakhstan"
  std::string_view variants;  // '|'-separated other names, may be empty
  std::string_view demonyms;  // '|'-separated adjectives, may be empty
};

/// All countries, in alphabetical order of name.
std::span<const CountryRecord> Countries();

}  // namespace polgraph
