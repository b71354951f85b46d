// TimelineOf(): the dated events of one entity and the offices it held
// (declared in queries.h).
#include <map>
#include <tuple>

#include "graph/name_folding.h"
#include "graph/queries.h"

namespace polgraph {
namespace {

bool SameRole(const std::string& a, const std::string& b) { return FoldName(a) == FoldName(b); }

// An appointment opens a term, unless the same office is already open.
void Appoint(const std::string& role, Date date, std::vector<OfficeTerm>* offices) {
  for (const OfficeTerm& term : *offices) {
    if (!term.to.IsKnown() && SameRole(term.role, role)) return;
  }
  offices->push_back({role, date, Date()});
}

// A dismissal closes the latest open term of the office (of any office when
// the role is not named); with none open, it records a term that ended.
void Dismiss(const std::string& role, Date date, std::vector<OfficeTerm>* offices) {
  for (auto term = offices->rbegin(); term != offices->rend(); ++term) {
    if (term->to.IsKnown() && term->to == date && (role.empty() || SameRole(term->role, role))) {
      return;  // the same dismissal, reported again
    }
    if (!term->to.IsKnown() && (role.empty() || SameRole(term->role, role))) {
      term->to = date.IsKnown() ? date : term->to;
      return;
    }
  }
  offices->push_back({role, Date(), date});
}

}  // namespace

Timeline TimelineOf(const Store& store, const std::string& name, const TripleFilter& filter,
                    const RelationTraits& relations) {
  TripleFilter involving = filter;
  involving.entity = name;
  involving.other.clear();
  Timeline timeline;
  std::map<std::tuple<Date, EntityRef, std::string, EntityRef, std::string>, size_t> seen;
  store.LoadTriples(involving, [&](const Triple& triple) {
    const Date& date = triple.evidence.date;
    auto key =
        std::make_tuple(date, triple.subject, triple.relation.name(), triple.object, triple.role);
    auto [it, added] = seen.try_emplace(key, timeline.events.size());
    if (added) {
      timeline.events.push_back(
          {date, triple.subject, triple.relation, triple.object, triple.role, 0});
    }
    ++timeline.events[it->second].items;
    if (triple.object.name != name) return;
    OfficeChange office = relations.OfficeChangeOf(triple.relation);
    if (office == OfficeChange::kBegins) Appoint(triple.role, date, &timeline.offices);
    if (office == OfficeChange::kEnds) Dismiss(triple.role, date, &timeline.offices);
  });
  return timeline;
}

}  // namespace polgraph
