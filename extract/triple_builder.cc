#include "extract/triple_builder.h"

#include <algorithm>

#include "extract/phrase_text.h"

namespace polgraph {

bool AllowsSubject(const Rule& rule, const EntityRef& subject) {
  return rule.subject_types.empty() || subject.IsUnnamed() ||
         std::find(rule.subject_types.begin(), rule.subject_types.end(), subject.type) !=
             rule.subject_types.end();
}

void TripleBuilder::Build(const Rule& rule, const Sentence& sentence, const EntityRef& subject,
                          std::vector<ResolvedArgument> objects,
                          std::optional<std::string_view> role, std::vector<Triple>* out) {
  std::erase_if(objects, [&](const ResolvedArgument& a) {
    return a.entity.empty() && rule.relation != Relation::kAnnounced;
  });
  std::string office = role ? NormalizeRole(*role, objects.size() > 1) : std::string();
  for (const ResolvedArgument& object : objects) {
    if (Full(*out)) return;
    std::string r =
        office.empty() && rule.role_from_title ? NormalizeRole(object.title, false) : office;
    Emit(rule, sentence, subject, object.entity, r, out);
  }
}

void TripleBuilder::BuildPairs(const Rule& rule, const Sentence& sentence,
                               const std::vector<EntityRef>& people, std::vector<Triple>* out) {
  for (size_t i = 0; i < people.size() && !Full(*out); ++i)
    for (size_t j = i + 1; j < people.size() && !Full(*out); ++j)
      Emit(rule, sentence, people[i], people[j], "", out);
}

void TripleBuilder::Emit(const Rule& rule, const Sentence& sentence, const EntityRef& subject,
                         const EntityRef& object, const std::string& role,
                         std::vector<Triple>* out) {
  if (Full(*out) || (object == subject && !subject.empty())) return;
  Triple t;
  t.subject = subject;
  t.relation = rule.relation;
  t.object = object;
  t.role = role;
  t.evidence = Evidence{
      item_.source, item_.position, item_.id, item_.date, std::string(sentence.text), rule.id};
  if (t.relation == Relation::kMet) {
    AddMetPerson(t.subject);
    AddMetPerson(t.object);
  }
  out->push_back(std::move(t));
}

void TripleBuilder::AddMetPerson(const EntityRef& e) {
  if (e.type != EntityType::kPerson || e.empty() || e.IsUnnamed()) return;
  if (met_set_.insert(e).second) met_people_.push_back(e);
}

}  // namespace polgraph
