#include "extract/rule_cap.h"

#include <map>

namespace polgraph {

std::vector<std::string> CapTriplesPerRule(const Item& item, std::vector<Triple>* triples,
                                           size_t max) {
  if (triples->size() <= max) return {};  // no rule can have given more (the usual case)
  std::map<std::string, size_t> given;    // by rule
  std::vector<Triple> kept;
  for (Triple& triple : *triples) {
    if (++given[triple.evidence.rule] <= max) kept.push_back(std::move(triple));
  }
  std::vector<std::string> warnings;
  if (kept.size() == triples->size()) {
    *triples = std::move(kept);
    return warnings;
  }
  const std::string place =
      (item.source == "-" ? "<stdin>" : item.source) + ":" + std::to_string(item.line);
  for (const auto& [rule, count] : given) {
    if (count <= max) continue;
    std::string warning = place;
    warning += ": rule '" + rule + "' gave " + std::to_string(count);
    warning += " triples in one item; kept the first " + std::to_string(max);
    warning += " (does its pattern match too much?)";
    warnings.push_back(std::move(warning));
  }
  *triples = std::move(kept);
  return warnings;
}

}  // namespace polgraph
