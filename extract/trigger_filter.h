// Which rules' triggers match a masked sentence, fast: most sentences carry
// no relation, and this runs on every one. RE2's FilteredRE2 reduces each
// trigger to the literal words ("atoms") it cannot match without; one RE2::Set
// of those literals (a small automaton that stays in RE2's DFA cache) finds
// the atoms a sentence holds (an AtomScanner, the same answer in one cheap
// pass, when the atoms allow), and only the triggers they leave possible are
// matched, each with its own small program. The answer is exactly the
// triggers that match: the atoms only decide which are worth trying. Which
// triggers a set of atoms leaves possible (FilteredRE2's propagation through
// its tree, a few thousand instructions) is remembered per set: sentences
// hold the same few atoms ("said", "told") over and over.
//
// Built once, then only read: Candidates() is safe from several threads.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
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

 private:
  /// Most atom sets whose possible triggers are remembered.
  static constexpr size_t kMaxRemembered = 4096;

  // FilteredRE2::AllPotentials of `atoms` (ascending, distinct), ascending:
  // the remembered list, or `scratch` filled when the table is full.
  const std::vector<int>& Potentials(const std::vector<int>& atoms,
                                     std::vector<int>* scratch) const;

  struct AtomsHash {
    size_t operator()(const std::vector<int>& atoms) const;
  };

  std::unique_ptr<re2::FilteredRE2> filter_;
  std::unique_ptr<RE2::Set> atoms_;       // the atoms, as case-blind literals; null when none
  std::unique_ptr<AtomScanner> scanner_;  // the same atoms; null when atoms_ is
  int count_ = 0;
  struct Remembered {
    std::mutex mutex;  // the threads share the table
    // atoms -> possible triggers; entries are never changed or removed once
    // added, so a reference to one stays good without the lock.
    std::unordered_map<std::vector<int>, std::vector<int>, AtomsHash> potentials;
  };
  std::unique_ptr<Remembered> remembered_ = std::make_unique<Remembered>();
};

}  // namespace polgraph
