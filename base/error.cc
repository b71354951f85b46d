#include "base/error.h"

namespace polgraph {

Error::Error(std::string problem, Place place)
    : std::runtime_error(Format(problem, place)),
      problem_(std::move(problem)),
      place_(std::move(place)) {}

Error Error::WithinPlace(const Place& outer) const {
  Place merged = place_;
  if (merged.file.empty()) merged.file = outer.file;
  if (merged.line == 0) merged.line = outer.line;
  if (merged.rule.empty()) merged.rule = outer.rule;
  return Error(problem_, merged);
}

// "file:line: rule R: problem", leaving out what is unknown.
std::string Error::Format(const std::string& problem, const Place& place) {
  std::string out;
  if (!place.file.empty()) {
    out += place.file;
    if (place.line > 0) out += ":" + std::to_string(place.line);
    out += ": ";
  } else if (place.line > 0) {
    out += "line " + std::to_string(place.line) + ": ";
  }
  if (!place.rule.empty()) out += "rule " + place.rule + ": ";
  return out + problem;
}

}  // namespace polgraph
