// polgraph's one error currency. Every failure the library reports is an
// Error: a problem plus the place it happened (input file, 1-based line, rule
// id, any of which may be empty). The library throws Error and never prints;
// cli/ turns it into a message and an exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace polgraph {

/// Where a problem was found. Empty fields are unknown / not applicable.
struct Place {
  std::string file;
  long line = 0;     // 1-based; 0 = no line
  std::string rule;  // rule id, for rule files
};

class Error : public std::runtime_error {
 public:
  explicit Error(std::string problem, Place place = {});

  const std::string& problem() const { return problem_; }
  const Place& place() const { return place_; }

  /// Returns a copy with the missing parts of the place filled from `outer`.
  Error WithinPlace(const Place& outer) const;

 private:
  static std::string Format(const std::string& problem, const Place& place);

  std::string problem_;
  Place place_;
};

}  // namespace polgraph
