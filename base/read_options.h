// How input is read: strict or lenient, and the size limits every reader of
// user files (feeds, triples, aliases) enforces. Input beyond a limit is bad
// input (an Error naming the place), never a crash or a hang.
#pragma once

#include <cstddef>
#include <functional>

#include "base/error.h"

namespace polgraph {

struct ReadOptions {
  bool lenient = false;
  /// Called with each skipped item's error in lenient mode.
  std::function<void(const Error&)> on_skip;
  /// Longest line accepted; longer lines are an error (not a crash or a hang).
  size_t max_line_bytes = 1 << 20;
  /// Largest item accepted (title and body); a larger one is an error (a
  /// missing item header?). Extraction's time grows faster than an item's size.
  size_t max_item_bytes = 512 << 10;
  /// Longest sentence accepted; a longer one is an error (missing full stops?).
  /// Every triple keeps its sentence, so memory grows with its square.
  size_t max_sentence_bytes = 16 << 10;
};

}  // namespace polgraph
