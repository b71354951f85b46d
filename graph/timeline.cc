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
  /// The number of the office `role` names.
  uint32_t Of(const std::string& role) {
    auto it = by_role_.find(role);
    if (it != by_role_.end()) return it->second;
    const uint32_t id =
        by_folded_.try_emplace(FoldName(role), static_cast<uint32_t>(by_folded_.size()))
            .first->second;
    return by_role_.emplace(role, id).first->second;
  }

 private:
  std::unordered_map<std::string, uint32_t> by_role_, by_folded_;
};

// A timeline's terms from appointments and dismissals, with the office
// number of each.
struct Terms {
  std::vector<OfficeTerm>* offices;
  std::vector<uint32_t> ids;  // by term
};

// The events of the current date, at the end of the timeline's events,
// found again by what makes an event (ends, relation, role) without building
// a key: a few a day are compared one by one; a busy day (or the undated
// triples) gets an index by hash.
class SameDayEvents {
 public:
  static constexpr size_t kNone = SIZE_MAX;

  /// Starts a new date whose first event will be at `first`.
  void Clear(size_t first) {
    first_ = first;
    hashes_.clear();
    by_hash_.clear();
  }

  /// The place of the event `triple` belongs to among today's, or kNone.
  size_t Find(const std::vector<TimelineEvent>& events, const Triple& triple) {
    const size_t hash = HashOf(triple.subject, triple.relation, triple.object, triple.role);
    last_hash_ = hash;
    if (hashes_.size() <= kScanned) {
      for (size_t i = 0; i < hashes_.size(); ++i)
        if (hashes_[i] == hash && Same(events[first_ + i], triple)) return first_ + i;
      return kNone;
    }
    auto [from, to] = by_hash_.equal_range(hash);
    for (auto it = from; it != to; ++it)
      if (Same(events[it->second], triple)) return it->second;
    return kNone;
  }

  /// Notes the event just added (the last one) for the triple last asked of Find.
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

  static size_t HashOf(const EntityRef& subject, const Relation& relation, const EntityRef& object,
                       const std::string& role) {
    std::hash<std::string_view> hash;
    size_t h = hash(subject.name);
    auto mix = [&h](size_t value) { h ^= value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    mix(hash(object.name));
    mix(hash(relation.name()));
    mix(hash(role));
    mix(static_cast<size_t>(subject.type) * 64 + static_cast<size_t>(object.type));
    return h;
  }
  static bool Same(const TimelineEvent& event, const Triple& triple) {
    return event.subject == triple.subject && event.object == triple.object &&
           event.relation == triple.relation && event.role == triple.role;
  }

  size_t first_ = 0;
  size_t last_hash_ = 0;
  std::vector<size_t> hashes_;                       // of today's events, in order
  std::unordered_multimap<size_t, size_t> by_hash_;  // once today has more than kScanned
};

// An appointment opens a term, unless the same office is already open.
void Appoint(const std::string& role, uint32_t id, Date date, Terms* terms) {
  std::vector<OfficeTerm>& offices = *terms->offices;
  for (size_t i = 0; i < offices.size(); ++i) {
    if (!offices[i].to.IsKnown() && terms->ids[i] == id) return;
  }
  offices.push_back({role, date, Date()});
  terms->ids.push_back(id);
}

// A dismissal closes the latest open term of the office (of any office when
// the role is not named); with none open, it records a term that ended.
void Dismiss(const std::string& role, uint32_t id, Date date, Terms* terms) {
  std::vector<OfficeTerm>& offices = *terms->offices;
  for (size_t i = offices.size(); i-- > 0;) {
    OfficeTerm& term = offices[i];
    const bool same = role.empty() || terms->ids[i] == id;
    if (term.to.IsKnown() && term.to == date && same) return;  // the same dismissal, reported again
    if (!term.to.IsKnown() && same) {
      term.to = date.IsKnown() ? date : term.to;
      return;
    }
  }
  offices.push_back({role, Date(), date});
  terms->ids.push_back(id);
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
  // themselves (SameDayEvents), not with every event.
  Date current_date;
  SameDayEvents today;
  OfficeIds office_ids;
  Terms terms{&timeline.offices, {}};
  store.LoadTripleKeys(involving, [&](const Triple& triple) {
    const Date& date = triple.evidence.date;
    if (date != current_date || timeline.events.empty()) {
      today.Clear(timeline.events.size());
      current_date = date;
    }
    size_t place = today.Find(timeline.events, triple);
    if (place == SameDayEvents::kNone) {
      place = timeline.events.size();
      timeline.events.push_back(
          {date, triple.subject, triple.relation, triple.object, triple.role, 0});
      today.Added(timeline.events);
    }
    ++timeline.events[place].items;
    if (triple.object.name != name) return;
    OfficeChange office = relations.OfficeChangeOf(triple.relation);
    if (office == OfficeChange::kBegins)
      Appoint(triple.role, office_ids.Of(triple.role), date, &terms);
    if (office == OfficeChange::kEnds)
      Dismiss(triple.role, office_ids.Of(triple.role), date, &terms);
  });
  if (aliases != nullptr) AddKnownOffices(name, *aliases, &timeline.offices);
  return timeline;
}

}  // namespace polgraph
