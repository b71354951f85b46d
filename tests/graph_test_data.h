// Test data for the graph layer's tests: a small political news week written
// as items and triples whose answers are known.
//
//   item a1 2024-01-10  Tokayev met Bektenov
//   item a2 2024-01-15  Tokayev met Bektenov; Tokayev met Erdoğan
//   item a3 2024-02-01  Bektenov met Sklyar; ? appointed Sklyar First Deputy Prime Minister
//   item a4 2024-03-05  Tokayev appointed Nurtleu Minister of Foreign Affairs;
//                       Nurtleu announced (Turkey)
//   item a5 2024-06-20  Tokayev dismissed Nurtleu Minister of Foreign Affairs;
//                       Erdoğan met Tokayev
//   item a6 (undated)   Ministry of Energy announced (nothing named)
//   item a7 2024-06-21  no triples
#pragma once

#include <string>
#include <vector>

#include "extract/triple.h"
#include "feed/item.h"
#include "tests/temp_dir.h"

namespace polgraph::testing {

inline const char* kTokayev = "Kassym-Jomart Tokayev";
inline const char* kBektenov = "Olzhas Bektenov";
inline const char* kErdogan = "Recep Tayyip Erdoğan";
inline const char* kSklyar = "Roman Sklyar";
inline const char* kNurtleu = "Murat Nurtleu";
inline const char* kTurkey = "Turkey";
inline const char* kEnergy = "Ministry of Energy";
inline const char* kForeignMinister = "Minister of Foreign Affairs";
inline const char* kFirstDeputy = "First Deputy Prime Minister";

inline Item MakeItem(const std::string& id, long position, const std::string& date,
                     const std::string& title) {
  Item item;
  item.source = "week.txt";
  item.position = position;
  item.line = position * 4 - 3;
  item.id = id;
  if (!date.empty()) item.date = *Date::ParseIso(date);
  item.title = title;
  item.paragraphs = {title + "."};
  return item;
}

inline EntityRef Person(const std::string& name) { return {name, EntityType::kPerson}; }

inline Triple MakeTriple(const Item& item, EntityRef subject, const Relation& relation,
                         EntityRef object, const std::string& role, const std::string& sentence,
                         const std::string& rule) {
  Triple triple{std::move(subject), relation, std::move(object), role, {}, {}};
  triple.evidence = {item.source, item.position, item.id,  item.date,     sentence,
                     rule,        item.title,    item.url, item.publisher};
  return triple;
}

struct Batch {
  std::vector<Item> items;
  std::vector<Triple> triples;
};

/// The week described at the top of this file.
inline Batch KnownWeek() {
  Batch batch;
  auto item = [&](const std::string& id, const std::string& date, const std::string& title) {
    batch.items.push_back(MakeItem(id, static_cast<long>(batch.items.size()) + 1, date, title));
    return batch.items.back();
  };
  auto add = [&](const Item& at, const EntityRef& s, const Relation& r, const EntityRef& o,
                 const std::string& role, const std::string& sentence) {
    batch.triples.push_back(MakeTriple(at, s, r, o, role, sentence, "test." + r.name()));
  };
  Item a1 = item("a1", "2024-01-10", "Tokayev receives the Prime Minister");
  add(a1, Person(kTokayev), Relation::kMet, Person(kBektenov), "",
      "Kassym-Jomart Tokayev received Prime Minister Olzhas Bektenov.");
  Item a2 = item("a2", "2024-01-15", "Tokayev holds talks with Erdoğan");
  add(a2, Person(kTokayev), Relation::kMet, Person(kBektenov), "",
      "Before the talks Tokayev met Olzhas Bektenov.");
  add(a2, Person(kTokayev), Relation::kMet, Person(kErdogan), "",
      "Kassym-Jomart Tokayev held talks with Recep Tayyip Erdoğan.");
  Item a3 = item("a3", "2024-02-01", "New First Deputy Prime Minister");
  add(a3, Person(kBektenov), Relation::kMet, Person(kSklyar), "",
      "Olzhas Bektenov met Roman Sklyar.");
  add(a3, EntityRef::Unnamed(), Relation::kAppointed, Person(kSklyar), kFirstDeputy,
      "Roman Sklyar was appointed First Deputy Prime Minister.");
  Item a4 = item("a4", "2024-03-05", "Nurtleu heads the Foreign Ministry");
  add(a4, Person(kTokayev), Relation::kAppointed, Person(kNurtleu), kForeignMinister,
      "Kassym-Jomart Tokayev appointed Murat Nurtleu Minister of Foreign Affairs.");
  add(a4, Person(kNurtleu), Relation::kAnnounced, {kTurkey, EntityType::kCountry}, "",
      "Murat Nurtleu said ties with Turkey would grow.");
  Item a5 = item("a5", "2024-06-20", "Erdoğan calls Tokayev");
  add(a5, Person(kTokayev), Relation::kDismissed, Person(kNurtleu), kForeignMinister,
      "Tokayev relieved Murat Nurtleu of his post as Minister of Foreign Affairs.");
  add(a5, Person(kErdogan), Relation::kMet, Person(kTokayev), "",
      "Recep Tayyip Erdoğan had a phone conversation with Kassym-Jomart Tokayev.");
  Item a6 = item("a6", "", "Energy ministry on the heating season");
  add(a6, {kEnergy, EntityType::kOrganization}, Relation::kAnnounced, {}, "",
      "The Ministry of Energy said the heating season starts on time.");
  item("a7", "2024-06-21", "Weather in Astana");
  return batch;
}

}  // namespace polgraph::testing
