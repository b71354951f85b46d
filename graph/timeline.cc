// TimelineOf(): the dated events of one entity and the offices it held
// (declared in queries.h).
#include <algorithm>
#include <unordered_map>

#include "graph/name_folding.h"
#include "graph/office_history.h"
#include "graph/queries.h"

namespace polgraph {
namespace {

// Whether two roles name the same office (FoldName), each role folded once:
// a busy entity's timeline compares thousands of them.
class SameRole {
 public:
  bool operator()(const std::string& a, const std::string& b) { return Folded(a) == Folded(b); }

 private:
  const std::string& Folded(const std::string& role) {
    auto it = folded_.find(role);
    if (it == folded_.end()) it = folded_.emplace(role, FoldName(role)).first;
    return it->second;
  }
  std::unordered_map<std::string, std::string> folded_;
};

// An appointment opens a term, unless the same office is already open.
void Appoint(const std::string& role, Date date, SameRole& same_role,
             std::vector<OfficeTerm>* offices) {
  for (const OfficeTerm& term : *offices) {
    if (!term.to.IsKnown() && same_role(term.role, role)) return;
  }
  offices->push_back({role, date, Date()});
}

// A dismissal closes the latest open term of the office (of any office when
// the role is not named); with none open, it records a term that ended.
void Dismiss(const std::string& role, Date date, SameRole& same_role,
             std::vector<OfficeTerm>* offices) {
  for (auto term = offices->rbegin(); term != offices->rend(); ++term) {
    if (term->to.IsKnown() && term->to == date && (role.empty() || same_role(term->role, role))) {
      return;  // the same dismissal, reported again
    }
    if (!term->to.IsKnown() && (role.empty() || same_role(term->role, role))) {
      term->to = date.IsKnown() ? date : term->to;
      return;
    }
  }
  offices->push_back({role, Date(), date});
}

// Adds the terms the aliases give `name`: a stored term of the same office
// that overlaps one is that term.
void AddKnownOffices(const std::string& name, const Aliases& aliases,
                     std::vector<OfficeTerm>* offices) {
  for (const Aliases::Office& office : aliases.offices()) {
    if (office.holder != name || office.names.empty()) continue;
    auto same = std::find_if(offices->begin(), offices->end(), [&](const OfficeTerm& term) {
      if (term.in_aliases || !NamesOffice(term.role, office.names.front(), aliases)) return false;
      bool starts_before_end =
          !term.from.IsKnown() || !office.to.IsKnown() || term.from <= office.to;
      bool ends_after_start =
          !term.to.IsKnown() || !office.from.IsKnown() || office.from <= term.to;
      return starts_before_end && ends_after_start;
    });
    if (same == offices->end()) {
      offices->push_back({office.names.front(), office.from, office.to, false, true});
      continue;
    }
    same->in_aliases = true;
    if (!same->from.IsKnown()) same->from = office.from;
    if (!same->to.IsKnown()) same->to = office.to;
  }
  std::stable_sort(offices->begin(), offices->end(),
                   [](const OfficeTerm& a, const OfficeTerm& b) { return a.from < b.from; });
}

}  // namespace

Timeline TimelineOf(const Store& store, const std::string& name, const TripleFilter& filter,
                    const RelationTraits& relations, const Aliases* aliases) {
  TripleFilter involving = filter;
  involving.entity = name;
  involving.other.clear();
  Timeline timeline;
  // Triples come by date: the events of one date are merged among
  // themselves (a map of the current date's keys, not of every event).
  Date current_date;
  std::unordered_map<std::string, size_t> today;  // event key -> place in events
  std::string key;
  SameRole same_role;
  store.LoadTripleKeys(involving, [&](const Triple& triple) {
    const Date& date = triple.evidence.date;
    if (date != current_date || timeline.events.empty()) {
      today.clear();
      current_date = date;
    }
    key.clear();
    for (const EntityRef* end : {&triple.subject, &triple.object}) {
      key += end->name;
      key += '\0';
      key += static_cast<char>('0' + static_cast<int>(end->type));
    }
    key += triple.relation.name();
    key += '\0';
    key += triple.role;
    auto [it, added] = today.try_emplace(key, timeline.events.size());
    if (added) {
      timeline.events.push_back(
          {date, triple.subject, triple.relation, triple.object, triple.role, 0});
    }
    ++timeline.events[it->second].items;
    if (triple.object.name != name) return;
    OfficeChange office = relations.OfficeChangeOf(triple.relation);
    if (office == OfficeChange::kBegins) Appoint(triple.role, date, same_role, &timeline.offices);
    if (office == OfficeChange::kEnds) Dismiss(triple.role, date, same_role, &timeline.offices);
  });
  if (aliases != nullptr) AddKnownOffices(name, *aliases, &timeline.offices);
  return timeline;
}

}  // namespace polgraph
