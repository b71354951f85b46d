// TimelineOf(): the dated events of one entity and the offices it held
// (declared in queries.h).
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "graph/name_folding.h"
#include "graph/office_history.h"
#include "graph/queries.h"

namespace polgraph {
namespace {

// The offices a timeline's terms are of, as numbers: two roles name the same
// office when they fold alike (FoldName), and each distinct role is folded
// once. A busy entity's timeline compares thousands of terms.
class OfficeIds {
 public:
  /// `roles`: the roles the rows name by place.
  explicit OfficeIds(const std::vector<std::string>& roles)
      : roles_(roles), ids_(roles.size(), kUnknown) {}

  /// The number of the office the role at place `role` names.
  uint32_t Of(uint32_t role) {
    if (ids_[role] == kUnknown) {
      ids_[role] =
          by_folded_.try_emplace(FoldName(roles_[role]), static_cast<uint32_t>(by_folded_.size()))
              .first->second;
    }
    return ids_[role];
  }

 private:
  static constexpr uint32_t kUnknown = UINT32_MAX;
  const std::vector<std::string>& roles_;
  std::vector<uint32_t> ids_;  // by role place
  std::unordered_map<std::string, uint32_t> by_folded_;
};

// A timeline's terms from appointments and dismissals, and each office's
// terms in order: an appointment or a dismissal that names its office looks
// at that office's terms only (a hub's thousands of terms, not all of them
// each time).
struct Terms {
  std::vector<OfficeTerm>* offices;
  std::vector<std::vector<size_t>> by_office;  // by office id: indexes into offices

  std::vector<size_t>& Of(uint32_t id) {
    if (by_office.size() <= id) by_office.resize(id + 1);
    return by_office[id];
  }
  void Add(OfficeTerm term, uint32_t id) {
    Of(id).push_back(offices->size());
    offices->push_back(std::move(term));
  }
};

// The events of the current date, at the end of the timeline's events,
// found again by what makes an event (ends, relation, role): a few a day
// are compared one by one; a busy day (or the undated triples) gets an
// index by hash.
class SameDayEvents {
 public:
  static constexpr size_t kNone = SIZE_MAX;

  /// Starts a new date whose first event will be at `first`.
  void Clear(size_t first) {
    first_ = first;
    hashes_.clear();
    by_hash_.clear();
  }

  /// The place of the event `row` belongs to among today's, or kNone.
  size_t Find(const std::vector<TimelineEvent>& events, const TripleRows::Row& row) {
    const size_t hash = HashOf(row);
    last_hash_ = hash;
    if (hashes_.size() <= kScanned) {
      for (size_t i = 0; i < hashes_.size(); ++i)
        if (hashes_[i] == hash && Same(events[first_ + i], row)) return first_ + i;
      return kNone;
    }
    auto [from, to] = by_hash_.equal_range(hash);
    for (auto it = from; it != to; ++it)
      if (Same(events[it->second], row)) return it->second;
    return kNone;
  }

  /// Notes the event just added (the last one) for the row last asked of Find.
  void Added(const std::vector<TimelineEvent>& events) {
    const size_t place = events.size() - 1;
    hashes_.push_back(last_hash_);
    if (hashes_.size() == kScanned + 1) {
      for (size_t i = 0; i < hashes_.size(); ++i) by_hash_.emplace(hashes_[i], first_ + i);
    } else if (hashes_.size() > kScanned + 1) {
      by_hash_.emplace(last_hash_, place);
    }
  }

 private:
  static constexpr size_t kScanned = 32;  // events compared one by one

  static size_t HashOf(const TripleRows::Row& row) {
    const uint64_t ends = uint64_t{row.subject} << 32 | row.object;
    const uint64_t what = uint64_t{row.relation} << 32 | row.role;
    return std::hash<uint64_t>()(ends * 0x9e3779b97f4a7c15ULL ^ (what + 0x632be59bd9b4e019ULL));
  }
  static bool Same(const TimelineEvent& event, const TripleRows::Row& row) {
    return event.subject == row.subject && event.object == row.object &&
           event.relation == row.relation && event.role == row.role;
  }

  size_t first_ = 0;
  size_t last_hash_ = 0;
  std::vector<size_t> hashes_;                       // of today's events, in order
  std::unordered_multimap<size_t, size_t> by_hash_;  // once today has more than kScanned
};

// An appointment opens a term, unless the same office is already open.
void Appoint(const std::string& role, uint32_t id, Date date, Terms* terms) {
  for (size_t i : terms->Of(id))
    if (!(*terms->offices)[i].to.IsKnown()) return;
  terms->Add({role, date, Date()}, id);
}

// A dismissal closes the latest open term of the office (of any office when
// the role is not named); with none open, it records a term that ended.
void Dismiss(const std::string& role, uint32_t id, Date date, Terms* terms) {
  std::vector<OfficeTerm>& offices = *terms->offices;
  // Whether term i settles the dismissal: the same one reported again, or
  // the open term it closes.
  auto settles = [&](size_t i) {
    OfficeTerm& term = offices[i];
    if (term.to.IsKnown()) return term.to == date;
    term.to = date.IsKnown() ? date : term.to;
    return true;
  };
  if (role.empty()) {  // any office's
    for (size_t i = offices.size(); i-- > 0;)
      if (settles(i)) return;
  } else {
    const std::vector<size_t>& same = terms->Of(id);
    for (size_t k = same.size(); k-- > 0;)
      if (settles(same[k])) return;
  }
  terms->Add({role, Date(), date}, id);
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
  TripleRows triples = store.LoadTripleRows(involving);
  std::vector<OfficeChange> changes;  // by relation place
  for (const Relation& relation : triples.relations)
    changes.push_back(relations.OfficeChangeOf(relation));
  std::vector<char> is_name(triples.ends.size());  // by end place
  for (size_t i = 0; i < triples.ends.size(); ++i) is_name[i] = triples.ends[i].name == name;
  Timeline timeline;
  timeline.events.reserve(triples.rows.size());  // at most one each: no copy as it grows
  // Rows come by date: the events of one date are merged among themselves
  // (SameDayEvents), not with every event.
  Date current_date;
  SameDayEvents today;
  OfficeIds office_ids(triples.roles);
  Terms terms{&timeline.offices, {}};
  for (const TripleRows::Row& row : triples.rows) {
    if (row.date != current_date || timeline.events.empty()) {
      today.Clear(timeline.events.size());
      current_date = row.date;
    }
    size_t place = today.Find(timeline.events, row);
    if (place == SameDayEvents::kNone) {
      place = timeline.events.size();
      timeline.events.push_back({row.date, row.subject, row.object, row.relation, row.role, 0});
      today.Added(timeline.events);
    }
    ++timeline.events[place].items;
    if (!is_name[row.object]) continue;
    const OfficeChange office = changes[row.relation];
    const std::string& role = triples.roles[row.role];
    if (office == OfficeChange::kBegins) Appoint(role, office_ids.Of(row.role), row.date, &terms);
    if (office == OfficeChange::kEnds) Dismiss(role, office_ids.Of(row.role), row.date, &terms);
  }
  timeline.ends = std::move(triples.ends);
  timeline.relations = std::move(triples.relations);
  timeline.roles = std::move(triples.roles);
  if (aliases != nullptr) AddKnownOffices(name, *aliases, &timeline.offices);
  return timeline;
}

}  // namespace polgraph
