#include "extract/extractor.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

#include "base/sentence_splitter.h"
#include "extract/entity_resolver.h"
#include "extract/masked_sentence.h"
#include "extract/mention.h"
#include "extract/phrase_text.h"
#include "extract/triple_dedup.h"

namespace polgraph {
namespace {

using Span = TextSpan;

struct Sentence {
  std::string_view text;
  bool headline = false;
  std::vector<Mention> mentions;
};

// The sentences of an item: the title's, then the body's, with their mentions.
std::vector<Sentence> SentencesOf(const Item& item, const MentionFinder& finder) {
  std::vector<Sentence> out;
  auto add = [&](std::string_view paragraph, bool headline) {
    for (std::string_view s : SplitSentences(paragraph))
      out.push_back(Sentence{s, headline, finder.Find(s)});
  };
  add(item.title, true);
  for (const std::string& p : item.paragraphs) add(p, false);
  return out;
}

bool Overlaps(const Mention& m, Span s) { return m.begin < s.end && s.begin < m.end; }

std::string Describe(const EntityRef& e, const std::string& how) {
  return e.name + " (" + std::string(ToString(e.type)) + (how.empty() ? "" : ", " + how) + ")";
}

}  // namespace

class Extractor::Impl {
 public:
  Impl(RuleSet rules, Aliases aliases) : rules_(std::move(rules)), aliases_(std::move(aliases)) {}

  std::vector<Triple> Run(const Item& item, ExplainReport* report) const;
  const RuleSet& rules() const { return rules_; }
  const Aliases& aliases() const { return aliases_; }
  const MentionFinder& finder() const { return finder_; }

 private:
  RuleSet rules_;
  Aliases aliases_;
  MentionFinder finder_;
};

namespace {

// The work on one item: holds the item's resolver and what was found so far.
class ItemRun {
 public:
  ItemRun(const Item& item, const RuleSet& rules, const Aliases& aliases,
          const MentionFinder& finder, ExplainReport* report)
      : item_(item),
        rules_(rules),
        finder_(finder),
        resolver_(aliases, finder, item.date),
        report_(report) {}

  std::vector<Triple> Run() {
    std::vector<Sentence> sentences = SentencesOf(item_, finder_);
    for (const Sentence& s : sentences)
      for (const Mention& m : s.mentions) resolver_.Observe(m);
    std::vector<SentenceTriples> found;
    for (const Sentence& s : sentences) found.push_back(RunSentence(s));
    std::vector<std::string> removed;
    std::vector<Triple> out = Deduplicate(std::move(found), report_ ? &removed : nullptr);
    if (report_) {
      report_->triples = out;
      report_->removed = std::move(removed);
    }
    return out;
  }

 private:
  struct Groups {
    std::vector<re2::StringPiece> pieces;
    int Count() const { return static_cast<int>(pieces.size()); }
  };

  SentenceTriples RunSentence(const Sentence& s) {
    sentence_ = &s;
    SentenceTriples out;
    out.headline = s.headline;
    masked_.Assign(s.text, s.mentions);
    ExplainReport::SentenceNote* note = nullptr;
    if (report_) {
      report_->sentences.push_back({std::string(s.text), s.headline, {}, {}, {}, {}});
      note = &report_->sentences.back();
      note->masked = std::string(masked_.text());
      for (const Mention& m : s.mentions) note->mentions.push_back(NoteMention(m));
    }
    for (int index : rules_.Candidates(masked_.text())) {
      const Rule& rule = rules_.rules()[index];
      if (rule.headline_only && !s.headline) continue;
      ExplainReport::RuleNote* rule_note = nullptr;
      if (note) {
        note->rules.push_back({rule.id, false, "", {}, ""});
        rule_note = &note->rules.back();
      }
      RunRule(rule, rule_note, &out.triples);
    }
    resolver_.EndSentence(SentenceSubject(out.triples));
    if (note) note->triples = out.triples;
    return out;
  }

  // The antecedent for later pronouns: the named person opening the sentence
  // or a clause of it ("By decree of the Head of State, X was appointed"),
  // else the sentence's first person, else the first named subject of a triple.
  std::optional<EntityRef> SentenceSubject(const std::vector<Triple>& triples) {
    if (const Mention* subject = GrammaticalSubject()) {
      Picked p = FromMention(*subject);
      if (!p.entity.empty() && p.entity.type == EntityType::kPerson) return p.entity;
    }
    for (const Mention& m : sentence_->mentions) {
      if (m.type != EntityType::kPerson) continue;
      Picked p = FromMention(m);
      if (!p.entity.empty() && p.entity.type == EntityType::kPerson) return p.entity;
    }
    for (const Triple& t : triples)
      if (!t.subject.IsUnnamed() && !t.subject.empty()) return t.subject;
    return std::nullopt;
  }

  ExplainReport::MentionNote NoteMention(const Mention& m) {
    Resolution r = resolver_.Resolve(m);
    return {std::string(Text({m.begin, m.end})), m.name, m.title, m.type, r.entity, r.how};
  }

  std::string_view Text(Span s) const { return sentence_->text.substr(s.begin, s.end - s.begin); }

  // Offset in the masked sentence of the end of `piece` (matched there).
  size_t MaskedEnd(const re2::StringPiece& piece) const {
    return static_cast<size_t>(piece.data() + piece.size() - masked_.text().data());
  }

  // The sentence span a group covers, trimmed; `piece` is what it matched in
  // the masked sentence.
  Span SpanOf(const re2::StringPiece& piece) const {
    if (piece.data() == nullptr) return {};
    size_t begin = static_cast<size_t>(piece.data() - masked_.text().data());
    return TrimSpan(sentence_->text, masked_.ToSentence(begin, begin + piece.size()));
  }

  // Every match of `rule` in the (masked) sentence, left to right.
  void RunRule(const Rule& rule, ExplainReport::RuleNote* note, std::vector<Triple>* out) {
    std::string_view text = masked_.text();
    re2::StringPiece input(text.data(), text.size());
    Groups g;
    g.pieces.resize(1 + rule.re->NumberOfCapturingGroups());
    size_t pos = 0;
    while (pos <= text.size() &&
           rule.re->Match(input, pos, text.size(), RE2::UNANCHORED, g.pieces.data(), g.Count())) {
      Span whole = SpanOf(g.pieces[0]);
      std::string_view matched = Text(whole);
      size_t last = LastGroupEnd(g);
      if (note) {
        note->matched = true;
        if (!note->match.empty()) note->match += " | ";
        note->match += matched;
      }
      if (rule.unless &&
          RE2::PartialMatch(re2::StringPiece(matched.data(), matched.size()), *rule.unless)) {
        if (note) note->dropped = "the match also matches the rule's \"unless\" pattern";
      } else {
        if (rule.collective) {
          RunCollective(rule, g, whole, note, out);
        } else {
          std::vector<EntityRef> subjects = Subjects(rule, g, note);
          if (subjects.empty() && note) note->dropped = "the subject names no entity";
          if (rule.object < 0 && rule.objects < 0 && rule.relation != Relation::kAnnounced &&
              !subjects.empty() && !subjects[0].IsUnnamed()) {
            EmitPairs(rule, subjects, out);  // "A, B and C held talks"
          } else {
            for (const EntityRef& subject : subjects) {
              BuildTriples(rule, subject, g, whole, note, out);
              // Continuations start where the groups ended, else where the match did.
              size_t end = MaskedEnd(g.pieces[0]);
              size_t next = Continue(rule, subject, last, note, out);
              if (next == last && end > last) next = Continue(rule, subject, end, note, out);
              last = std::max(last, next);
            }
          }
        }
      }
      size_t start = static_cast<size_t>(g.pieces[0].data() - text.data());
      pos = std::max({start + 1, start + g.pieces[0].size(), last});
    }
  }

  // "The presidents noted ...": each person met so far in the item speaks.
  void RunCollective(const Rule& rule, const Groups& g, Span whole, ExplainReport::RuleNote* note,
                     std::vector<Triple>* out) {
    if (met_people_.empty() && note)
      note->dropped = "no one met in this item to stand for the group";
    for (const EntityRef& person : met_people_) BuildTriples(rule, person, g, whole, note, out);
  }

  void AddMetPerson(const EntityRef& e) {
    if (e.type != EntityType::kPerson || e.empty() || e.IsUnnamed()) return;
    if (std::find(met_people_.begin(), met_people_.end(), e) == met_people_.end())
      met_people_.push_back(e);
  }

  // Where the match's groups end in the masked sentence (else the match's
  // trimmed end): continuations start there.
  size_t LastGroupEnd(const Groups& g) const {
    size_t last = 0;
    for (int i = 1; i < g.Count(); ++i)
      if (g.pieces[i].data()) last = std::max(last, MaskedEnd(g.pieces[i]));
    if (last == 0) {
      size_t begin = static_cast<size_t>(g.pieces[0].data() - masked_.text().data());
      last = TrimSpan(masked_.text(), {begin, MaskedEnd(g.pieces[0])}).end;
    }
    return last;
  }

  // Continuation patterns, each anchored where the previous match's groups ended.
  size_t Continue(const Rule& rule, const EntityRef& subject, size_t pos,
                  ExplainReport::RuleNote* note, std::vector<Triple>* out) {
    std::string_view text = masked_.text();
    for (bool more = true; more;) {
      more = false;
      for (const auto& re : rule.continuations) {
        Groups g;
        g.pieces.resize(1 + re->NumberOfCapturingGroups());
        // Matched on the rest of the sentence, so that ^ means "where the match ended".
        re2::StringPiece rest(text.data() + pos, text.size() - pos);
        if (!re->Match(rest, 0, rest.size(), RE2::ANCHOR_START, g.pieces.data(), g.Count()))
          continue;
        Rule view;  // the continuation's own group numbers, the rule's other settings
        view.relation = rule.relation;
        view.id = rule.id;
        view.role_from_title = rule.role_from_title;
        view.object_types = rule.object_types;
        for (const auto& [name, index] : re->NamedCapturingGroups()) {
          if (name == "object") view.object = index;
          if (name == "objects") view.objects = index;
          if (name == "role") view.role = index;
        }
        Span whole = SpanOf(g.pieces[0]);
        if (note) note->match += " + " + std::string(Text(whole));
        BuildTriples(view, subject, g, whole, note, out);
        size_t next = LastGroupEnd(g);
        if (next <= pos) return pos;
        pos = next;
        more = true;
        break;
      }
    }
    return pos;
  }

  // The subject, or each entity of a (?P<subjects>...) list.
  std::vector<EntityRef> Subjects(const Rule& rule, const Groups& g,
                                  ExplainReport::RuleNote* note) {
    Span span = rule.subjects >= 0 ? SpanOf(g.pieces[rule.subjects]) : Span{};
    if (span.empty()) {
      std::optional<EntityRef> one = Subject(rule, g, note);
      return one ? std::vector<EntityRef>{*one} : std::vector<EntityRef>{};
    }
    std::vector<Picked> list = PickList(span);
    Note(note, "subjects", span, list);
    std::vector<EntityRef> out;
    for (const Picked& p : list)
      if (std::find(out.begin(), out.end(), p.entity) == out.end() && Allowed(rule, p.entity))
        out.push_back(p.entity);
    return out;
  }

  static bool Allowed(const Rule& rule, const EntityRef& subject) {
    return TypeAllowed(rule.subject_types, subject);
  }

  // True when `types` is empty (any type) or holds the entity's type.
  static bool TypeAllowed(const std::vector<EntityType>& types, const EntityRef& e) {
    return types.empty() || e.IsUnnamed() ||
           std::find(types.begin(), types.end(), e.type) != types.end();
  }

  void EmitPairs(const Rule& rule, const std::vector<EntityRef>& people, std::vector<Triple>* out) {
    for (size_t i = 0; i < people.size(); ++i)
      for (size_t j = i + 1; j < people.size(); ++j) Emit(rule, people[i], people[j], "", out);
  }

  std::optional<EntityRef> Subject(const Rule& rule, const Groups& g,
                                   ExplainReport::RuleNote* note) {
    bool agent_optional =
        rule.relation == Relation::kAppointed || rule.relation == Relation::kDismissed;
    Span span = rule.subject >= 0 ? SpanOf(g.pieces[rule.subject]) : Span{};
    if (span.empty()) return agent_optional ? std::optional(EntityRef::Unnamed()) : std::nullopt;
    if (IsComplement(span, SpanOf(g.pieces[0]))) {
      if (note) note->dropped = "the subject follows a preposition: it is not the one who acts";
      return agent_optional ? std::optional(EntityRef::Unnamed()) : std::nullopt;
    }
    std::vector<Picked> picked = {PickSubject(span)};
    Note(note, "subject", span, picked);
    if (!picked[0].entity.empty() && Allowed(rule, picked[0].entity)) return picked[0].entity;
    return agent_optional ? std::optional(EntityRef::Unnamed()) : std::nullopt;
  }

  void BuildTriples(const Rule& rule, const EntityRef& subject, const Groups& g, Span whole,
                    ExplainReport::RuleNote* note, std::vector<Triple>* out) {
    std::vector<Picked> objects;
    if (rule.object >= 0) {
      Span span = SpanOf(g.pieces[rule.object]);
      if (!span.empty()) {
        std::vector<Picked> one = {PickObject(span)};
        Note(note, "object", span, one);
        objects.push_back(one[0]);
      }
    }
    if (rule.objects >= 0) {
      Span span = SpanOf(g.pieces[rule.objects]);
      if (!span.empty()) {
        std::vector<Picked> list = PickList(span);
        Note(note, "objects", span, list);
        objects.insert(objects.end(), list.begin(), list.end());
      }
    }
    if (rule.relation == Relation::kAnnounced) {
      objects = {SaidObject(rule, g, whole, subject)};
      if (!objects[0].entity.empty()) Note(note, "content", objects[0].span, objects);
    }
    std::erase_if(objects, [&](const Picked& p) {
      if (rule.relation == Relation::kAnnounced) return false;
      return p.entity.empty() || !TypeAllowed(rule.object_types, p.entity);
    });
    std::string role;
    if (rule.role >= 0 && g.pieces[rule.role].data()) {
      Span span = SpanOf(g.pieces[rule.role]);
      Note(note, "role", span, {});
      if (NamesPerson(span)) {
        if (note) note->dropped = "the role holds a person's name: not an office";
        return;
      }
      if (CutsMention(span.begin)) {
        if (note) note->dropped = "the role begins inside a name or office: a misreading";
        return;
      }
      role = NormalizeRole(Text(span), objects.size() > 1);
    }
    for (const Picked& object : objects) {
      std::string r =
          role.empty() && rule.role_from_title ? NormalizeRole(object.title, false) : role;
      Emit(rule, subject, object.entity, r, out);
    }
  }

  void Emit(const Rule& rule, const EntityRef& subject, const EntityRef& object,
            const std::string& role, std::vector<Triple>* out) {
    if (object == subject && !subject.empty()) return;
    Triple t;
    t.subject = subject;
    t.relation = rule.relation;
    t.object = object;
    t.role = role;
    t.evidence = Evidence{
        item_.source, item_.position, item_.id, item_.date, std::string(sentence_->text), rule.id};
    if (t.relation == Relation::kMet) {
      AddMetPerson(t.subject);
      AddMetPerson(t.object);
    }
    out->push_back(std::move(t));
  }

  // An entity read from a group: the entity, the span it came from, the title.
  struct Picked {
    EntityRef entity;
    std::string how;
    Span span;
    std::string title;
  };

  Picked FromMention(const Mention& m) {
    Span span{m.begin, m.end};
    Resolution r = resolver_.Resolve(m);
    EntityRef e = r.entity;
    if (e.empty() && !m.name.empty()) e = {m.name, m.type};
    return Accept({e, r.how, span, m.title});
  }

  Picked FromText(Span span) {
    if (span.empty()) return {};
    Resolution r = resolver_.Resolve(Text(span));
    Mention m = finder_.Classify(Text(span));
    return Accept({r.entity, r.how, span, m.title});
  }

  // Drops news agencies, press services and other sources. A person named
  // after a title is judged by the name alone ("BBC correspondent Vicky Young").
  Picked Accept(Picked p) {
    if (p.entity.empty()) return p;
    bool titled_person = p.entity.type == EntityType::kPerson && !p.title.empty();
    if (IsNotEntity(p.entity.name) || (!titled_person && IsNotEntity(Text(p.span)))) p.entity = {};
    return p;
  }

  // A subject that opens the match right after a preposition is the
  // complement of a head the rule did not read ("officials in Powys said",
  // "a spokesman for Mr Blair said"): it did not act. One that a clause
  // follows ("received by X, who met Y") is that clause's subject.
  bool IsComplement(Span subject, Span whole) const {
    if (subject.begin != whole.begin || sentence_->text.substr(subject.end).starts_with(","))
      return false;
    static constexpr std::string_view kPrepositions[] = {
        " in ",   " from ", " at ",   " of ", " for ",   " to ",
        " with ", " by ",   " near ", " on ", " among ", " against "};
    std::string_view before = sentence_->text.substr(0, subject.begin);
    return std::any_of(std::begin(kPrepositions), std::end(kPrepositions),
                       [&](std::string_view p) { return before.ends_with(p); });
  }

  // RuleSet::IsNotEntity, remembered for the item: the same names come back
  // in sentence after sentence, and a lookup is cheaper than a match.
  bool IsNotEntity(std::string_view text) {
    auto it = not_entity_.find(text);
    if (it == not_entity_.end())
      it = not_entity_.emplace(std::string(text), rules_.IsNotEntity(text)).first;
    return it->second;
  }

  bool NamesPerson(Span span) const {
    return std::any_of(
        sentence_->mentions.begin(), sentence_->mentions.end(), [&](const Mention& m) {
          return m.type == EntityType::kPerson && !m.name.empty() && Overlaps(m, span);
        });
  }

  bool CutsMention(size_t pos) const {
    return std::any_of(sentence_->mentions.begin(), sentence_->mentions.end(),
                       [&](const Mention& m) { return m.begin < pos && pos < m.end; });
  }

  std::vector<const Mention*> MentionsIn(Span span) const {
    std::vector<const Mention*> out;
    for (const Mention& m : sentence_->mentions)
      if (Overlaps(m, span)) out.push_back(&m);
    return out;
  }

  // The subject is the phrase ending right before the verb: a mention that
  // ends the span, else what the resolver makes of the phrase's tail
  // ("the Head of State", "He").
  Picked PickSubject(Span span) {
    std::vector<const Mention*> in = MentionsIn(span);
    Span tail = TailPhrase(sentence_->text, span);
    if (Picked p = FromPronoun(tail); !p.entity.empty()) return p;
    for (auto it = in.rbegin(); it != in.rend(); ++it) {
      const Mention& m = **it;
      if (m.end < span.end && !IsAdverbialTail(Text({m.end, span.end}))) break;
      if (IsInsideTitle(sentence_->text, tail, m)) return FromText(tail);
      return FromMention(m);
    }
    return FromText(tail);
  }

  // "he" / "she" after a person named earlier in the same sentence is that
  // person ("Trump told reporters, where he hosted ...").
  Picked FromPronoun(Span span) {
    std::string_view word = Text(span);
    if (word != "he" && word != "He" && word != "she" && word != "She") return {};
    const Mention* subject = GrammaticalSubject();
    if (subject == nullptr || subject->begin >= span.begin) return {};
    return FromMention(*subject);
  }

  // The sentence's first person when it opens the sentence (after at most an
  // introductory phrase and a comma) and is not a possessive ("Patrushev's").
  const Mention* GrammaticalSubject() const {
    std::string_view text = sentence_->text;
    for (const Mention& m : sentence_->mentions) {
      if (m.type != EntityType::kPerson || m.name.empty()) continue;
      std::string_view after = text.substr(m.end, 4);
      if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s")) return nullptr;
      std::string_view before = text.substr(0, m.begin);
      if (m.begin == 0 || before.ends_with(", ")) return &m;
      return nullptr;
    }
    return nullptr;
  }

  // The object is the first entity of the phrase after the verb, a person
  // where the phrase has one before any list separator.
  Picked PickObject(Span span) {
    std::vector<Span> parts = SplitList(sentence_->text, span, sentence_->mentions);
    return PickPart(parts.empty() ? span : parts.front());
  }

  // A list the pattern cut short ("A, the Commission's Deputy Chair B, and
  // member of the Commission C") runs on while mentions follow as list items.
  Span ExtendList(Span span) const {
    std::string_view text = sentence_->text;
    for (const Mention& m : sentence_->mentions) {
      if (m.begin < span.end) continue;
      if (!IsListGap(text.substr(span.end, m.begin - span.end))) break;
      if (!IsListItemEnd(text.substr(m.end, 8))) break;
      span.end = m.end;
    }
    return span;
  }

  std::vector<Picked> PickList(Span span) {
    span = ExtendList(span);
    std::vector<Span> parts = SplitList(sentence_->text, span, sentence_->mentions);
    if (parts.size() > 1 && OpensClause(Text({parts[parts.size() - 2].end, parts.back().begin}),
                                        sentence_->text.substr(span.end)))
      parts.pop_back();
    std::vector<Picked> out;
    for (size_t i = 0; i < parts.size(); ++i) {
      Picked p = PickPart(parts[i]);
      if (p.entity.empty()) continue;
      if (i + 1 < parts.size() && p.entity.type == EntityType::kPerson &&
          IsApposition(parts[i], parts[i + 1]))
        continue;
      out.push_back(p);
    }
    return out;
  }

  // "the first president of Kazakhstan, Nursultan Nazarbayev": an office
  // without a name, then a comma and a named person, is that person.
  bool IsApposition(Span office, Span next) const {
    std::string_view gap = Text({office.end, next.begin});
    return gap.find(',') != std::string_view::npos && gap.find("and") == std::string_view::npos &&
           !NamesPerson(office) && NamesPerson(next);
  }

  // True when the last item of a list, after ", and" (`gap`), is followed by
  // a verb (`after`): it is the subject of a new clause ("met A, and B said").
  static bool OpensClause(std::string_view gap, std::string_view after) {
    if (gap != ", and ") return false;
    static constexpr std::string_view kVerbs[] = {" said", " says", " told", " added", " noted",
                                                  " has ", " had ", " was ", " is ",   " will "};
    return std::any_of(std::begin(kVerbs), std::end(kVerbs),
                       [&](std::string_view v) { return after.starts_with(v); });
  }

  // One list item: its named person (the last: titles come first), else a
  // title that resolves to a person, else its first organization or country.
  Picked PickPart(Span part) {
    if (Picked p = FromPronoun(part); !p.entity.empty()) return p;
    std::vector<const Mention*> in = MentionsIn(part);
    for (auto it = in.rbegin(); it != in.rend(); ++it)
      if ((*it)->type == EntityType::kPerson && !(*it)->name.empty()) return FromMention(**it);
    for (const Mention* m : in) {
      if (m->type != EntityType::kPerson) continue;
      if (Picked p = FromMention(*m); !p.entity.empty()) return p;
    }
    if (!in.empty() && !IsInsideTitle(sentence_->text, part, *in.front()))
      return FromMention(*in.front());
    return FromText(part);
  }

  // The object of `announced`: the first entity in what was said, other than the speaker.
  Picked SaidObject(const Rule& rule, const Groups& g, Span whole, const EntityRef& speaker) {
    std::vector<Span> regions;
    if (rule.content >= 0 && g.pieces[rule.content].data()) {
      regions.push_back(SpanOf(g.pieces[rule.content]));
    } else {
      regions.push_back({whole.end, sentence_->text.size()});
      regions.push_back({0, whole.begin});
    }
    for (Span region : regions) {
      for (const Mention* m : MentionsIn(region)) {
        if (m->begin < region.begin) continue;
        Picked p = FromMention(*m);
        if (!p.entity.empty() && p.entity != speaker) return p;
      }
    }
    return {};
  }

  void Note(ExplainReport::RuleNote* note, const char* group, Span span,
            const std::vector<Picked>& picked) {
    if (!note) return;
    ExplainReport::GroupNote g{group, std::string(Text(span)), {}};
    for (const Picked& p : picked)
      g.entities.push_back(p.entity.empty() ? "(nothing)" : Describe(p.entity, p.how));
    note->groups.push_back(std::move(g));
  }

  const Item& item_;
  const RuleSet& rules_;
  const MentionFinder& finder_;
  EntityResolver resolver_;
  ExplainReport* report_;
  const Sentence* sentence_ = nullptr;
  MaskedSentence masked_;                                // the sentence as the rules read it
  std::vector<EntityRef> met_people_;                    // persons in met triples so far, in order
  std::map<std::string, bool, std::less<>> not_entity_;  // IsNotEntity() so far
};

}  // namespace

std::vector<Triple> Extractor::Impl::Run(const Item& item, ExplainReport* report) const {
  return ItemRun(item, rules_, aliases_, finder_, report).Run();
}

Extractor::Extractor(RuleSet rules, Aliases aliases)
    : impl_(std::make_unique<Impl>(std::move(rules), std::move(aliases))) {}
Extractor::~Extractor() = default;

std::vector<Triple> Extractor::Extract(const Item& item) const { return impl_->Run(item, nullptr); }

ExplainReport Extractor::Explain(const Item& item) const {
  ExplainReport report;
  impl_->Run(item, &report);
  return report;
}

const RuleSet& Extractor::rules() const { return impl_->rules(); }

}  // namespace polgraph
