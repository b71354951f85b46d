// What every fuzz target shares: the fuzzer's bytes as text, a check that
// aborts (so libFuzzer reports a crash) when a promise of the code under test
// is broken, and the readers' common run: strict, then lenient. Errors
// (polgraph::Error) are the expected answer to bad input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "base/error.h"
#include "feed/feed_reader.h"
#include "base/line_reader.h"

namespace polgraph::fuzz {

inline std::string_view Text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Aborts with `what` when `promise` does not hold.
inline void Check(bool promise, const char* what) {
  if (promise) return;
  std::fprintf(stderr, "fuzz: broken promise: %s\n", what);
  std::abort();
}

/// Reads `text` twice with `read(stream, options)`, strict and then lenient,
/// lines cut at `max_line_bytes`: polgraph::Error may end the strict read,
/// never the lenient one, which skips what is bad and reads on.
template <typename Read>
void ReadStrictAndLenient(const std::string& text, size_t max_line_bytes, Read read) {
  for (bool lenient : {false, true}) {
    std::istringstream in(text);
    ReadOptions options;
    options.lenient = lenient;
    options.max_line_bytes = max_line_bytes;
    try {
      read(in, options);
    } catch (const Error&) {
      Check(!lenient, "lenient reading skips bad input, it does not stop");
    }
  }
}

/// What the feed reader promises of every item it gives.
inline void CheckItem(const Item& item) {
  Check(!item.title.empty(), "an item has a title");
  Check(TextProblem(item.title).empty(), "a title is valid text");
  for (const std::string& paragraph : item.paragraphs)
    Check(TextProblem(paragraph).empty(), "a paragraph is valid text");
  Check(!item.id.empty(), "an item has an id");
}

}  // namespace polgraph::fuzz
