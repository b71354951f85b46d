#include "extract/submatch_memo.h"

namespace polgraph {
namespace {

// The match's text with the byte before and the byte after it, each marked
// as present or absent (the start or end of the text).
void KeyOf(re2::StringPiece text, size_t begin, size_t end, std::string* key) {
  key->clear();
  key->push_back(begin > 0 ? '+' : '^');
  key->push_back(begin > 0 ? text[begin - 1] : '\0');
  key->push_back(end < text.size() ? '+' : '$');
  key->push_back(end < text.size() ? text[end] : '\0');
  key->append(text.data() + begin, end - begin);
}

}  // namespace

bool SubmatchMemo::Groups(const RE2& re, re2::StringPiece text, size_t begin, size_t end,
                          re2::StringPiece* pieces, int count) const {
  const bool rememberable = end - begin <= kMaxTextBytes;
  thread_local std::string key;
  if (rememberable) {
    KeyOf(text, begin, end, &key);
    std::lock_guard<std::mutex> lock(mutex_);
    auto found = known_.find(key);
    if (found != known_.end() && found->second.size() == 2 * static_cast<size_t>(count)) {
      const Offsets& offsets = found->second;
      for (int i = 0; i < count; ++i)
        pieces[i] = offsets[2 * i] < 0 ? re2::StringPiece()
                                       : re2::StringPiece(text.data() + begin + offsets[2 * i],
                                                          static_cast<size_t>(offsets[2 * i + 1]));
      return true;
    }
  }
  // RE2's own search from the match's start: the same DFA (already warm; an
  // anchored search would build another), then its NFA on the match's bytes.
  // No match starts before `begin` in the caller's search, so this finds the
  // same match.
  if (!re.Match(text, begin, text.size(), RE2::UNANCHORED, pieces, count) ||
      pieces[0].data() != text.data() + begin || pieces[0].size() != end - begin)
    return false;
  if (!rememberable) return true;
  Offsets offsets(2 * static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    bool took_part = pieces[i].data() != nullptr;
    offsets[2 * i] =
        took_part ? static_cast<int32_t>(pieces[i].data() - (text.data() + begin)) : -1;
    offsets[2 * i + 1] = took_part ? static_cast<int32_t>(pieces[i].size()) : 0;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  if (known_.size() < kMaxEntries) known_.emplace(key, std::move(offsets));
  return true;
}

}  // namespace polgraph
