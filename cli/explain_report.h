// Prints an ExplainReport for people: per sentence, the mentions and how each
// was resolved, the rules whose trigger matched and what each did with its
// groups, the triples produced; then the item's final triples and what
// deduplication removed. Used by `polgraph explain` and `extract --explain`.
#pragma once

#include <ostream>

#include "extract/extractor.h"
#include "feed/item.h"

namespace polgraph::cli {

void PrintExplainReport(const Item& item, const ExplainReport& report, std::ostream& out);

}  // namespace polgraph::cli
