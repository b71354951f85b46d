#include "extract/masked_sentence.h"

#include <algorithm>

namespace polgraph {

void MaskedSentence::Assign(std::string_view sentence, const std::vector<Mention>& mentions) {
  text_.clear();
  placeholders_.clear();
  size_t at = 0;
  for (const Mention& m : mentions) {
    if (m.begin < at || m.end > sentence.size() || m.end <= m.begin) continue;
    text_.append(sentence.substr(at, m.begin - at));
    placeholders_.push_back({text_.size(), m.begin, m.end});
    text_.append(kMentionPlaceholder);
    at = m.end;
  }
  text_.append(sentence.substr(at));
}

size_t MaskedSentence::Map(size_t pos, bool end) const {
  // The last placeholder starting at or before `pos`.
  auto it = std::upper_bound(placeholders_.begin(), placeholders_.end(), pos,
                             [](size_t p, const Placeholder& h) { return p < h.masked; });
  if (it == placeholders_.begin()) return pos;
  const Placeholder& h = *(it - 1);
  size_t placeholder_end = h.masked + kMentionPlaceholder.size();
  if (pos >= placeholder_end) return h.end + (pos - placeholder_end);
  if (pos == h.masked) return h.begin;
  return end ? h.end : h.begin;
}

TextSpan MaskedSentence::ToSentence(size_t begin, size_t end) const {
  return {Map(begin, false), Map(end, true)};
}

std::string MaskMentions(std::string_view sentence, const MentionFinder& finder) {
  return std::string(MaskedSentence(sentence, finder.Find(sentence)).text());
}

}  // namespace polgraph
