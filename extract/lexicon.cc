#include "extract/lexicon.h"

#include <array>
#include <cstring>
#include <deque>

#include "base/utf8.h"
#include "extract/word_lists.h"

namespace polgraph {
namespace {

std::string_view NextPart(std::string_view& rest, char separator) {
  size_t cut = rest.find(separator);
  std::string_view part = rest.substr(0, cut);
  rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
  return part;
}

// English plural of a title or organization head.
std::string Plural(std::string_view word) {
  std::string w(word);
  if (w.size() > 3 && w.ends_with("man")) return w.substr(0, w.size() - 3) + "men";
  if (w.size() > 2 && w.back() == 'y' &&
      std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  if (w.ends_with("s") || w.ends_with("sh") || w.ends_with("ch") || w.ends_with("x"))
    return w + "es";
  return w + "s";
}

// The bytes at `p` as a T (unaligned, in the machine's byte order).
template <typename T>
T Load(const char* p) {
  T value;
  std::memcpy(&value, p, sizeof value);
  return value;
}

// a[0, n) == b[0, n) for short keys without a call to memcmp: the loads of
// Hash(), the last one overlapping the one before.
bool SameBytes(const char* a, const char* b, size_t n) {
  if (n >= 8) {
    for (; n > 8; a += 8, b += 8, n -= 8)
      if (Load<uint64_t>(a) != Load<uint64_t>(b)) return false;
    return Load<uint64_t>(a + n - 8) == Load<uint64_t>(b + n - 8);
  }
  if (n >= 4)
    return Load<uint32_t>(a) == Load<uint32_t>(b) &&
           Load<uint32_t>(a + n - 4) == Load<uint32_t>(b + n - 4);
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// Key() of a word holding letters beyond ASCII.
std::string FoldedKey(std::string_view word) {
  std::string folded = utf8::Fold(word);
  std::string key;
  key.reserve(folded.size());
  for (char c : folded)
    if (c != '.') key += c;
  return key;
}

}  // namespace

std::string Lexicon::Key(std::string_view word) {
  std::string key;
  AppendKey(word, key);
  return key;
}

void Lexicon::AppendKey(std::string_view word, std::string& out) {
  size_t start = out.size();
  out.resize(start + word.size());
  size_t n = WriteAsciiKey(word, out.data() + start);  // ASCII, the common case
  if (n == std::string_view::npos) {
    out.resize(start);
    out += FoldedKey(word);
    return;
  }
  out.resize(start + n);
}

void Lexicon::AddEntry(std::string_view phrase, uint32_t classes, std::string_view country) {
  std::string key;
  std::string_view rest = phrase;
  while (!rest.empty()) {
    std::string_view word = NextPart(rest, ' ');
    if (word.empty()) continue;
    if (!key.empty()) {
      // Every proper prefix of a phrase, so that a match can grow word by
      // word; a possessive first word is looked up without its 's.
      std::string prefix = key;
      if (prefix.find(' ') == std::string::npos && prefix.ends_with("'s"))
        prefix.resize(prefix.size() - 2);
      entries_[prefix].classes |= kPhraseStart;
      key += ' ';
    }
    key += Key(word);
  }
  if (key.empty()) return;
  LexiconEntry& entry = entries_[key];
  entry.classes |= classes;
  if (entry.country.empty()) entry.country = country;
}

void Lexicon::AddWord(std::string_view word, uint32_t classes) {
  AddEntry(word, classes, {});
  if (classes & (kTitle | kOrgHead)) AddEntry(Plural(word), classes | kPlural, {});
}

void Lexicon::AddCountries(const std::vector<CountryWords>& countries) {
  for (const CountryWords& record : countries) {
    std::string_view name = country_names_.emplace_back(record.name);
    AddEntry(name, kCountry, name);
    AddEntry("Republic of " + record.name, kCountry, name);
    for (const std::string& variant : record.variants) AddEntry(variant, kCountry, name);
    for (const std::string& demonym : record.demonyms) {
      AddEntry(demonym, kDemonym, name);
      if (!demonym.ends_with("s") && !demonym.ends_with("sh") && !demonym.ends_with("ch") &&
          !demonym.ends_with("ese"))
        AddEntry(demonym + "s", kDemonym | kPlural, name);  // "Kazakhstanis"
    }
  }
  // Bodies after every country's own names: a name keeps the country it names.
  for (size_t i = 0; i < countries.size(); ++i)
    for (const std::string& body : countries[i].bodies) AddEntry(body, 0, country_names_[i]);
}

Lexicon::Lexicon(const WordLists& words) {
  for (const WordList& list : words.lists())
    if (list.classes != 0)
      for (const std::string& word : list.words) AddWord(word, list.classes);
  AddCountries(words.countries());
  BuildTable();
}

// Keys are short words and phrases: read 8 bytes at a time (4 or fewer for
// short keys, the last load overlapping the one before), each multiplied in,
// then mixed so that the low bits (the slot) and the high half (the slot's
// tag) both depend on every byte.
inline uint64_t Lexicon::Hash(std::string_view key) {
  auto mix = [](uint64_t h, uint64_t word) {
    h = (h ^ word) * 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 31);
  };
  const char* p = key.data();
  size_t n = key.size();
  uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
  if (n >= 8) {
    for (; n > 8; p += 8, n -= 8) h = mix(h, Load<uint64_t>(p));
    h = mix(h, Load<uint64_t>(p + n - 8));
  } else if (n >= 4) {
    h = mix(h, uint64_t{Load<uint32_t>(p)} << 32 | Load<uint32_t>(p + n - 4));
  } else if (n > 0) {
    auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
    h = mix(h, byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1));
  }
  h = (h ^ (h >> 33)) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 33);
}

void Lexicon::BuildTable() {
  size_t size = 16;
  while (size < 2 * entries_.size()) size *= 2;
  slots_.assign(size, Slot{});
  table_.reserve(entries_.size());
  for (const auto& [key, entry] : entries_) {
    uint64_t h = Hash(key);
    size_t i = h & (size - 1);
    while (slots_[i].index != 0) i = (i + 1) & (size - 1);
    table_.push_back(
        {static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(key.size()), entry});
    slots_[i] = {static_cast<uint32_t>(h >> 32), static_cast<uint32_t>(table_.size())};
    keys_ += key;
  }
  entries_.clear();
}

const LexiconEntry* Lexicon::Find(std::string_view key) const {
  uint64_t h = Hash(key);
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask; slots_[i].index != 0; i = (i + 1) & mask) {
    if (slots_[i].hash != static_cast<uint32_t>(h >> 32)) continue;
    const Entry& e = table_[slots_[i].index - 1];
    if (e.key_size == key.size() && SameBytes(keys_.data() + e.key_begin, key.data(), key.size()))
      return &e.entry;
  }
  return nullptr;
}

}  // namespace polgraph
