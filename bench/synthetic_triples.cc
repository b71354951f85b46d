#include "bench/synthetic_triples.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "bench/corpus_vocabulary.h"
#include "bench/rng.h"
#include "extract/relation_traits.h"

namespace polgraph::bench {
namespace {

constexpr int kTriplesPerItem = 10;

struct Names {
  std::vector<std::string_view> first, last;
};

// The distinct first names and surnames of the vocabulary's people.
Names NameParts() {
  std::set<std::string_view> first, last;
  for (auto names : {KazakhNames(), ForeignNames()}) {
    for (std::string_view name : names) {
      first.insert(name.substr(0, name.find(' ')));
      last.insert(name.substr(name.rfind(' ') + 1));
    }
  }
  return {{first.begin(), first.end()}, {last.begin(), last.end()}};
}

// People "First Last", then "First X. Last" for X = A, B, ... when more are needed.
std::string PersonName(const Names& parts, size_t j) {
  const size_t nf = parts.first.size(), nl = parts.last.size();
  std::string name(parts.first[j % nf]);
  const size_t round = j / (nf * nl);
  if (round > 0) {
    name += ' ';
    name += static_cast<char>('A' + (round - 1) % 26);
    name += '.';
  }
  name += ' ';
  name += parts.last[(j / nf) % nl];
  return name;
}

}  // namespace

class SyntheticTriples::Impl {
 public:
  Impl(uint64_t seed, size_t count) : rng_(seed) {
    for (const Country& c : Countries()) Add(std::string(c.name), EntityType::kCountry);
    for (const Country& c : Countries()) {
      for (std::string_view org : Organizations()) {
        if (entities_.size() >= count / 20) break;  // about 5% organizations
        Add(std::string(org) + " of " + std::string(c.name), EntityType::kOrganization);
      }
    }
    const Names parts = NameParts();
    for (size_t j = 0; entities_.size() < count; ++j) {
      Add(PersonName(parts, j), EntityType::kPerson);
    }
    // Shuffle so the most active entities are of every type.
    for (size_t i = entities_.size() - 1; i > 0; --i) {
      std::swap(entities_[i], entities_[rng_.Below(i + 1)]);
    }
  }

  void NextBatch(size_t count, std::vector<Item>* items, std::vector<Triple>* triples) {
    for (size_t i = 0; i < count; ++i) {
      items->push_back(NextItem());
      for (int t = 0; t < kTriplesPerItem; ++t) triples->push_back(NextTriple(items->back()));
    }
  }

  const std::string& name(size_t i) const { return entities_[i].name; }
  size_t entity_count() const { return entities_.size(); }

 private:
  void Add(std::string name, EntityType type) { entities_.push_back({std::move(name), type}); }

  Item NextItem() {
    Item item;
    ++position_;
    item.source = "synthetic";
    item.position = position_;
    item.line = position_;
    item.id = "synthetic-" + std::to_string(position_);
    item.date = *Date::FromYmd(static_cast<int>(rng_.Between(2005, 2026)),
                               static_cast<int>(rng_.Between(1, 12)),
                               static_cast<int>(rng_.Between(1, 28)));
    item.title = "Synthetic item " + std::to_string(position_);
    return item;
  }

  // Power law: index 0 is picked most; the top 1% of entities take ~20% of picks.
  const EntityRef& PickEntity() {
    const double u = static_cast<double>(rng_.Next() >> 11) / 9007199254740992.0;
    return entities_[static_cast<size_t>(std::pow(u, 3.0) * entities_.size())];
  }

  Triple NextTriple(const Item& item) {
    Triple triple;
    const uint64_t roll = rng_.Below(10);
    triple.relation = roll < 4   ? Relation::kMet
                      : roll < 8 ? Relation::kAnnounced
                      : roll < 9 ? Relation::kAppointed
                                 : Relation::kDismissed;
    const RelationTraits& relations = RelationTraits::Builtin();
    const bool appointment = relations.CarriesOffice(triple.relation);
    triple.subject = appointment && rng_.Percent(40) ? EntityRef::Unnamed() : PickEntity();
    if (!relations.IsSpeech(triple.relation) || rng_.Percent(70)) {
      do {
        triple.object = PickEntity();
      } while (triple.object == triple.subject);
    }
    if (appointment) triple.role = rng_.Pick(Offices());
    triple.evidence.source = item.source;
    triple.evidence.item = item.position;
    triple.evidence.item_id = item.id;
    triple.evidence.date = item.date;
    triple.evidence.sentence = triple.subject.name + " " + triple.relation.name() + " " +
                               triple.object.name + " in " + std::string(rng_.Pick(Places())) +
                               " to discuss " + std::string(rng_.Pick(Topics())) + ".";
    triple.evidence.rule = "synthetic." + triple.relation.name();
    return triple;
  }

  Rng rng_;
  std::vector<EntityRef> entities_;
  long position_ = 0;
};

SyntheticTriples::SyntheticTriples(uint64_t seed, size_t entities)
    : impl_(std::make_unique<Impl>(seed, entities)) {}
SyntheticTriples::~SyntheticTriples() = default;
void SyntheticTriples::NextBatch(size_t count, std::vector<Item>* items,
                                 std::vector<Triple>* triples) {
  impl_->NextBatch(count, items, triples);
}
const std::string& SyntheticTriples::name(size_t i) const { return impl_->name(i); }
size_t SyntheticTriples::entity_count() const { return impl_->entity_count(); }

}  // namespace polgraph::bench
