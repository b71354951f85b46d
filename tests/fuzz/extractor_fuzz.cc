// Fuzzes extraction end to end on feed text: the items the reader accepts go
// through sentence splitting, mention finding, entity resolution and the
// default rules. Hostile text must never crash or hang the extractor; every
// triple names a subject and a relation and carries its evidence.
#include <sstream>
#include <string>

#include "extract/aliases.h"
#include "base/error.h"
#include "extract/extractor.h"
#include "feed/feed_reader.h"
#include "extract/rule_set.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using polgraph::fuzz::Check;

const polgraph::Extractor& DefaultExtractor() {
  static const polgraph::Extractor extractor(polgraph::RuleSet::Default(),
                                             polgraph::Aliases::Default());
  return extractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const polgraph::Extractor& extractor = DefaultExtractor();
  std::istringstream in{std::string(polgraph::fuzz::Text(data, size))};
  polgraph::ReadOptions options;
  options.lenient = true;
  polgraph::ItemParser parser(in, "fuzz.txt", options);
  for (polgraph::Item item; parser.Next(&item);) {
    for (const polgraph::Triple& triple : extractor.Extract(item)) {
      Check(!triple.subject.name.empty(), "a triple has a subject");
      Check(triple.evidence.item_id == item.id, "a triple names its item");
      Check(!triple.evidence.rule.empty(), "a triple names its rule");
    }
  }
  return 0;
}
