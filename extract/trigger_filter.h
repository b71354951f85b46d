// Which rules' triggers match a masked sentence, fast: most sentences carry
// no relation, and this runs on every one. RE2's FilteredRE2 reduces each
// trigger to the literal words ("atoms") it cannot match without; one RE2::Set
// of those literals (a small automaton that stays in RE2's DFA cache) finds
// the atoms a sentence holds (an AtomScanner, the same answer in one cheap
// pass, when the atoms allow), and only the triggers they leave possible are
// matched, each with its own small program. The answer is exactly the
// triggers that match: the atoms only decide which are worth trying. Which
// triggers a set of atoms leaves possible (FilteredRE2's propagation through
// its tree, a few thousand instructions) is remembered per set, by each
// thread for itself (no lock): sentences hold the same few atoms ("said",
// "told") over and over.
//
// Built once, then only read: Candidates() is safe from several threads.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "extract/atom_scanner.h"

namespace polgraph {

class TriggerFilter {
 public:
  /// Compiles `triggers` (RE2 patterns, compiled with `options`); trigger i is
  /// rule i. Returns the index of the first that does not compile, with
  /// RE2's message in `error`, or -1 when all did.
  int Compile(const std::vector<std::string>& triggers, const RE2::Options& options,
              std::string* error);

  /// Indexes of the triggers that match `text` (unanchored), ascending.
  std::vector<int> Candidates(std::string_view text) const;

  /// Trigger i, compiled. REQUIRES: Compile() succeeded, 0 <= i < count.
  const RE2& Trigger(int i) const { return filter_->GetRE2(i); }

 private:
  // A set of atoms: bit i for atom i.
  using AtomBits = std::vector<uint64_t>;

  // FilteredRE2::AllPotentials of the atoms `bits`, ascending: what this
  // thread remembers of that set, or `scratch` filled.
  std::span<const int> Potentials(const AtomBits& bits, std::vector<int>* scratch) const;

  std::unique_ptr<re2::FilteredRE2> filter_;
  std::unique_ptr<RE2::Set> atoms_;       // the atoms, as case-blind literals; null when none
  std::unique_ptr<AtomScanner> scanner_;  // the same atoms; null when atoms_ is
  int count_ = 0;
  size_t bit_words_ = 0;  // 64-bit words of an AtomBits
  uint64_t number_ = 0;   // this filter among all filters made, from 1
};

}  // namespace polgraph
