#include "extract/rule_match.h"

#include <algorithm>

namespace polgraph {
namespace {

// Submatch numbers of the named groups, -1 when absent.
struct GroupIndexes {
  int subject = -1, subjects = -1, object = -1, objects = -1, role = -1, content = -1;
};

GroupIndexes IndexesOf(const Rule& rule) {
  return {rule.subject, rule.subjects, rule.object, rule.objects, rule.role, rule.content};
}

// A continuation's own groups: objects and a role, never a subject or content.
GroupIndexes IndexesOf(const RE2& continuation) {
  GroupIndexes g;
  for (const auto& [name, index] : continuation.NamedCapturingGroups()) {
    if (name == "object") g.object = index;
    if (name == "objects") g.objects = index;
    if (name == "role") g.role = index;
  }
  return g;
}

// Reads submatches found in a masked sentence as spans of the sentence.
class PieceReader {
 public:
  PieceReader(std::string_view sentence, const MaskedSentence& masked)
      : sentence_(sentence), masked_(masked) {}

  // Masked offset of the start, and of the end, of `piece` (matched there).
  size_t Begin(const re2::StringPiece& piece) const {
    return static_cast<size_t>(piece.data() - masked_.text().data());
  }
  size_t End(const re2::StringPiece& piece) const { return Begin(piece) + piece.size(); }

  // The sentence span `piece` covers, trimmed.
  TextSpan SpanOf(const re2::StringPiece& piece) const {
    if (piece.data() == nullptr) return {};
    size_t begin = Begin(piece);
    return TrimSpan(sentence_, masked_.ToSentence(begin, begin + piece.size()));
  }

  std::optional<TextSpan> TookPart(const std::vector<re2::StringPiece>& pieces, int index) const {
    if (index < 0 || pieces[index].data() == nullptr) return std::nullopt;
    return SpanOf(pieces[index]);
  }

  MatchSpans Spans(const std::vector<re2::StringPiece>& pieces, const GroupIndexes& g) const {
    auto span = [&](int index) { return index >= 0 ? SpanOf(pieces[index]) : TextSpan{}; };
    return {SpanOf(pieces[0]), span(g.subject),          span(g.subjects),           span(g.object),
            span(g.objects),   TookPart(pieces, g.role), TookPart(pieces, g.content)};
  }

  std::string_view Text(TextSpan span) const {
    return sentence_.substr(span.begin, span.end - span.begin);
  }

  // Where the match's groups end in the masked sentence (else the match's
  // trimmed end).
  size_t GroupsEnd(const std::vector<re2::StringPiece>& pieces, int count) const {
    size_t last = 0;
    for (int i = 1; i < count; ++i)
      if (pieces[i].data()) last = std::max(last, End(pieces[i]));
    if (last == 0) last = TrimSpan(masked_.text(), {Begin(pieces[0]), End(pieces[0])}).end;
    return last;
  }

 private:
  std::string_view sentence_;
  const MaskedSentence& masked_;
};

}  // namespace

RuleMatcher::RuleMatcher(const Rule& rule, std::string_view sentence, const MaskedSentence& masked,
                         const RE2* trigger)
    : rule_(rule),
      trigger_(trigger),
      sentence_(sentence),
      masked_(masked),
      pieces_(1 + rule.re->NumberOfCapturingGroups()) {}

std::optional<RuleMatch> RuleMatcher::Next() {
  std::string_view text = masked_.text();
  re2::StringPiece input(text.data(), text.size());
  int count = static_cast<int>(pieces_.size());
  // The bounds first (RE2's DFA), then the groups inside them (the memo, or
  // RE2's NFA on the match's bytes alone): the same pieces as one Match().
  if (pos_ > text.size()) return std::nullopt;
  // Mostly the rest of the sentence holds no trigger (the first match took
  // the only "said"): the trigger's program, a small part of the pattern's,
  // says so in one cheap pass.
  if (pos_ > 0 && trigger_ &&
      !trigger_->Match(input, pos_, text.size(), RE2::UNANCHORED, nullptr, 0))
    return std::nullopt;
  if (!rule_.re->Match(input, pos_, text.size(), RE2::UNANCHORED, pieces_.data(), 1))
    return std::nullopt;
  if (count > 1) {
    size_t begin = static_cast<size_t>(pieces_[0].data() - text.data());
    if (!rule_.memo->Groups(*rule_.re, input, begin, begin + pieces_[0].size(), pieces_.data(),
                            count))
      rule_.re->Match(input, pos_, text.size(), RE2::UNANCHORED, pieces_.data(), count);
  }
  PieceReader reader(sentence_, masked_);
  RuleMatch m;
  m.spans = reader.Spans(pieces_, IndexesOf(rule_));
  m.text = reader.Text(m.spans.whole);
  m.vetoed = rule_.unless &&
             RE2::PartialMatch(re2::StringPiece(m.text.data(), m.text.size()), *rule_.unless);
  m.end = reader.End(pieces_[0]);
  m.groups_end = reader.GroupsEnd(pieces_, count);
  size_t start = reader.Begin(pieces_[0]);
  pos_ = std::max({start + 1, m.end, m.groups_end});
  return m;
}

void RuleMatcher::SkipTo(size_t pos) { pos_ = std::max(pos_, pos); }

Continuations MatchContinuations(const Rule& rule, std::string_view sentence,
                                 const MaskedSentence& masked, size_t from) {
  std::string_view text = masked.text();
  PieceReader reader(sentence, masked);
  Continuations out;
  size_t pos = from;
  std::vector<re2::StringPiece> pieces;
  for (bool more = true; more;) {
    more = false;
    for (const auto& re : rule.continuations) {
      int count = 1 + re->NumberOfCapturingGroups();
      pieces.assign(count, re2::StringPiece());
      // Matched on the rest of the sentence, so that ^ means "where the match ended".
      re2::StringPiece rest(text.data() + pos, text.size() - pos);
      if (!re->Match(rest, 0, rest.size(), RE2::ANCHOR_START, pieces.data(), count)) continue;
      ContinuationMatch m{reader.Spans(pieces, IndexesOf(*re)), {}};
      m.text = reader.Text(m.spans.whole);
      out.matches.push_back(m);
      size_t next = reader.GroupsEnd(pieces, count);
      if (next <= pos) break;
      pos = next;
      more = true;
      break;
    }
  }
  out.end = pos;
  return out;
}

}  // namespace polgraph
