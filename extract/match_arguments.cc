#include "extract/match_arguments.h"

#include <algorithm>

namespace polgraph {
namespace {

bool Overlaps(const Mention& m, TextSpan s) { return m.begin < s.end && s.begin < m.end; }

Candidate Of(const Mention& m, bool last) { return {&m, {m.begin, m.end}, last}; }
Candidate OfText(TextSpan span) { return {nullptr, span, true}; }

// "he" / "she" after a person named earlier in the same sentence is that
// person ("Trump told reporters, where he hosted ...").
void AddPronoun(const Sentence& s, TextSpan span, Candidates* out) {
  std::string_view word = s.Text(span);
  if (word != "he" && word != "He" && word != "she" && word != "She") return;
  const Mention* subject = GrammaticalSubject(s);
  if (subject == nullptr || subject->begin >= span.begin) return;
  out->push_back(Of(*subject, false));
}

// A list the pattern cut short runs on while mentions follow as list items.
TextSpan ExtendList(const Sentence& s, TextSpan span) {
  for (const Mention& m : s.mentions) {
    if (m.begin < span.end) continue;
    if (!IsListGap(s.text.substr(span.end, m.begin - span.end))) break;
    if (!IsListItemEnd(s.text.substr(m.end, 8))) break;
    span.end = m.end;
  }
  return span;
}

}  // namespace

Candidates SubjectCandidates(const Sentence& s, TextSpan phrase) {
  Candidates out;
  TextSpan tail = TailPhrase(s.text, phrase);
  AddPronoun(s, tail, &out);
  const Mention* last = nullptr;
  for (const Mention& m : s.mentions)
    if (Overlaps(m, phrase)) last = &m;
  bool ends_phrase = last != nullptr &&
                     (last->end >= phrase.end || IsAdverbialTail(s.Text({last->end, phrase.end})));
  if (ends_phrase && !IsInsideTitle(s.text, tail, *last)) {
    out.push_back(Of(*last, true));
  } else {
    out.push_back(OfText(tail));
  }
  return out;
}

std::vector<TextSpan> ListItems(const Sentence& s, TextSpan list) {
  return SplitList(s.text, ExtendList(s, list), s.mentions);
}

TextSpan FirstItem(const Sentence& s, TextSpan phrase) {
  std::vector<TextSpan> parts = SplitList(s.text, phrase, s.mentions);
  return parts.empty() ? phrase : parts.front();
}

Candidates ItemCandidates(const Sentence& s, TextSpan item) {
  Candidates out;
  AddPronoun(s, item, &out);
  const Mention* first = nullptr;
  const Mention* named_person = nullptr;  // the last one
  for (const Mention& m : s.mentions) {
    if (!Overlaps(m, item)) continue;
    if (first == nullptr) first = &m;
    if (m.type == EntityType::kPerson && !m.name.empty()) named_person = &m;
  }
  if (named_person != nullptr) {
    out.push_back(Of(*named_person, true));
    return out;
  }
  for (const Mention& m : s.mentions)  // titles that may resolve to a person
    if (Overlaps(m, item) && m.type == EntityType::kPerson) out.push_back(Of(m, false));
  if (first != nullptr && !IsInsideTitle(s.text, item, *first)) {
    out.push_back(Of(*first, true));
  } else {
    out.push_back(OfText(item));
  }
  return out;
}

Candidates StatementCandidates(const Sentence& s, const MatchSpans& spans) {
  Candidates out;
  auto add_region = [&](TextSpan region) {
    for (const Mention& m : s.mentions)
      if (Overlaps(m, region) && m.begin >= region.begin) out.push_back(Of(m, false));
  };
  if (spans.content) {
    add_region(*spans.content);
  } else {
    add_region({spans.whole.end, s.text.size()});
    add_region({0, spans.whole.begin});
  }
  return out;
}

const Mention* GrammaticalSubject(const Sentence& s) {
  for (const Mention& m : s.mentions) {
    if (m.type != EntityType::kPerson || m.name.empty()) continue;
    std::string_view after = s.text.substr(m.end, 4);
    if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s")) return nullptr;
    std::string_view before = s.text.substr(0, m.begin);
    if (m.begin == 0 || before.ends_with(", ")) return &m;
    return nullptr;
  }
  return nullptr;
}

RoleReading ReadRole(const Sentence& s, TextSpan role) {
  const auto& ms = s.mentions;
  if (std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
        return m.type == EntityType::kPerson && !m.name.empty() && Overlaps(m, role);
      }))
    return RoleReading::kNamesPerson;
  if (std::any_of(ms.begin(), ms.end(),
                  [&](const Mention& m) { return m.begin < role.begin && role.begin < m.end; }))
    return RoleReading::kCutsMention;
  return RoleReading::kOffice;
}

}  // namespace polgraph
