// Sixteen bytes at a time, for the scans that skip plain ASCII (the line
// check, the sentence splitter): a block of bytes as GCC's and Clang's vector
// extension, whose compares are a few SSE2 or NEON instructions for all 16.
// Bytes beyond ASCII are negative, as signed chars.
#pragma once

#include <cstdint>
#include <cstring>

namespace polgraph {

using ByteBlock = signed char __attribute__((vector_size(16)));

/// The 16 bytes at `p` (any alignment).
inline ByteBlock LoadBlock(const char* p) {
  ByteBlock block;
  std::memcpy(&block, p, sizeof block);
  return block;
}

/// Whether any byte of `mask` (the result of block compares) is set.
inline bool AnySet(ByteBlock mask) {
  uint64_t halves[2];
  std::memcpy(halves, &mask, sizeof halves);
  return (halves[0] | halves[1]) != 0;
}

}  // namespace polgraph
