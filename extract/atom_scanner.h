// Finds which of a set of lowercase literal words ("atoms", the ones RE2's
// FilteredRE2 reduces triggers to) occur in a text, ignoring case, in one
// pass: an Aho-Corasick automaton over bytes with ASCII letters folded. It
// gives the same atoms as an RE2::Set of the case-blind quoted literals
// (UTF-8): when an atom holds a character outside ASCII other than the
// caseless punctuation of U+2000-U+206F it cannot be built (Usable() is
// false), and a text holding one of the two characters that RE2
// folds onto ASCII letters (U+017F long s, U+212A Kelvin sign) is refused.
//
// Built once, then only read: Scan() is safe from several threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace polgraph {

class AtomScanner {
 public:
  /// Builds the automaton of `atoms` (lowercase). Not usable when one holds an
  /// uppercase letter or a character outside ASCII and U+2000-U+206F, or
  /// when there are none.
  explicit AtomScanner(const std::vector<std::string>& atoms);

  bool Usable() const { return usable_; }

  /// Sets bit i of `found` ((atoms + 63) / 64 words, zeroed by the caller) for each
  /// atom i that occurs in `text`. Returns false (the bits then mean nothing)
  /// when the text holds a character RE2 folds onto an ASCII letter: then ask
  /// RE2. REQUIRES: Usable().
  bool ScanBits(std::string_view text, uint64_t* found) const;

  /// The same as a list: the indexes of the atoms in `text`, each once,
  /// ascending; false (and `found` empty) where ScanBits is.
  bool Scan(std::string_view text, std::vector<int>* found) const;

 private:
  int Class(unsigned char byte) const { return classes_[byte]; }
  // One step of a scan from `row` on `byte`: the next row, atoms ending there
  // set in `found`.
  uint32_t Step(uint32_t row, unsigned char byte, uint64_t* found) const;

  bool usable_ = false;
  size_t bit_words_ = 0;       // 64-bit words of a set of atoms
  size_t longest_ = 0;         // bytes of the longest atom
  int class_count_ = 1;        // class 0: every byte no atom holds
  uint8_t classes_[256] = {};  // byte -> class, letters folded
  static constexpr uint32_t kOutput = 1u << 31;
  std::vector<int32_t> next_;  // while building: state * class_count_ + class -> state
  // row + class -> next row (state * class_count_) | kOutput. States are
  // numbered breadth first: the shallow ones, where a scan spends most bytes,
  // share the first rows and stay in the nearest cache.
  std::vector<uint32_t> rows_;
  std::vector<int32_t> out_begin_;  // state -> first index into outputs_ (size states + 1)
  std::vector<int32_t> outputs_;    // the atoms that end at each state, suffixes included
};

}  // namespace polgraph
