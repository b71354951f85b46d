// One sentence of an item as the extraction stages read it: a view of its
// text, whether it is the headline, and the mentions the finder found in it
// (left to right, offsets into `text`). The item owns the text; a Sentence
// lives while the item is being extracted.
#pragma once

#include <string_view>
#include <vector>

#include "extract/mention.h"
#include "extract/phrase_text.h"

namespace polgraph {

struct Sentence {
  std::string_view text;
  bool headline = false;
  std::vector<Mention> mentions;

  /// The text `span` covers. REQUIRES: span within text.
  std::string_view Text(TextSpan span) const {
    return text.substr(span.begin, span.end - span.begin);
  }
};

}  // namespace polgraph
