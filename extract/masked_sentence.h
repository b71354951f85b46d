// A sentence as the rules read it: each mention the finder found is replaced
// by one placeholder word, so that a rule's {PERSON} or {LIST} meets one word
// instead of "Deputy Chairman of the Constitutional Court Bakyt Nurmukhanov",
// and can read it in one way only: the finder's. RE2 finds a rule's groups
// with its NFA, whose cost grows with the length of the match and the number
// of ways a pattern could take it apart; masked, both are small.
//
// Offsets map back: a group covering a placeholder covers its whole mention
// in the sentence. The placeholder is a capitalized word, so shape macros
// ({CAPWORD}, {UPPER}) match it as they matched the name it replaces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/mention.h"
#include "extract/phrase_text.h"

namespace polgraph {

/// The word that stands for a mention in a masked sentence.
inline constexpr std::string_view kMentionPlaceholder = "ZQ";

class MaskedSentence {
 public:
  MaskedSentence() = default;
  /// Masks `mentions` (left to right, non-overlapping, offsets into `sentence`).
  MaskedSentence(std::string_view sentence, const std::vector<Mention>& mentions) {
    Assign(sentence, mentions);
  }

  /// Masks another sentence, reusing this object's buffers.
  void Assign(std::string_view sentence, const std::vector<Mention>& mentions);

  /// The masked text.
  std::string_view text() const { return text_; }

  /// The span of the sentence that masked offsets [begin, end) cover. An
  /// offset inside a placeholder widens to its mention's start (for begin)
  /// or end (for end).
  TextSpan ToSentence(size_t begin, size_t end) const;

 private:
  struct Placeholder {
    size_t masked;      // where the placeholder starts in text_
    size_t begin, end;  // the mention in the sentence
  };
  // Sentence offset of masked offset `pos`; inside a placeholder, its mention's
  // start or end.
  size_t Map(size_t pos, bool end) const;

  std::string text_;
  std::vector<Placeholder> placeholders_;
};

/// The masked text of `sentence`: for callers that need only the text.
std::string MaskMentions(std::string_view sentence, const MentionFinder& finder);

}  // namespace polgraph
