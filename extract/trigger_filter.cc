#include "extract/trigger_filter.h"

#include <algorithm>
#include <atomic>
#include <bit>

namespace polgraph {
namespace {

// Atoms shorter than this are not worth looking for: a trigger whose words
// are all shorter is tried on every sentence.
constexpr int kMinAtomLength = 3;

std::atomic<uint64_t> filters_made{0};

// What a thread remembers of the atom sets it met: the triggers each leaves
// possible, in an open-addressed table of one cache line a set (the set's
// bits inline, then the place of its list), probed from the line its hash
// picks. The first sets met are kept, up to three quarters of the lines:
// sentences bring back the same few sets over and over, and a lookup reads a
// line or two, then the list.
class RememberedPotentials {
 public:
  static constexpr size_t kMaxWords = 6;  // sets of up to 384 atoms; larger are not kept

  // The list kept for `bits` (`words` words) in `found`, good until the next
  // Keep; false when the set is not kept.
  bool Find(uint64_t filter, const uint64_t* bits, size_t words, std::span<const int>* found) {
    if (filter != filter_) {
      lines_.assign(kLines, Line{});
      pool_.clear();
      kept_ = 0;
      filter_ = filter;
    }
    const Line* line = &lines_[Probe(bits, words)];
    if (line->size == kEmpty) return false;
    *found = std::span<const int>(pool_.data() + line->begin, line->size);
    return true;
  }

  // Keeps `potentials` for `bits`, unless the table is full.
  // REQUIRES: Find() of the same bits returned false.
  void Keep(const uint64_t* bits, size_t words, const std::vector<int>& potentials) {
    if (kept_ >= kLines / 4 * 3) return;
    Line& line = lines_[Probe(bits, words)];
    std::copy(bits, bits + words, line.bits);
    line.begin = static_cast<uint32_t>(pool_.size());
    line.size = static_cast<uint32_t>(potentials.size());
    pool_.insert(pool_.end(), potentials.begin(), potentials.end());
    ++kept_;
  }

 private:
  static constexpr size_t kLines = 8192;  // a power of two
  static constexpr uint32_t kEmpty = ~0u;
  struct alignas(64) Line {
    uint64_t bits[kMaxWords] = {};
    uint32_t begin = 0, size = kEmpty;
  };

  // The line holding `bits`, or the empty line where they would go.
  size_t Probe(const uint64_t* bits, size_t words) const {
    uint64_t h = words;
    for (size_t i = 0; i < words; ++i) {  // splitmix64's mixing of each word
      h += bits[i] + 0x9E3779B97F4A7C15ull;
      h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
      h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
      h ^= h >> 31;
    }
    for (size_t i = h & (kLines - 1);; i = (i + 1) & (kLines - 1)) {
      const Line& line = lines_[i];
      if (line.size == kEmpty || std::equal(bits, bits + words, line.bits)) return i;
    }
  }

  uint64_t filter_ = 0;
  std::vector<Line> lines_;
  std::vector<int> pool_;
  size_t kept_ = 0;
};

}  // namespace

int TriggerFilter::Compile(const std::vector<std::string>& triggers, const RE2::Options& options,
                           std::string* error) {
  filter_ = std::make_unique<re2::FilteredRE2>(kMinAtomLength);
  number_ = ++filters_made;
  atoms_.reset();
  scanner_.reset();
  count_ = static_cast<int>(triggers.size());
  for (int i = 0; i < count_; ++i) {
    int id = -1;
    if (filter_->Add(triggers[i], options, &id) != RE2::NoError) {
      *error = RE2(triggers[i], options).error();
      return i;
    }
  }
  if (count_ == 0) return -1;
  std::vector<std::string> atoms;
  filter_->Compile(&atoms);
  if (atoms.empty()) return -1;
  // The atoms are lowercase; the sentence is not.
  RE2::Options literal = options;
  literal.set_case_sensitive(false);
  atoms_ = std::make_unique<RE2::Set>(literal, RE2::UNANCHORED);
  for (const std::string& atom : atoms) atoms_->Add(RE2::QuoteMeta(atom), nullptr);
  if (!atoms_->Compile()) atoms_.reset();  // too big: every trigger is tried
  if (atoms_) scanner_ = std::make_unique<AtomScanner>(atoms);
  bit_words_ = (atoms.size() + 63) / 64;
  return -1;
}

std::vector<int> TriggerFilter::Candidates(std::string_view text) const {
  std::vector<int> out;
  if (count_ == 0) return out;
  re2::StringPiece piece(text.data(), text.size());
  thread_local AtomBits bits;  // kept from call to call: no allocation
  thread_local std::vector<int> atoms, scratch;
  bits.assign(bit_words_, 0);
  const bool scanned = scanner_ && scanner_->Usable() && scanner_->ScanBits(text, bits.data());
  std::span<const int> possible;
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  atoms.clear();
  if (!atoms_ ||
      (!scanned && !atoms_->Match(piece, &atoms, &info) && info.kind != RE2::Set::kNoError)) {
    scratch.resize(count_);  // no atoms, or the DFA ran out of memory: try them all
    for (int i = 0; i < count_; ++i) scratch[i] = i;
    possible = scratch;
  } else {
    if (!scanned) {
      bits.assign(bit_words_, 0);
      for (int atom : atoms) bits[atom >> 6] |= uint64_t{1} << (atom & 63);
    }
    possible = Potentials(bits, &scratch);
  }
  for (int i : possible)
    if (RE2::PartialMatch(piece, filter_->GetRE2(i))) out.push_back(i);
  return out;
}

std::span<const int> TriggerFilter::Potentials(const AtomBits& bits,
                                               std::vector<int>* scratch) const {
  thread_local RememberedPotentials memo;
  const bool kept = bits.size() <= RememberedPotentials::kMaxWords;
  std::span<const int> known;
  if (kept && memo.Find(number_, bits.data(), bits.size(), &known)) return known;
  thread_local std::vector<int> atoms;
  atoms.clear();
  for (size_t w = 0; w < bits.size(); ++w)
    for (uint64_t word = bits[w]; word != 0; word &= word - 1)
      atoms.push_back(static_cast<int>(w * 64 + std::countr_zero(word)));
  scratch->clear();
  filter_->AllPotentials(atoms, scratch);
  std::sort(scratch->begin(), scratch->end());
  if (kept) memo.Keep(bits.data(), bits.size(), *scratch);
  return *scratch;
}

}  // namespace polgraph
