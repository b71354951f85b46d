#include "extract/extractor.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "base/sentence_splitter.h"
#include "extract/argument_resolver.h"
#include "extract/dateline.h"
#include "extract/group_subject.h"
#include "extract/masked_sentence.h"
#include "extract/match_arguments.h"
#include "extract/mention.h"
#include "extract/rule_match.h"
#include "extract/sentence.h"
#include "extract/statement_text.h"
#include "extract/triple_builder.h"
#include "extract/triple_dedup.h"

namespace polgraph {
namespace {

// The sentences of an item: the title's, then the body's (a paragraph's
// dateline left out), with their mentions.
std::vector<Sentence> SentencesOf(const Item& item, const MentionFinder& finder) {
  std::vector<Sentence> out;
  auto add = [&](std::string_view paragraph, bool headline) {
    for (std::string_view s : SplitSentences(paragraph))
      out.push_back(Sentence{s, headline, finder.Find(s)});
  };
  add(item.title, true);
  for (std::string_view p : item.paragraphs) add(p.substr(DatelineLength(p)), false);
  return out;
}

}  // namespace

class Extractor::Impl {
 public:
  Impl(RuleSet rules, Aliases aliases) : rules_(std::move(rules)), aliases_(std::move(aliases)) {}

  std::vector<Triple> Run(const Item& item, ExtractionObserver* observer) const;
  const RuleSet& rules() const { return rules_; }
  const MentionFinder& finder() const { return rules_.finder(); }

 private:
  RuleSet rules_;
  Aliases aliases_;
};

namespace {

// The work on one item: runs each sentence through the stages (match ->
// arguments -> resolution -> triples) and tells the observer, if any, what
// each gave. Holds only the item's state: its resolver and its triples' met
// people (in the stages) and the masked sentence's buffers.
class ItemRun {
 public:
  ItemRun(const Item& item, const RuleSet& rules, const Aliases& aliases,
          const MentionFinder& finder, ExtractionObserver* observer)
      : item_(item),
        rules_(rules),
        finder_(finder),
        resolver_(rules, aliases, finder, item.date),
        builder_(item, rules.relations()),
        observer_(observer) {}

  std::vector<Triple> Run() {
    std::vector<Sentence> sentences = SentencesOf(item_, finder_);
    for (size_t i = 0; i < sentences.size(); ++i)
      for (const Mention& m : sentences[i].mentions) resolver_.Observe(m, static_cast<int>(i));
    std::vector<SentenceTriples> found;
    found.reserve(sentences.size());
    for (const Sentence& s : sentences) found.push_back({s.headline, RunSentence(s)});
    std::vector<std::string> removed;
    std::vector<Triple> out =
        Deduplicate(std::move(found), observer_ ? &removed : nullptr, rules_.relations());
    if (observer_) observer_->ItemDone(out, std::move(removed));
    return out;
  }

 private:
  std::vector<Triple> RunSentence(const Sentence& s) {
    std::vector<Triple> out;
    masked_.Assign(s.text, s.mentions);
    if (observer_) {
      observer_->SentenceStarted(s, masked_.text());
      for (const Mention& m : s.mentions) observer_->MentionFound(s, m, resolver_.Resolve(m));
    }
    for (int index : rules_.Candidates(masked_.text())) {
      const Rule& rule = rules_.rules()[index];
      if (rule.headline_only && !s.headline) continue;
      if (TripleBuilder::Full(out)) break;
      if (observer_) observer_->RuleTried(rule);
      RunRule(rule, rules_.OwnTrigger(index), s, &out);
    }
    resolver_.EndSentence(s, out);
    if (observer_) observer_->SentenceDone(out);
    return out;
  }

  // Every match of `rule` (whose own trigger is `trigger`, if any) in the
  // sentence, left to right.
  void RunRule(const Rule& rule, const RE2* trigger, const Sentence& s, std::vector<Triple>* out) {
    RuleMatcher matcher(rule, s.text, masked_, trigger);
    while (std::optional<RuleMatch> match = matcher.Next()) {
      if (observer_) observer_->Matched(match->text);
      if (match->vetoed) {
        Drop("the match also matches the rule's \"unless\" pattern");
      } else if (!rules_.relations().IsSpeech(rule.relation) &&
                 IsDenied(s, match->spans.whole, rules_.words().Get("denial_words"))) {
        Drop("a denial introduces the clause: the act did not happen");
      } else if (rule.collective) {
        RunCollective(rule, s, match->spans, out);
      } else if (rule.group) {
        RunGroup(rule, s, match->spans, out);
      } else {
        matcher.SkipTo(RunMatch(rule, s, *match, out));
      }
    }
  }

  // One match: its subjects, then for each its objects and the continuations
  // after the match. Returns the masked offset where the continuations ended.
  size_t RunMatch(const Rule& rule, const Sentence& s, const RuleMatch& match,
                  std::vector<Triple>* out) {
    size_t last = match.groups_end;
    std::vector<EntityRef> subjects = Subjects(rule, s, match.spans);
    if (subjects.empty()) Drop("the subject names no entity");
    if (rule.object < 0 && rule.objects < 0 && !rules_.relations().IsSpeech(rule.relation) &&
        !subjects.empty() && !subjects[0].IsUnnamed()) {
      builder_.BuildPairs(rule, s, subjects, out);  // "A, B and C held talks"
      return last;
    }
    for (const EntityRef& subject : subjects) {
      if (TripleBuilder::Full(*out)) return SentenceFull(last);
      BuildTriples(rule, s, subject, match.spans, out);
      // Continuations start where the groups ended, else where the match did.
      size_t next = RunContinuations(rule, s, subject, last, out);
      if (next == last && match.end > last)
        next = RunContinuations(rule, s, subject, match.end, out);
      last = std::max(last, next);
    }
    return last;
  }

  // "... and B as Y": more objects for `subject`. Returns where they ended.
  size_t RunContinuations(const Rule& rule, const Sentence& s, const EntityRef& subject,
                          size_t from, std::vector<Triple>* out) {
    Continuations found = MatchContinuations(rule, s.text, masked_, from);
    for (const ContinuationMatch& c : found.matches) {
      if (TripleBuilder::Full(*out)) return SentenceFull(found.end);
      if (observer_) observer_->ContinuationMatched(c.text);
      BuildTriples(rule, s, subject, c.spans, out);
    }
    return found.end;
  }

  // "The presidents noted ...": each person met so far in the item speaks.
  void RunCollective(const Rule& rule, const Sentence& s, const MatchSpans& spans,
                     std::vector<Triple>* out) {
    if (builder_.met_people().empty()) Drop("no one met in this item to stand for the group");
    for (size_t i = 0, n = builder_.met_people().size(); i < n; ++i) {
      if (TripleBuilder::Full(*out)) return (void)SentenceFull(0);
      EntityRef person = builder_.met_people()[i];  // building may add met people
      BuildTriples(rule, s, person, spans, out);
    }
  }

  // "The two leaders held talks": the group stands for people named before
  // (group_subject.h); with no object, a symmetric relation pairs them.
  void RunGroup(const Rule& rule, const Sentence& s, const MatchSpans& spans,
                std::vector<Triple>* out) {
    std::vector<EntityRef> members =
        GroupMembers(s.Text(spans.subject), resolver_.PeopleBefore(), finder_, rules_.words());
    const DeclaredRelation& relation = rules_.relations().Of(rule.relation);
    std::erase_if(members, [&](const EntityRef& e) { return !relation.AllowsSubject(e); });
    if (members.size() < 2) return Drop("the group stands for no people the item names before");
    if (rule.object < 0 && rule.objects < 0 && relation.symmetric && !relation.speech)
      return builder_.BuildPairs(rule, s, members, out);
    for (const EntityRef& member : members) {
      if (TripleBuilder::Full(*out)) return (void)SentenceFull(0);
      BuildTriples(rule, s, member, spans, out);
    }
  }

  // The subject, or each entity of a (?P<subjects>...) list.
  std::vector<EntityRef> Subjects(const Rule& rule, const Sentence& s, const MatchSpans& spans) {
    if (spans.subjects.empty()) {
      std::optional<EntityRef> one = Subject(rule, s, spans);
      return one ? std::vector<EntityRef>{*one} : std::vector<EntityRef>{};
    }
    std::vector<ResolvedArgument> list = ResolveList(s, spans.subjects);
    Note("subjects", s, spans.subjects, list);
    std::vector<EntityRef> out;
    for (const ResolvedArgument& a : list)
      if (std::find(out.begin(), out.end(), a.entity) == out.end() &&
          rules_.relations().Of(rule.relation).AllowsSubject(a.entity))
        out.push_back(a.entity);
    return out;
  }

  std::optional<EntityRef> Subject(const Rule& rule, const Sentence& s, const MatchSpans& spans) {
    bool agent_optional = rules_.relations().CarriesOffice(rule.relation);
    std::optional<EntityRef> none =
        agent_optional ? std::optional(EntityRef::Unnamed()) : std::nullopt;
    TextSpan span = spans.subject;
    if (span.empty()) return none;
    if (FollowsPreposition(s, span, spans.whole)) {
      Drop("the subject follows a preposition: it is not the one who acts");
      return none;
    }
    if (ActsThroughAnother(s, span)) {
      Drop("the subject's predecessor, aide or kin acts, not the subject");
      return none;
    }
    if (FollowsRelativeVerb(s, span, spans.whole)) {
      Drop("the subject is the object of a relative clause: its head is the one who acts");
      return none;
    }
    ResolvedArgument a =
        resolver_.Pick(s, SubjectCandidates(s, span, rules_.words().Get("clause_words")));
    if (a.entity.empty()) {
      if (std::optional<TextSpan> named = NameAfterOffice(s, span)) {
        span = *named;  // "The Prime Minister, Helen Marsh, has appointed"
        a = resolver_.Pick(s, ItemCandidates(s, span));
      }
    }
    if (a.entity.empty() && rules_.relations().IsSpeech(rule.relation))
      a = resolver_.SpeakingSeat(s, span);  // "Downing Street said"
    Note("subject", s, span, {&a, 1});
    if (!a.entity.empty() && rules_.relations().Of(rule.relation).AllowsSubject(a.entity))
      return a.entity;
    return none;
  }

  // The objects and role of a match (or continuation) for `subject`, to triples.
  void BuildTriples(const Rule& rule, const Sentence& s, const EntityRef& subject,
                    const MatchSpans& spans, std::vector<Triple>* out) {
    std::vector<ResolvedArgument> objects;
    if (!spans.object.empty()) {
      objects.push_back(resolver_.Pick(s, ItemCandidates(s, FirstItem(s, spans.object))));
      Note("object", s, spans.object, objects);
    }
    if (!spans.objects.empty()) {
      std::vector<ResolvedArgument> list = ResolveList(s, spans.objects);
      Note("objects", s, spans.objects, list);
      objects.insert(objects.end(), list.begin(), list.end());
    }
    std::string_view statement;
    if (rules_.relations().IsSpeech(rule.relation)) {
      TextSpan said = StatementSpan(s, spans, rules_.words().Get("listener_nouns"));
      objects = {resolver_.Pick(s, StatementCandidates(s, said), &subject)};
      if (!objects[0].entity.empty()) Note("content", s, objects[0].span, objects);
      statement = s.Text(said);
    }
    std::optional<std::string_view> role;
    if (spans.role) {
      Note("role", s, *spans.role, {});
      switch (ReadRole(s, *spans.role)) {
        case RoleReading::kNamesPerson:
          return Drop("the role holds a person's name: not an office");
        case RoleReading::kCutsMention:
          return Drop("the role begins inside a name or office: a misreading");
        case RoleReading::kOffice:
          role = s.Text(*spans.role);
      }
    }
    builder_.Build(rule, s, subject, std::move(objects), role, out, statement);
  }

  // The entities of a list group's items, those that name nothing left out,
  // and an office standing in apposition to the named person after it.
  std::vector<ResolvedArgument> ResolveList(const Sentence& s, TextSpan list) {
    std::vector<ResolvedArgument> out;
    std::vector<TextSpan> items = ListItems(s, list);
    for (size_t i = 0; i < items.size(); ++i) {
      ResolvedArgument a = resolver_.Pick(s, ItemCandidates(s, items[i]));
      if (i + 1 == items.size() && a.entity.type != EntityType::kPerson) {
        // "met X and the chairperson of the Y Commission, Full Name,": the
        // person named after the office, not the body.
        if (std::optional<TextSpan> named = NameAfterOffice(s, items[i]))
          a = resolver_.Pick(s, ItemCandidates(s, *named));
      }
      if (a.entity.empty()) continue;
      if (i + 1 < items.size() && a.entity.type == EntityType::kPerson &&
          IsApposition(s, items[i], items[i + 1]))
        continue;
      out.push_back(std::move(a));
    }
    return out;
  }

  void Note(std::string_view group, const Sentence& s, TextSpan span,
            std::span<const ResolvedArgument> entities) {
    if (observer_) observer_->GroupRead(group, s.Text(span), entities);
  }

  // The sentence has all the triples it may give (TripleBuilder): returns `end`.
  size_t SentenceFull(size_t end) {
    Drop("the sentence gave the most triples a sentence may give");
    return end;
  }

  void Drop(std::string_view reason) {
    if (observer_) observer_->Dropped(reason);
  }

  const Item& item_;
  const RuleSet& rules_;
  const MentionFinder& finder_;
  ArgumentResolver resolver_;  // resolution, with the item's resolver
  TripleBuilder builder_;      // triples, with the item's met people
  ExtractionObserver* observer_;
  MaskedSentence masked_;  // the current sentence as the rules read it; buffers reused
};

}  // namespace

std::vector<Triple> Extractor::Impl::Run(const Item& item, ExtractionObserver* observer) const {
  return ItemRun(item, rules_, aliases_, finder(), observer).Run();
}

Extractor::Extractor(RuleSet rules, Aliases aliases)
    : impl_(std::make_unique<Impl>(std::move(rules), std::move(aliases))) {}
Extractor::~Extractor() = default;

std::vector<Triple> Extractor::Extract(const Item& item) const { return impl_->Run(item, nullptr); }

std::vector<Triple> Extractor::Extract(const Item& item, ExtractionObserver& observer) const {
  return impl_->Run(item, &observer);
}

ExplainReport Extractor::Explain(const Item& item) const {
  ExplainRecorder recorder;
  impl_->Run(item, &recorder);
  return std::move(recorder.report());
}

const RuleSet& Extractor::rules() const { return impl_->rules(); }

}  // namespace polgraph
