// TimelineOf merges the triples of one date that tell the same event (same
// ends, relation and role) into one event counting its items, whether the
// date has a few events or many (a busy day is indexed differently).
#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "graph/queries.h"
#include "graph/sqlite_store.h"
#include "tests/graph_test_data.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using namespace testing;  // NOLINT(google-build-using-namespace)

std::string GuestName(int i) {
  static const char* kFirst[] = {"Aliya", "Berik", "Dana", "Erlan", "Gulnara"};
  static const char* kLast[] = {"Abenov",   "Baimukhanov", "Dosanov",  "Issayev",
                                "Karimova", "Mukanov",     "Nurlanov", "Omarova"};
  return std::string(kFirst[i % 5]) + " " + kLast[i / 5];
}

// "date subject relation object [role]" -> items, for every event.
std::map<std::string, long> EventsOf(const Timeline& timeline) {
  std::map<std::string, long> events;
  for (const TimelineEvent& e : timeline.events) {
    std::string key = e.date.ToIso() + " " + timeline.subject(e).name + " " +
                      timeline.relation(e).name() + " " + timeline.object(e).name + " [" +
                      timeline.role(e) + "]";
    CHECK(events.count(key) == 0);  // each event once
    events[key] = e.items;
  }
  return events;
}

void CheckBusyDay(int guests) {
  TempDir dir;
  SqliteStore store(dir.File("day.db"), StoreMode::kWrite);
  const std::string host = "Saule Temirkhanova";
  Item a = MakeItem("day-a", 1, "2025-05-12", "Forum opens");
  Item b = MakeItem("day-b", 2, "2025-05-12", "Forum, second report");
  Item c = MakeItem("day-c", 3, "2025-05-12", "Forum, late news");
  Item d = MakeItem("day-d", 4, "2025-05-13", "Forum closes");
  std::vector<Triple> triples;
  auto add = [&](const Item& item, EntityRef s, const Relation& r, EntityRef o,
                 const std::string& role) {
    triples.push_back(MakeTriple(item, std::move(s), r, std::move(o), role, "s", "r"));
  };
  for (int i = 0; i < guests; ++i) add(a, Person(host), Relation::kMet, Person(GuestName(i)), "");
  for (int i = 0; i < guests / 2; ++i)
    add(b, Person(host), Relation::kMet, Person(GuestName(i)), "");
  add(b, Person(GuestName(1)), Relation::kMet, Person(host), "");  // the other way: its own event
  add(c, Person(host), Relation::kMet, Person(GuestName(0)), "");
  add(c, Person(host), Relation::kAppointed, Person(GuestName(2)), "Adviser");
  add(c, Person(host), Relation::kAppointed, Person(GuestName(2)), "Press Secretary");
  add(d, Person(host), Relation::kMet, Person(GuestName(0)), "");  // the next day: not merged
  store.AddBatch({a, b, c, d}, triples);

  std::map<std::string, long> events = EventsOf(TimelineOf(store, host, {}));
  CHECK(events.size() == static_cast<size_t>(guests) + 4);
  const std::string day = "2025-05-12 ";
  for (int i = 0; i < guests; ++i) {
    long expected = i == 0 ? 3 : i < guests / 2 ? 2 : 1;
    CHECK(events[day + host + " met " + GuestName(i) + " []"] == expected);
  }
  CHECK(events[day + GuestName(1) + " met " + host + " []"] == 1);
  CHECK(events[day + host + " appointed " + GuestName(2) + " [Adviser]"] == 1);
  CHECK(events[day + host + " appointed " + GuestName(2) + " [Press Secretary]"] == 1);
  CHECK(events["2025-05-13 " + host + " met " + GuestName(0) + " []"] == 1);
}

TEST_CASE("timeline merges the reports of an event on a quiet day", "[queries][timeline]") {
  CheckBusyDay(6);
}

TEST_CASE("timeline merges the reports of an event on a busy day", "[queries][timeline]") {
  CheckBusyDay(40);
}

}  // namespace
}  // namespace polgraph
