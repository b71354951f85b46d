#include "graph/office_history.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "graph/name_folding.h"

namespace polgraph {
namespace {

bool Covers(const OfficeHolding& term, Date date) {
  if (!date.IsKnown()) return true;
  bool started = !term.from.IsKnown() || term.from <= date;
  bool not_ended = !term.to.IsKnown() || date <= term.to;
  return started && not_ended;
}

// The terms one holder's appointments and dismissals (in date order) give:
// an appointment opens a term unless one is open; a dismissal closes the
// open term, or records a term that ended.
std::vector<OfficeHolding> TermsOf(const std::string& holder, const std::vector<Triple>& changes,
                                   const RelationTraits& relations) {
  std::vector<OfficeHolding> terms;
  for (const Triple& change : changes) {
    const Date& date = change.evidence.date;
    OfficeHolding* open = terms.empty() || terms.back().to.IsKnown() ? nullptr : &terms.back();
    if (relations.OfficeChangeOf(change.relation) == OfficeChange::kBegins) {
      if (open == nullptr) terms.push_back({holder, change.role, date, Date(), false, {}});
    } else if (open != nullptr) {
      open->to = date.IsKnown() ? date : open->to;
    } else if (terms.empty() || terms.back().to != date) {
      terms.push_back({holder, change.role, Date(), date, false, {}});
    }
    terms.back().events.push_back(change);
  }
  return terms;
}

// Puts `term` into an aliases term of the same holder covering its start,
// else adds it.
void Merge(OfficeHolding term, std::vector<OfficeHolding>* holdings) {
  for (OfficeHolding& known : *holdings) {
    if (!known.in_aliases || known.holder != term.holder || !Covers(known, term.from)) continue;
    if (!known.from.IsKnown()) known.from = term.from;
    if (!known.to.IsKnown() && term.to.IsKnown() && known.from <= term.to) known.to = term.to;
    for (Triple& event : term.events) known.events.push_back(std::move(event));
    return;
  }
  holdings->push_back(std::move(term));
}

}  // namespace

bool NamesOffice(std::string_view role, std::string_view office, const Aliases& aliases) {
  return FoldName(role) == FoldName(office) || aliases.SameOffice(role, office);
}

std::vector<OfficeHolding> OfficeHistory(const Store& store, std::string_view office,
                                         const Aliases& aliases, const TripleFilter& filter,
                                         const RelationTraits& relations) {
  std::vector<OfficeHolding> holdings;
  for (const Aliases::Office* known : aliases.OfficesNamed(office)) {
    holdings.push_back({known->holder, known->names.front(), known->from, known->to, true, {}});
  }
  TripleFilter all = filter;
  all.entity.clear();
  all.other.clear();
  std::map<std::string, std::vector<Triple>> changes;  // by holder, in date order
  store.LoadTriples(all, [&](const Triple& triple) {
    if (!relations.CarriesOffice(triple.relation) || triple.object.empty()) return;
    if (!NamesOffice(triple.role, office, aliases)) return;
    changes[triple.object.name].push_back(triple);
  });
  for (const auto& [holder, triples] : changes) {
    for (OfficeHolding& term : TermsOf(holder, triples, relations))
      Merge(std::move(term), &holdings);
  }
  std::stable_sort(holdings.begin(), holdings.end(),
                   [](const OfficeHolding& a, const OfficeHolding& b) {
                     return std::tie(a.from, a.holder) < std::tie(b.from, b.holder);
                   });
  return holdings;
}

}  // namespace polgraph
