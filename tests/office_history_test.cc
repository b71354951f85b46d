// Who held an office (graph/office_history.h) and the offices a timeline
// shows: stored appointments and dismissals give terms with their events,
// the aliases' terms are merged in, and a role names the office when it
// folds alike or the aliases call both names one office.
#include "graph/office_history.h"

#include <catch2/catch.hpp>

#include "graph/queries.h"
#include "tests/graph_test_data.h"
#include "tests/store_backends.h"

namespace polgraph {
namespace {

using testing::Backend;
using testing::MakeItem;
using testing::MakeTriple;
using testing::Person;
using testing::StoreLocation;

constexpr const char* kAliases = R"({
  "entities": [{"name": "Marta Lind", "type": "person", "aliases": ["Lind"]},
               {"name": "Jonas Berg", "type": "person"}],
  "offices": [{"names": ["Governor of the Central Bank", "Central Bank Governor"],
               "country": "Freedonia",
               "holders": [{"name": "Jonas Berg", "from": "2015-01-01", "to": "2021-06-30"},
                           {"name": "Marta Lind", "from": "2021-07-01"}]}]
})";

Aliases TestAliases() {
  Aliases aliases;
  aliases.Load(kAliases, "central-bank.json");
  return aliases;
}

// Marta Lind appointed in 2021 (known to the aliases too), Piet Vos appointed
// in 2019 and dismissed in 2020 (news only), and a met triple that is no change.
std::unique_ptr<Store> History(const StoreLocation& where) {
  auto store = where.Open(StoreMode::kWrite);
  Item a = MakeItem("c1", 1, "2019-03-01", "New governor");
  Item b = MakeItem("c2", 2, "2020-11-20", "Governor leaves");
  Item c = MakeItem("c3", 3, "2021-07-01", "Lind takes over");
  store->AddBatch(
      {a, b, c},
      {MakeTriple(a, Person("Karl Ode"), Relation::kAppointed, Person("Piet Vos"),
                  "governor of the central bank", "Ode appointed Vos governor.", "appointed.x"),
       MakeTriple(b, EntityRef::Unnamed(), Relation::kDismissed, Person("Piet Vos"),
                  "Central Bank Governor", "Vos was dismissed.", "dismissed.x"),
       MakeTriple(c, EntityRef::Unnamed(), Relation::kAppointed, Person("Marta Lind"),
                  "Central Bank Governor", "Lind was appointed.", "appointed.y"),
       MakeTriple(c, Person("Marta Lind"), Relation::kMet, Person("Karl Ode"), "", "Lind met Ode.",
                  "met.x")});
  return store;
}

}  // namespace

TEST_CASE("office history merges stored changes with the aliases' holders", "[office]") {
  StoreLocation where(Backend::kSqlite);
  auto store = History(where);
  std::vector<OfficeHolding> holders = OfficeHistory(*store, "Governor of the Central Bank",
                                                     TestAliases(), {}, RelationTraits::Builtin());
  REQUIRE(holders.size() == 3);
  CHECK(holders[0].holder == "Jonas Berg");
  CHECK(holders[0].in_aliases);
  CHECK(holders[0].events.empty());
  CHECK(holders[1].holder == "Piet Vos");
  CHECK_FALSE(holders[1].in_aliases);
  CHECK(holders[1].from.ToIso() == "2019-03-01");
  CHECK(holders[1].to.ToIso() == "2020-11-20");
  REQUIRE(holders[1].events.size() == 2);
  CHECK(holders[1].events[1].relation == Relation::kDismissed);
  CHECK(holders[2].holder == "Marta Lind");
  CHECK(holders[2].in_aliases);
  CHECK_FALSE(holders[2].to.IsKnown());
  REQUIRE(holders[2].events.size() == 1);
  CHECK(holders[2].events[0].evidence.sentence == "Lind was appointed.");
}

TEST_CASE("office history of an office no one names is empty", "[office]") {
  StoreLocation where(Backend::kSqlite);
  auto store = History(where);
  CHECK(OfficeHistory(*store, "Minister of Fisheries", TestAliases(), {}, RelationTraits::Builtin())
            .empty());
}

TEST_CASE("a timeline shows the offices the aliases know", "[office][timeline]") {
  StoreLocation where(Backend::kSqlite);
  auto store = History(where);
  Aliases aliases = TestAliases();
  Timeline berg = TimelineOf(*store, "Jonas Berg", {}, RelationTraits::Builtin(), &aliases);
  REQUIRE(berg.offices.size() == 1);  // no stored triple names Berg: the aliases alone
  CHECK(berg.offices[0].role == "Governor of the Central Bank");
  CHECK(berg.offices[0].to.ToIso() == "2021-06-30");
  CHECK_FALSE(berg.offices[0].in_news);

  Timeline lind = TimelineOf(*store, "Marta Lind", {}, RelationTraits::Builtin(), &aliases);
  REQUIRE(lind.offices.size() == 1);  // the stored appointment is the aliases' term
  CHECK(lind.offices[0].in_news);
  CHECK(lind.offices[0].in_aliases);
  CHECK(lind.offices[0].role == "Central Bank Governor");

  Timeline without = TimelineOf(*store, "Jonas Berg", {}, RelationTraits::Builtin());
  CHECK(without.offices.empty());
}

}  // namespace polgraph
