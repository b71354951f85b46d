// The per-item rules for counting a triple once (GUIDELINES.md): met is
// symmetric; one announced triple per speaker; an appointment or dismissal
// is the same one when relation, object and role agree, and an unnamed
// appointer ("?") gives way to a named one; a headline that restates the
// body adds nothing.
#pragma once

#include <string>
#include <vector>

#include "extract/triple.h"

namespace polgraph {

/// The triples one sentence gave, and whether the sentence is the headline.
struct SentenceTriples {
  bool headline = false;
  std::vector<Triple> triples;
};

/// The item's triples in reading order with duplicates removed. When
/// `removed` is given, a line per removed triple says why.
std::vector<Triple> Deduplicate(std::vector<SentenceTriples> sentences,
                                std::vector<std::string>* removed = nullptr);

}  // namespace polgraph
