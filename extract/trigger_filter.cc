#include "extract/trigger_filter.h"

#include <algorithm>

namespace polgraph {
namespace {

// Atoms shorter than this are not worth looking for: a trigger whose words
// are all shorter is tried on every sentence.
constexpr int kMinAtomLength = 3;

}  // namespace

int TriggerFilter::Compile(const std::vector<std::string>& triggers, const RE2::Options& options,
                           std::string* error) {
  filter_ = std::make_unique<re2::FilteredRE2>(kMinAtomLength);
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
  return -1;
}

std::vector<int> TriggerFilter::Candidates(std::string_view text) const {
  std::vector<int> out;
  if (count_ == 0) return out;
  re2::StringPiece piece(text.data(), text.size());
  thread_local std::vector<int> atoms, scratch;  // kept from call to call: no allocation
  atoms.clear();
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  const bool scanned = scanner_ && scanner_->Usable() && scanner_->Scan(text, &atoms);
  const std::vector<int>* possible = &scratch;
  if (!atoms_ ||
      (!scanned && !atoms_->Match(piece, &atoms, &info) && info.kind != RE2::Set::kNoError)) {
    scratch.resize(count_);  // no atoms, or the DFA ran out of memory: try them all
    for (int i = 0; i < count_; ++i) scratch[i] = i;
  } else {
    if (!scanned) {  // the Set's atoms: neither sorted nor distinct
      std::sort(atoms.begin(), atoms.end());
      atoms.erase(std::unique(atoms.begin(), atoms.end()), atoms.end());
    }
    possible = &Potentials(atoms, &scratch);
  }
  for (int i : *possible)
    if (RE2::PartialMatch(piece, filter_->GetRE2(i))) out.push_back(i);
  return out;
}

size_t TriggerFilter::AtomsHash::operator()(const std::vector<int>& atoms) const {
  uint64_t h = 14695981039346656037ull;  // FNV-1a over the indexes
  for (int atom : atoms) h = (h ^ static_cast<uint32_t>(atom)) * 1099511628211ull;
  return static_cast<size_t>(h ^ (h >> 32));
}

const std::vector<int>& TriggerFilter::Potentials(const std::vector<int>& atoms,
                                                  std::vector<int>* scratch) const {
  Remembered& memo = *remembered_;
  {
    std::lock_guard<std::mutex> lock(memo.mutex);
    if (auto it = memo.potentials.find(atoms); it != memo.potentials.end()) return it->second;
  }
  scratch->clear();
  filter_->AllPotentials(atoms, scratch);
  std::sort(scratch->begin(), scratch->end());
  std::lock_guard<std::mutex> lock(memo.mutex);
  if (memo.potentials.size() >= kMaxRemembered) return *scratch;
  // Another thread may have added the same atoms meanwhile: theirs is the same list.
  return memo.potentials.emplace(atoms, *scratch).first->second;
}

}  // namespace polgraph
