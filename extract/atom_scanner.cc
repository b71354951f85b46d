#include "extract/atom_scanner.h"

#include <algorithm>
#include <bit>
#include <deque>

namespace polgraph {
namespace {

char FoldAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Lowercase ASCII, and the characters of U+2000-U+206F (quotes, dashes:
// without case, so the same bytes to RE2 whatever the case folding).
bool IsPlainAtom(const std::string& atom) {
  if (atom.empty()) return false;
  for (size_t i = 0; i < atom.size(); ++i) {
    auto byte = static_cast<unsigned char>(atom[i]);
    if (byte < 0x80) {
      if (byte >= 'A' && byte <= 'Z') return false;
      continue;
    }
    if (byte != 0xE2 || i + 2 >= atom.size()) return false;
    auto second = static_cast<unsigned char>(atom[i + 1]);
    auto third = static_cast<unsigned char>(atom[i + 2]);
    bool punctuation = (second == 0x80 && third >= 0x80 && third <= 0xBF) ||
                       (second == 0x81 && third >= 0x80 && third <= 0xAF);
    if (!punctuation) return false;
    i += 2;
  }
  return true;
}

}  // namespace

AtomScanner::AtomScanner(const std::vector<std::string>& atoms) {
  if (atoms.empty() || !std::all_of(atoms.begin(), atoms.end(), IsPlainAtom)) return;
  for (const std::string& atom : atoms) longest_ = std::max(longest_, atom.size());
  for (const std::string& atom : atoms)
    for (char c : atom) {
      auto byte = static_cast<unsigned char>(c);
      if (classes_[byte] == 0) classes_[byte] = static_cast<uint8_t>(class_count_++);
    }
  for (char c = 'A'; c <= 'Z'; ++c)
    classes_[static_cast<unsigned char>(c)] = classes_[static_cast<unsigned char>(FoldAscii(c))];

  // The trie: goto edges (-1: none) and the atoms ending at each state.
  std::vector<int32_t> go(class_count_, -1);
  std::vector<std::vector<int32_t>> ends(1);
  for (size_t a = 0; a < atoms.size(); ++a) {
    int32_t state = 0;
    for (char c : atoms[a]) {
      const size_t slot = state * class_count_ + Class(static_cast<unsigned char>(c));
      if (go[slot] < 0) {
        go[slot] = static_cast<int32_t>(ends.size());
        ends.emplace_back();
        go.resize(go.size() + class_count_, -1);
      }
      state = go[slot];
    }
    ends[state].push_back(static_cast<int32_t>(a));
  }
  // Breadth first: failure links folded into a full transition table.
  const size_t states = ends.size();
  next_.assign(states * class_count_, 0);
  std::vector<int32_t> fail(states, 0);
  std::deque<int32_t> queue;
  std::vector<int32_t> order = {0};  // the states breadth first
  for (int k = 0; k < class_count_; ++k) {
    int32_t child = go[k];
    if (child > 0) {
      next_[k] = child;
      queue.push_back(child);
    }
  }
  while (!queue.empty()) {
    int32_t state = queue.front();
    queue.pop_front();
    order.push_back(state);
    const std::vector<int32_t>& inherited = ends[fail[state]];
    ends[state].insert(ends[state].end(), inherited.begin(), inherited.end());
    for (int k = 0; k < class_count_; ++k) {
      int32_t child = go[state * class_count_ + k];
      int32_t via_fail = next_[fail[state] * class_count_ + k];
      if (child < 0) {
        next_[state * class_count_ + k] = via_fail;
      } else {
        next_[state * class_count_ + k] = child;
        fail[child] = via_fail;
        queue.push_back(child);
      }
    }
  }
  // Renumbered breadth first (`order`: the root, then as the queue took them).
  std::vector<int32_t> renumbered(states);
  for (size_t i = 0; i < order.size(); ++i) renumbered[order[i]] = static_cast<int32_t>(i);
  out_begin_.reserve(states + 1);
  for (int32_t state : order) {
    out_begin_.push_back(static_cast<int32_t>(outputs_.size()));
    outputs_.insert(outputs_.end(), ends[state].begin(), ends[state].end());
  }
  out_begin_.push_back(static_cast<int32_t>(outputs_.size()));
  // The table as Scan reads it: each target as the offset of its row, with
  // kOutput set when atoms end there.
  if (next_.size() >= kOutput) return;  // far beyond any trigger set: RE2 answers
  rows_.resize(next_.size());
  for (size_t i = 0; i < states; ++i)
    for (int k = 0; k < class_count_; ++k) {
      auto target = static_cast<uint32_t>(renumbered[next_[order[i] * class_count_ + k]]);
      rows_[i * class_count_ + k] = target * static_cast<uint32_t>(class_count_) |
                                    (out_begin_[target] != out_begin_[target + 1] ? kOutput : 0u);
    }
  next_.clear();
  next_.shrink_to_fit();
  bit_words_ = (atoms.size() + 63) / 64;
  usable_ = true;
}

inline uint32_t AtomScanner::Step(uint32_t row, unsigned char byte, uint64_t* found) const {
  row = rows_[row + Class(byte)];
  if (row & kOutput) {
    row &= ~kOutput;
    const uint32_t state = row / static_cast<uint32_t>(class_count_);
    for (int32_t i = out_begin_[state]; i < out_begin_[state + 1]; ++i)
      found[outputs_[i] >> 6] |= uint64_t{1} << (outputs_[i] & 63);
  }
  return row;
}

bool AtomScanner::ScanBits(std::string_view text, uint64_t* found) const {
  // Each step waits for the row the step before loaded. Two scans at once,
  // one over each half, do not wait for each other: the core runs them side
  // by side. The second starts as far before the middle as an atom is long
  // (less one byte), so that an atom across the middle ends inside it; every
  // atom it finds is in the text, whatever state the first scan was in there.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const size_t middle = n / 2;
  const size_t second = middle >= longest_ ? middle - (longest_ - 1) : 0;
  size_t i = 0;
  if (second > 0) {
    uint32_t first_row = 0, second_row = 0;
    for (; i < middle; ++i) {
      first_row = Step(first_row, bytes[i], found);
      second_row = Step(second_row, bytes[second + i], found);
    }
    for (i += second; i < n; ++i) second_row = Step(second_row, bytes[i], found);
  } else {
    for (uint32_t row = 0; i < n; ++i) row = Step(row, bytes[i], found);
  }
  // U+017F and U+212A are 's' and 'k' to RE2's case folding: let RE2 answer.
  return text.find("\xC5\xBF") == std::string_view::npos &&
         text.find("\xE2\x84\xAA") == std::string_view::npos;
}

bool AtomScanner::Scan(std::string_view text, std::vector<int>* found) const {
  found->clear();
  std::vector<uint64_t> bits(bit_words_);
  if (!ScanBits(text, bits.data())) return false;
  for (size_t w = 0; w < bits.size(); ++w)
    for (uint64_t word = bits[w]; word != 0; word &= word - 1)
      found->push_back(static_cast<int>(w * 64 + std::countr_zero(word)));
  return true;
}

}  // namespace polgraph
