// Where a rule's groups fall inside a match, remembered per match text.
//
// RE2 finds a match's bounds with its DFA, which is fast; the groups inside
// need its NFA, and on the rules' programs (thousands of instructions, over
// the 512 that allow RE2's faster BitState engine) the NFA costs several to
// tens of microseconds per match. Which spans the groups cover depends only
// on the matched bytes and on the byte on each side of them (all that ^, $
// and \b can see), and news repeats short matches ("ZQ said", "He told")
// over and over: the memo keeps each such text's group offsets and runs the
// NFA only for a text it has not seen.
//
// Promises: Groups() fills the pieces exactly as RE2::Match with that many
// submatches would for a match at those bounds (the memo only skips
// recomputing). Safe to call from several threads at once (a mutex guards
// the table); holds at most kMaxEntries texts of at most kMaxTextBytes bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

namespace polgraph {

class SubmatchMemo {
 public:
  static constexpr size_t kMaxEntries = 1024;
  static constexpr size_t kMaxTextBytes = 160;

  /// Fills pieces[0, count) with the submatches of `re`'s match of exactly
  /// text[begin, end) (as RE2::Match found it, with `text` as the context
  /// its assertions read). False (pieces unspecified) if `re` does not match
  /// exactly there.
  bool Groups(const RE2& re, re2::StringPiece text, size_t begin, size_t end,
              re2::StringPiece* pieces, int count) const;

 private:
  // Group i's begin offset from the match's begin (-1: took no part) and length.
  using Offsets = std::vector<int32_t>;

  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, Offsets> known_;
};

}  // namespace polgraph
