// Splits a paragraph into sentences. Survives abbreviations (Mr., Dr., Jan.,
// Gen., U.S.), initials (J. Smith), numbers and dates (28.01.2026, 97.5%),
// and quotations. Sentences are views into the paragraph: no copies.
#pragma once

#include <string_view>
#include <vector>

namespace polgraph {

/// Returns the sentences of `paragraph`, trimmed, in order, never empty ones.
std::vector<std::string_view> SplitSentences(std::string_view paragraph);

}  // namespace polgraph
