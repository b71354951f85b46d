#include "extract/match_arguments.h"

#include <algorithm>
#include <utility>

#include <re2/re2.h>

#include "extract/tokenizer.h"

namespace polgraph {
namespace {

bool Overlaps(const Mention& m, TextSpan s) { return m.begin < s.end && s.begin < m.end; }

Candidate Of(const Mention& m, bool last) { return {&m, {m.begin, m.end}, last}; }
Candidate OfText(TextSpan span) { return {nullptr, span, true}; }

// Whether a quotation opened before `at` is still open there (an odd number
// of straight or curly double quotes before it).
bool InsideQuotation(std::string_view text, size_t at) {
  std::string_view head = text.substr(0, at);
  size_t quotes = std::count(head.begin(), head.end(), '"');
  for (size_t i = head.find("\xE2\x80\x9C"); i != std::string_view::npos;
       i = head.find("\xE2\x80\x9C", i + 3))
    ++quotes;  // an opening curly quote; its closing one counts below
  for (size_t i = head.find("\xE2\x80\x9D"); i != std::string_view::npos;
       i = head.find("\xE2\x80\x9D", i + 3))
    ++quotes;
  return quotes % 2 == 1;
}

// "Rhian Vale of the JRF", "Lord Walker of Thornby": a named person and an
// "of" phrase after the name, whose body or place is not the subject.
const Mention* PersonBeforeOf(const Sentence& s, TextSpan phrase) {
  const Mention* person = nullptr;
  for (const Mention& m : s.mentions) {
    if (!Overlaps(m, phrase) || m.type != EntityType::kPerson || m.name.empty()) continue;
    if (person != nullptr && m.begin <= person->end + 8) continue;  // the place: "of Thornbury"
    person = m.end < phrase.end && s.text.substr(m.end).starts_with(" of ") ? &m : nullptr;
  }
  return person;
}

// Whether `text` holds a speech verb: "said", "saying", "told".
bool SpeaksBetween(std::string_view text) {
  static constexpr std::string_view kVerbs[] = {" said", " says", " saying", " told", " added"};
  return std::any_of(std::begin(kVerbs), std::end(kVerbs),
                     [&](std::string_view v) { return text.find(v) != std::string_view::npos; });
}

// "he" / "she" after a person named earlier in the same sentence is that
// person ("Trump told reporters, where he hosted ...").
void AddPronoun(const Sentence& s, TextSpan span, Candidates* out) {
  std::string_view word = s.Text(span);
  if (word != "he" && word != "He" && word != "she" && word != "She") return;
  const Mention* subject = GrammaticalSubject(s);
  if (subject == nullptr || subject->begin >= span.begin) return;
  // Not the subject of what was said: '"When I met Helen Ward, we agreed,"
  // he said' (the name is inside the quotation), 'Mr Ward has done well,
  // he said' (an attribution after a comma, unless the name spoke too:
  // 'Ward said: "...," he said').
  if (InsideQuotation(s.text, subject->begin)) return;
  std::string_view before = s.text.substr(0, span.begin);
  if ((before.ends_with(", ") || before.ends_with(",\" ") || before.ends_with(",\xE2\x80\x9D ")) &&
      !SpeaksBetween(s.Text({subject->end, span.begin})))
    return;
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

// True when the last item of a list, after ", and" (`gap`), is followed by a
// verb (`after`): it is the subject of a new clause.
bool OpensClause(std::string_view gap, std::string_view after) {
  if (gap != ", and ") return false;
  static constexpr std::string_view kVerbs[] = {" said", " says", " told", " added", " noted",
                                                " has ", " had ", " was ", " is ",   " will "};
  return std::any_of(std::begin(kVerbs), std::end(kVerbs),
                     [&](std::string_view v) { return after.starts_with(v); });
}

// True when `after`, the text after a list, goes on with a plural noun for
// people: the last item only describes them ("his EU counterparts", "NATO
// allies") and names no one met.
bool ModifiesPeople(std::string_view after) {
  static constexpr std::string_view kPeople[] = {
      " counterpart", " allies",    " officials",       " colleagues", " leaders",  " ministers",
      " members",     " delegates", " diplomats",       " lawmakers",  " partners", " negotiators",
      " envoys",      " troops",    " representatives", " supporters"};
  return std::any_of(std::begin(kPeople), std::end(kPeople),
                     [&](std::string_view w) { return after.starts_with(w); });
}

bool NamesPerson(const Sentence& s, TextSpan span) {
  return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
    return m.type == EntityType::kPerson && !m.name.empty() && Overlaps(m, span);
  });
}

}  // namespace

Candidates SubjectCandidates(const Sentence& s, TextSpan phrase, const WordList& clause_words) {
  Candidates out;
  TextSpan tail = TailPhrase(s.text, phrase, clause_words);
  AddPronoun(s, tail, &out);
  if (const Mention* person = PersonBeforeOf(s, tail)) {
    out.push_back(Of(*person, true));
    return out;
  }
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
  TextSpan span = ExtendList(s, list);
  std::vector<TextSpan> items = SplitList(s.text, span, s.mentions);
  if (items.size() > 1 && OpensClause(s.Text({items[items.size() - 2].end, items.back().begin}),
                                      s.text.substr(span.end)))
    items.pop_back();
  if (!items.empty() && items.back().end == span.end && ModifiesPeople(s.text.substr(span.end)))
    items.pop_back();
  return items;
}

bool FollowsPreposition(const Sentence& s, TextSpan subject, TextSpan whole) {
  if (subject.begin != whole.begin) return false;
  // "A spokesman for the Casino Association, which ..., said": its unnamed
  // spokesman speaks, not the association.
  std::string_view head = s.text.substr(0, subject.begin);
  for (std::string_view spokes : {"spokesman for ", "spokeswoman for ", "spokesperson for "})
    if (head.ends_with(spokes)) return true;
  std::string_view after = s.text.substr(subject.end);
  for (std::string_view clause : {", who ", ", whose ", ", which "})
    if (after.starts_with(clause)) return false;
  static constexpr std::string_view kPrepositions[] = {
      " in ", " from ", " at ", " of ",    " for ",     " to ",     " with ",
      " by ", " near ", " on ", " among ", " against ", " within ", " inside "};
  std::string_view before = s.text.substr(0, subject.begin);
  return std::any_of(std::begin(kPrepositions), std::end(kPrepositions),
                     [&](std::string_view p) { return before.ends_with(p); });
}

bool FollowsRelativeVerb(const Sentence& s, TextSpan subject, TextSpan whole) {
  if (subject.begin != whole.begin) return false;
  std::string_view clause = s.text.substr(0, subject.begin);
  if (size_t cut = clause.find_last_of(",;:\"("); cut != std::string_view::npos)
    clause.remove_prefix(cut + 1);
  size_t after = std::string_view::npos;  // where the words after the relative pronoun start
  for (std::string_view w : {" who ", " which ", " whom "})
    if (size_t at = clause.rfind(w);
        at != std::string_view::npos && (after == std::string_view::npos || at + w.size() > after))
      after = at + w.size();
  if (after == std::string_view::npos) return false;
  // The words between the relative pronoun and the subject: a verb, at the
  // least, and the last of them no joint a new subject may follow.
  std::string_view words = clause.substr(after);
  while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
  if (words.empty()) return false;
  std::string_view last = words.substr(words.rfind(' ') + 1);
  if (last.empty() || last[0] < 'a' || last[0] > 'z') return false;
  for (std::string_view joint : {"and", "or", "but", "who", "which", "that", "whom", "as", "if",
                                 "when", "while", "because", "after", "before", "since"})
    if (last == joint) return false;
  return true;
}

bool IsDenied(const Sentence& s, TextSpan whole, const WordList& denial_words) {
  // The clause up to the match, with the match's own opening "that".
  size_t end = s.Text(whole).starts_with("that ") ? whole.begin + 4 : whole.begin;
  std::string_view clause = s.text.substr(0, end);
  if (size_t cut = clause.find_last_of(".;:\""); cut != std::string_view::npos)
    clause.remove_prefix(cut + 1);
  // A denial word, then "that" at most four words after it: "denied that",
  // "denied media reports that"; not "dismissed the minister and said that".
  constexpr int kMaxWordsBetween = 4;
  int since_denial = -1;  // words since the last denial word, -1 for none
  for (const Token& token : Tokenize(clause)) {
    if (!token.IsWord()) continue;
    std::string_view word = token.Text(clause);
    if (since_denial >= 0 && word == "that") return true;
    if (std::find(denial_words.words.begin(), denial_words.words.end(), word) !=
        denial_words.words.end())
      since_denial = 0;
    else if (since_denial >= 0 && ++since_denial > kMaxWordsBetween)
      since_denial = -1;
  }
  return false;
}

bool IsApposition(const Sentence& s, TextSpan office, TextSpan next) {
  std::string_view gap = s.Text({office.end, next.begin});
  return gap.find(',') != std::string_view::npos && gap.find("and") == std::string_view::npos &&
         !NamesPerson(s, office) && NamesPerson(s, next);
}

std::optional<TextSpan> NameAfterOffice(const Sentence& s, TextSpan subject) {
  if (NamesPerson(s, subject)) return std::nullopt;
  auto next = std::find_if(s.mentions.begin(), s.mentions.end(),
                           [&](const Mention& m) { return m.begin >= subject.end; });
  if (next == s.mentions.end()) return std::nullopt;
  bool set_off = s.text.substr(subject.end, next->begin - subject.end) == ", " &&
                 s.text.substr(next->end).starts_with(",");
  // A full name: a lone capitalized word there may be a place ("MP for
  // Henley, Oxfordshire, said").
  bool full_name = next->name.find(' ') != std::string::npos;
  if (!set_off || next->type != EntityType::kPerson || !full_name) return std::nullopt;
  return TextSpan{next->begin, next->end};
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

Candidates StatementCandidates(const Sentence& s, TextSpan statement) {
  Candidates out;
  for (const Mention& m : s.mentions)
    if (Overlaps(m, statement) && m.begin >= statement.begin) {
      out.push_back(Of(m, false));
      out.back().lone_word =
          m.type == EntityType::kPerson && m.title.empty() && m.name.find(' ') == std::string::npos;
    }
  return out;
}

namespace {

// "Earlier ", "But ": one capitalized word opening the sentence.
bool IsOpeningWord(std::string_view before) {
  if (before.size() < 3 || before.back() != ' ') return false;
  std::string_view word = before.substr(0, before.size() - 1);
  if (word.front() < 'A' || word.front() > 'Z') return false;
  return std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A lowercase word follows that is not a list's "and" / "or" / "of".
bool FollowedByVerb(std::string_view rest) {
  if (rest.size() < 3 || rest[0] != ' ' || rest[1] < 'a' || rest[1] > 'z') return false;
  size_t end = rest.find_first_of(" ,.;:", 1);
  std::string_view word = rest.substr(1, end == std::string_view::npos ? rest.npos : end - 1);
  return word != "and" && word != "or" && word != "of" && word != "nor";
}

}  // namespace

const Mention* GrammaticalSubject(const Sentence& s) {
  bool first = true;
  for (const Mention& m : s.mentions) {
    if (m.type != EntityType::kPerson || m.name.empty()) continue;
    bool was_first = std::exchange(first, false);
    std::string_view after = s.text.substr(m.end, 4);
    if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s")) {
      if (was_first) return nullptr;
      continue;
    }
    std::string_view before = s.text.substr(0, m.begin);
    bool opens = m.begin == 0 || before.ends_with(", ");
    if (was_first && opens) return &m;
    // A later clause's subject: after a comma or one opening word
    // ("Earlier", "But"), before a lowercase word that is not a list's "and"
    // ("After meetings with A, B and C, Clark told reporters").
    if (!opens && !IsOpeningWord(before)) continue;
    if (FollowedByVerb(s.text.substr(m.end))) return &m;
  }
  return nullptr;
}

bool OpensWithPronoun(const Sentence& s) {
  size_t first = s.text.size();
  for (const Mention& m : s.mentions)
    if (m.type == EntityType::kPerson && !m.name.empty()) {
      first = m.begin;
      break;
    }
  std::string_view head = s.text.substr(0, first);
  if (head.starts_with("He ") || head.starts_with("She ")) return true;
  return head.find(" he ") != std::string_view::npos ||
         head.find(" she ") != std::string_view::npos;
}

bool ActsThroughAnother(const Sentence& s, TextSpan subject) {
  static constexpr std::string_view kOthers[] = {
      "predecessor", "successor",    "deputy", "aide",    "adviser", "advisor", "spokesman",
      "spokeswoman", "spokesperson", "envoy",  "lawyer",  "wife",    "husband", "son",
      "daughter",    "father",       "mother", "brother", "sister"};
  std::string_view after = s.text.substr(subject.end);
  for (std::string_view mark : {"'s ", "\xE2\x80\x99s "}) {
    if (!after.starts_with(mark)) continue;
    std::string_view rest = after.substr(mark.size());
    std::string_view word =
        rest.substr(0, std::min(rest.size(), rest.find_first_not_of("abcdefghijklmnopqrstuvwxyz")));
    if (word.ends_with('s')) word.remove_suffix(1);  // "aides", "sons"
    if (std::find(std::begin(kOthers), std::end(kOthers), word) != std::end(kOthers)) return true;
  }
  return false;
}

bool SpeaksInFirstPerson(const Sentence& s) {
  static const RE2 kFirstPerson(R"(\b(?:I|me|my|we|We|us|our|Our)\b)");
  return RE2::PartialMatch(re2::StringPiece(s.text.data(), s.text.size()), kFirstPerson);
}

bool OpensWithUnnamedSpeaker(const Sentence& s) {
  // "A party spokesman said", "One senior source told", "An aide to the
  // minister added": an indefinite speaker noun, then the speech verb.
  static const RE2 kOpening(
      R"(^(?:A|An|One) (?:[\w-]+ ){0,4}?(?:spokes(?:man|woman|person)|officials?|sources?|aides?)"
      R"(|insiders?|advis[eo]rs?|diplomats?)(?: (?:for|at|of|to|in|close to|within) [^,;:"]{1,60}?)?)"
      R"( (?:has |had )?(?:said|says|told|tells|added|adds)\b)");
  return RE2::PartialMatch(re2::StringPiece(s.text.data(), s.text.size()), kOpening);
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
