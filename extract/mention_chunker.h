// Groups the units of a sentence into chunks: runs of capitalized words with
// the lowercase joints of titles and bodies between them ("of the", "for",
// "to", "and", dashes, "judge", "spokesman"), each a candidate mention that
// the mention finder then reads as a titled person, a bare title, an
// organization or a country. Internal to extract/.
#pragma once

#include <vector>

#include "extract/mention_units.h"

namespace polgraph {

/// A run of units: indexes into the unit vector, `end` exclusive.
struct Range {
  size_t first = 0, end = 0;
};

/// A capitalized word that may stand in a name, title or body.
bool IsCapital(const Unit& u);
/// A capitalized word no table knows (or an initial): part of a name.
bool IsNameLike(const Unit& u);
/// "of", "for", "on", "to", "and", "&", "the" or a dash.
bool IsJoint(const Unit& u);

/// The chunks of `units`, left to right, not overlapping.
std::vector<Range> Chunk(const std::vector<Unit>& units);

}  // namespace polgraph
