#include "extract/triple_builder.h"

#include <algorithm>

#include "extract/phrase_text.h"

namespace polgraph {

void TripleBuilder::Build(const Rule& rule, const Sentence& sentence, const EntityRef& subject,
                          std::vector<ResolvedArgument> objects,
                          std::optional<std::string_view> role, std::vector<Triple>* out) {
  std::erase_if(objects, [&](const ResolvedArgument& a) {
    if (relations_.IsSpeech(rule.relation)) return false;
    return a.entity.empty() || !relations_.Of(rule.relation).AllowsObject(a.entity);
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
  // The first names' pairs, all of them: 10 names give the cap's 45 pairs.
  const size_t n = std::min<size_t>(people.size(), kMaxPeoplePaired);
  for (size_t i = 0; i < n && !Full(*out); ++i)
    for (size_t j = i + 1; j < n && !Full(*out); ++j)
      Emit(rule, sentence, people[i], people[j], "", out);
}

void TripleBuilder::Emit(const Rule& rule, const Sentence& sentence, const EntityRef& subject,
                         const EntityRef& object, const std::string& role,
                         std::vector<Triple>* out) {
  if (Full(*out) || (object == subject && !subject.empty())) return;
  if (!relations_.Allows(rule.relation, subject, object)) return;
  Triple t;
  t.subject = subject;
  t.relation = rule.relation;
  t.object = object;
  t.role = role;
  t.evidence = Evidence{
      item_.source, item_.position, item_.id, item_.date, std::string(sentence.text), rule.id};
  if (relations_.IsSymmetric(t.relation)) {
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
