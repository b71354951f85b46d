// The extractor that tests of the default rules share: the compiled-in rules
// and aliases, built once per test binary (compiling the rules takes ~0.1 s).
#pragma once

#include "extract/extractor.h"

namespace polgraph::testing {

inline const Extractor& DefaultExtractor() {
  static const Extractor extractor(RuleSet::Default(), Aliases::Default());
  return extractor;
}

}  // namespace polgraph::testing
