#include "extract/dateline.h"

#include <re2/re2.h>

namespace polgraph {
namespace {

const RE2& Dateline() {
  static const RE2 pattern(
      // The place, or the agency, in capitals: BISHKEK, NUR-SULTAN, BUENOS AIRES.
      "[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]*)*"
      // A state or country: ", Peru", ", New Mexico".
      "(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)?"
      // A date: ", Jan 23", ", Nov. 4", ", 4 November", ", 14.09.2023".
      "(?:,? (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? [0-9]{1,2}|"
      "[0-9]{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|"
      "[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{2,4}))?"
      // The agency and the dash ("(Reuters) -", ". KAZINFORM –", " --"), or
      // TASS's ". /TASS/.".
      "(?:(?:\\. [A-Z][A-Za-z]*[A-Z]|\\.? ?\\([A-Z][^()]{0,40}\\))? ?(?:--?|–|—)|\\. "
      "/[A-Za-z-]+/\\.)"
      " +",
      RE2::Quiet);
  return pattern;
}

}  // namespace

size_t DatelineLength(std::string_view paragraph) {
  // Most paragraphs fail at once: a dateline starts with two capitals.
  if (paragraph.size() < 4 || paragraph[0] < 'A' || paragraph[0] > 'Z' || paragraph[1] < 'A' ||
      paragraph[1] > 'Z')
    return 0;
  re2::StringPiece match;
  if (!Dateline().Match(paragraph, 0, paragraph.size(), RE2::ANCHOR_START, &match, 1)) return 0;
  return match.size();
}

}  // namespace polgraph
