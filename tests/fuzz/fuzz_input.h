// What every fuzz target shares: the fuzzer's bytes as text and a check that
// aborts (so libFuzzer reports a crash) when a promise of the code under test
// is broken. Errors (polgraph::Error) are the expected answer to bad input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

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

}  // namespace polgraph::fuzz
