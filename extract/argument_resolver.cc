#include "extract/argument_resolver.h"

#include "extract/lexicon.h"

namespace polgraph {

ArgumentResolver::ArgumentResolver(const RuleSet& rules, const Aliases& aliases,
                                   const MentionFinder& finder, Date item_date)
    : rules_(rules), finder_(finder), resolver_(aliases, finder, item_date) {
  resolver_.set_subject_source([this](int sentence) { return Antecedent(ended_.at(sentence)); });
}

ResolvedArgument ArgumentResolver::Pick(const Sentence& s, const Candidates& candidates,
                                        const EntityRef* other_than) {
  for (const Candidate& c : candidates) {
    ResolvedArgument a = c.mention ? FromMention(s, *c.mention) : FromText(s, c.span);
    if (c.last) return a;
    if (c.lone_word && a.as_written) continue;  // '"Taken together, ...'
    if (!a.entity.empty() && (other_than == nullptr || a.entity != *other_than)) return a;
  }
  return {};
}

ResolvedArgument ArgumentResolver::FromMention(const Sentence& s, const Mention& m) {
  Resolution r = resolver_.Resolve(m);
  EntityRef e = r.entity;
  if (e.empty() && !m.name.empty()) e = {m.name, m.type};
  return Accept(s, {e, r.how, {m.begin, m.end}, m.title, r.as_written});
}

ResolvedArgument ArgumentResolver::FromText(const Sentence& s, TextSpan span) {
  if (span.empty()) return {};
  std::string_view text = s.Text(span);
  Mention m = finder_.Classify(text);
  Resolution r = resolver_.Resolve(text, m);
  return Accept(s, {r.entity, r.how, span, m.title});
}

// Drops news agencies, press services and other sources. A person named
// after a title is judged by the name alone ("BBC correspondent Vicky Young").
ResolvedArgument ArgumentResolver::Accept(const Sentence& s, ResolvedArgument a) {
  if (a.entity.empty()) return a;
  bool titled_person = a.entity.type == EntityType::kPerson && !a.title.empty();
  std::string_view text = s.Text(a.span);
  if (IsNotEntity(a.entity.name) || (!titled_person && text != a.entity.name && IsNotEntity(text)))
    a.entity = {};
  return a;
}

// RuleSet::IsNotEntity, remembered for the item: the same names come back
// in sentence after sentence, and a lookup is cheaper than a match.
bool ArgumentResolver::IsNotEntity(std::string_view text) {
  auto it = not_entity_.find(text);
  if (it == not_entity_.end())
    it = not_entity_.emplace(std::string(text), rules_.IsNotEntity(text)).first;
  return it->second;
}

ResolvedArgument ArgumentResolver::SpeakingSeat(const Sentence& s, TextSpan span) const {
  std::string_view text = s.Text(span);
  // "But Downing Street said": a sentence's opening conjunction, then the article.
  for (std::string_view opener : {"But ", "And ", "Yet "})
    if (text.starts_with(opener)) text.remove_prefix(opener.size());
  for (std::string_view article : {"the ", "The "})
    if (text.starts_with(article)) text.remove_prefix(article.size());
  std::string key = Lexicon::Key(text);
  for (const std::string& seat : rules_.words().Get("speaking_seats").words) {
    if (Lexicon::Key(seat) != key) continue;
    ResolvedArgument a;
    a.entity = {std::string(text), EntityType::kOrganization};
    a.how = "seat of government speaking";
    a.span = span;
    return a;
  }
  return {};
}

std::vector<NamedPerson> ArgumentResolver::PeopleBefore() {
  std::vector<NamedPerson> people = resolver_.PeopleBefore();
  std::erase_if(people, [&](const NamedPerson& p) { return IsNotEntity(p.entity.name); });
  return people;
}

void ArgumentResolver::EndSentence(const Sentence& s, const std::vector<Triple>& triples) {
  EndedSentence ended{&s, std::nullopt, std::nullopt};
  for (const Triple& t : triples)
    if (rules_.relations().IsSpeech(t.relation) && !t.subject.empty() &&
        t.subject.type == EntityType::kPerson) {
      ended.speaker = t.subject;
      break;
    }
  for (const Triple& t : triples)
    if (!t.subject.IsUnnamed() && !t.subject.empty()) {
      ended.named_subject = t.subject;
      break;
    }
  ended_.push_back(std::move(ended));
  resolver_.EndSentence();  // the subject is read when a later pronoun needs it
}

std::optional<EntityRef> ArgumentResolver::Antecedent(const EndedSentence& ended) {
  const Sentence& s = *ended.sentence;
  if (OpensWithPronoun(s)) return std::nullopt;  // "He met X": the antecedent stays
  // Who spoke ("Mr Blair has done well, he said": the speaker), else the
  // sentence's grammatical subject.
  if (ended.speaker) return ended.speaker;
  if (OpensWithUnnamedSpeaker(s)) return EntityRef::UnnamedPerson();
  if (const Mention* subject = GrammaticalSubject(s)) {
    ResolvedArgument a = FromMention(s, *subject);
    if (!a.entity.empty() && a.entity.type == EntityType::kPerson) return a.entity;
  }
  // '"There are disagreements between X and me." ... he added': not X.
  if (SpeaksInFirstPerson(s)) return ended.named_subject;
  for (const Mention& m : s.mentions) {
    if (m.type != EntityType::kPerson) continue;
    ResolvedArgument a = FromMention(s, m);
    if (!a.entity.empty() && a.entity.type == EntityType::kPerson) return a.entity;
  }
  return ended.named_subject;
}

}  // namespace polgraph
