// Queries: each answer on a store of known triples (tests/graph_test_data.h),
// name resolution with suggestions, and an empty store.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include "base/error.h"
#include "extract/extractor.h"
#include "feed/feed_reader.h"
#include "graph/graph_builder.h"
#include "graph/queries.h"
#include "graph/sqlite_store.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using namespace polgraph::testing;

// The known week in a store, and its whole network.
struct KnownNetwork {
  TempDir dir;
  SqliteStore store{dir.File("g.db"), StoreMode::kWrite};
  KnowledgeGraph graph;

  KnownNetwork() {
    Batch week = KnownWeek();
    store.AddBatch(week.items, week.triples);
    graph = BuildKnowledgeGraph(store, {});
  }
  EntityId Id(const std::string& name) const { return *graph.Find(name); }
  const std::string& Name(EntityId id) const { return graph.entity(id).name; }
};

std::string Row(const KnowledgeGraph& g, const MetPair& p) {
  return g.entity(p.a).name + " & " + g.entity(p.b).name + " x" + std::to_string(p.count) + " " +
         p.first.ToIso() + ".." + p.last.ToIso();
}

TEST_CASE("met lists each pair once, most meetings first", "[queries]") {
  KnownNetwork net;
  std::vector<std::string> rows;
  for (const MetPair& pair : Met(net.graph)) rows.push_back(Row(net.graph, pair));
  CHECK(rows == std::vector<std::string>{
                    "Kassym-Jomart Tokayev & Olzhas Bektenov x2 2024-01-10..2024-01-15",
                    "Kassym-Jomart Tokayev & Recep Tayyip Erdoğan x2 2024-01-15..2024-06-20",
                    "Olzhas Bektenov & Roman Sklyar x1 2024-02-01..2024-02-01",
                });
}

TEST_CASE("met with a name lists its counterparts", "[queries]") {
  KnownNetwork net;
  auto [who, expected] = GENERATE(table<std::string, std::vector<std::string>>({
      {kErdogan, {"Recep Tayyip Erdoğan & Kassym-Jomart Tokayev x2 2024-01-15..2024-06-20"}},
      {kBektenov,
       {"Olzhas Bektenov & Kassym-Jomart Tokayev x2 2024-01-10..2024-01-15",
        "Olzhas Bektenov & Roman Sklyar x1 2024-02-01..2024-02-01"}},
      {kTurkey, {}},
  }));
  CAPTURE(who);
  std::vector<std::string> rows;
  for (const MetPair& pair : Met(net.graph, net.Id(who))) rows.push_back(Row(net.graph, pair));
  CHECK(rows == expected);
}

TEST_CASE("neighbors are found breadth first up to the depth", "[queries]") {
  KnownNetwork net;
  auto [depth, expected] = GENERATE(table<int, std::vector<std::string>>({
      {1,
       {"1 Murat Nurtleu via Kassym-Jomart Tokayev", "1 Olzhas Bektenov via Kassym-Jomart Tokayev",
        "1 Recep Tayyip Erdoğan via Kassym-Jomart Tokayev"}},
      {2,
       {"1 Murat Nurtleu via Kassym-Jomart Tokayev", "1 Olzhas Bektenov via Kassym-Jomart Tokayev",
        "1 Recep Tayyip Erdoğan via Kassym-Jomart Tokayev", "2 Roman Sklyar via Olzhas Bektenov",
        "2 Turkey via Murat Nurtleu"}},
  }));
  CAPTURE(depth);
  std::vector<std::string> rows;
  for (const Neighbor& n : Neighbors(net.graph, net.Id(kTokayev), depth)) {
    rows.push_back(std::to_string(n.distance) + " " + net.Name(n.entity) + " via " +
                   net.Name(n.via));
  }
  CHECK(rows == expected);
  // The links to Nurtleu are both the appointment and the dismissal.
  Neighbor nurtleu = Neighbors(net.graph, net.Id(kTokayev), 1).front();
  CHECK(nurtleu.edges.size() == 2);
  CHECK(Neighbors(net.graph, net.Id(kEnergy), 3).empty());
}

TEST_CASE("path is a shortest chain, each step with its edge", "[queries]") {
  KnownNetwork net;
  std::optional<std::vector<PathStep>> path =
      ShortestPath(net.graph, net.Id(kErdogan), net.Id(kSklyar));
  REQUIRE(path.has_value());
  std::vector<std::string> steps;
  for (const PathStep& step : *path) {
    const Edge& edge = net.graph.edge(step.edge);
    steps.push_back(net.Name(step.from) + " -> " + net.Name(step.to) + ": " +
                    net.Name(edge.subject) + " " + edge.relation.name() + " " +
                    net.Name(edge.object) + " " + edge.last.ToIso());
  }
  CHECK(steps == std::vector<std::string>{
                     "Recep Tayyip Erdoğan -> Kassym-Jomart Tokayev: Kassym-Jomart Tokayev met "
                     "Recep Tayyip Erdoğan 2024-01-15",
                     "Kassym-Jomart Tokayev -> Olzhas Bektenov: Kassym-Jomart Tokayev met Olzhas "
                     "Bektenov 2024-01-15",
                     "Olzhas Bektenov -> Roman Sklyar: Olzhas Bektenov met Roman Sklyar 2024-02-01",
                 });
  CHECK(ShortestPath(net.graph, net.Id(kTokayev), net.Id(kTokayev))->empty());
  CHECK_FALSE(ShortestPath(net.graph, net.Id(kTokayev), net.Id(kEnergy)).has_value());
}

TEST_CASE("top ranks by degree and betweenness", "[queries]") {
  KnownNetwork net;
  auto [by, expected] = GENERATE(table<std::string, std::vector<std::string>>({
      {"degree",
       {"Kassym-Jomart Tokayev 3", "Murat Nurtleu 2", "Olzhas Bektenov 2",
        "Recep Tayyip Erdoğan 1"}},
      // Tokayev lies between 8 pairs; Nurtleu and Bektenov between 4 each;
      // of those between none, names first.
      {"betweenness",
       {"Kassym-Jomart Tokayev 8", "Murat Nurtleu 4", "Olzhas Bektenov 4", "Ministry of Energy 0"}},
  }));
  CAPTURE(by);
  std::vector<std::string> rows;
  for (const Ranked& r : Top(net.graph, *ParseCentrality(by), 4)) {
    rows.push_back(net.Name(r.entity) + " " + std::to_string(std::lround(r.score)));
  }
  CHECK(rows == expected);
}

TEST_CASE("pagerank of a star of meetings matches the closed form", "[queries]") {
  // Centre c and three leaves x: c = 0.15/4 + 0.85 * 3x, x = 0.15/4 + 0.85 * c/3.
  KnowledgeGraph star;
  EntityId centre = star.AddEntity({"Akorda", EntityType::kOrganization, {}, 3});
  for (std::string leaf : {"Ainur Ospanova", "Bolat Zhakenov", "Daniyar Serikov"}) {
    Edge edge;
    edge.subject = star.AddEntity({leaf, EntityType::kPerson, {}, 1});
    edge.object = centre;
    edge.relation = Relation::kMet;
    edge.count = 2;
    star.AddEdge(edge);
  }
  std::vector<Ranked> ranked = Top(star, Centrality::kPageRank, 10);
  REQUIRE(ranked.size() == 4);
  CHECK(ranked[0].entity == centre);
  CHECK(ranked[0].score == Approx(0.133125 / 0.2775).epsilon(1e-6));
  double sum = 0;
  for (const Ranked& r : ranked) sum += r.score;
  CHECK(sum == Approx(1.0));
  CHECK(star.entity(ranked[1].entity).name == "Ainur Ospanova");  // ties by name
}

TEST_CASE("pagerank ranks the hub of the known week first", "[queries]") {
  KnownNetwork net;
  std::vector<Ranked> ranked = Top(net.graph, Centrality::kPageRank, 2);
  REQUIRE(ranked.size() == 2);
  CHECK(net.Name(ranked[0].entity) == kTokayev);
  CHECK_FALSE(ParseCentrality("closeness").has_value());
}

TEST_CASE("timeline lists dated events and offices held", "[queries]") {
  KnownNetwork net;
  Timeline nurtleu = TimelineOf(net.store, kNurtleu, {});
  std::vector<std::string> events;
  for (const TimelineEvent& e : nurtleu.events) {
    events.push_back(e.date.ToIso() + " " + nurtleu.subject(e).name + " " +
                     nurtleu.relation(e).name() + " " + nurtleu.object(e).name + " [" +
                     nurtleu.role(e) + "] x" + std::to_string(e.items));
  }
  CHECK(events == std::vector<std::string>{
                      "2024-03-05 Kassym-Jomart Tokayev appointed Murat Nurtleu [Minister of "
                      "Foreign Affairs] x1",
                      "2024-03-05 Murat Nurtleu announced Turkey [] x1",
                      "2024-06-20 Kassym-Jomart Tokayev dismissed Murat Nurtleu [Minister of "
                      "Foreign Affairs] x1",
                  });
  REQUIRE(nurtleu.offices.size() == 1);
  CHECK(nurtleu.offices[0].role == kForeignMinister);
  CHECK(nurtleu.offices[0].from.ToIso() == "2024-03-05");
  CHECK(nurtleu.offices[0].to.ToIso() == "2024-06-20");

  Timeline sklyar = TimelineOf(net.store, kSklyar, {});
  REQUIRE(sklyar.offices.size() == 1);
  CHECK(sklyar.offices[0].role == kFirstDeputy);
  CHECK(sklyar.offices[0].from.ToIso() == "2024-02-01");
  CHECK_FALSE(sklyar.offices[0].to.IsKnown());
  CHECK(sklyar.events.size() == 2);
  CHECK(sklyar.subject(sklyar.events[1]).IsUnnamed());

  TripleFilter until;
  until.until = *Date::ParseIso("2024-04-01");
  Timeline early = TimelineOf(net.store, kNurtleu, until);
  CHECK(early.events.size() == 2);
  CHECK_FALSE(early.offices.at(0).to.IsKnown());
}

TEST_CASE("timeline closes an office on a dismissal reported twice only once", "[queries]") {
  TempDir dir;
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  Item a = MakeItem("d1", 1, "2023-09-01", "Akim appointed");
  Item b = MakeItem("d2", 2, "2024-02-10", "Akim dismissed");
  Item c = MakeItem("d3", 3, "2024-02-10", "Akim dismissed, says another outlet");
  std::string akim = "Akim of Almaty Region";
  store.AddBatch({a, b, c},
                 {MakeTriple(a, EntityRef::Unnamed(), Relation::kAppointed,
                             Person("Marat Sultangaziyev"), akim, "s", "r"),
                  MakeTriple(b, EntityRef::Unnamed(), Relation::kDismissed,
                             Person("Marat Sultangaziyev"), "akim of almaty region", "s", "r"),
                  MakeTriple(c, EntityRef::Unnamed(), Relation::kDismissed,
                             Person("Marat Sultangaziyev"), akim, "s", "r")});
  Timeline timeline = TimelineOf(store, "Marat Sultangaziyev", {});
  REQUIRE(timeline.offices.size() == 1);
  CHECK(timeline.offices[0].to.ToIso() == "2024-02-10");
  CHECK(timeline.events.size() == 3);  // the two dismissals differ in how the role is written
}

TEST_CASE("timeline keeps the terms of several offices apart", "[queries]") {
  // Two offices held at once, each closed by its own dismissal; a dismissal
  // that names no office closes the latest open term; one from an office
  // never given is a term that ended; a second appointment opens a new term.
  TempDir dir;
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  const std::string minister = "Minister of Water", chair = "Chair of the Port Board",
                    envoy = "Envoy to the Lakes";
  const EntityRef person = Person("Dana Ospanova");
  std::vector<Item> items;
  std::vector<Triple> triples;
  auto report = [&](const char* date, Relation relation, const std::string& role) {
    items.push_back(MakeItem("t" + std::to_string(items.size()), static_cast<int>(items.size()),
                             date, "office news"));
    triples.push_back(
        MakeTriple(items.back(), EntityRef::Unnamed(), relation, person, role, "s", "r"));
  };
  report("2021-01-10", Relation::kAppointed, minister);
  report("2021-03-01", Relation::kAppointed, chair);
  report("2021-03-05", Relation::kAppointed, minister);  // already in office: no new term
  report("2022-05-20", Relation::kDismissed, minister);
  report("2022-05-20", Relation::kDismissed, "minister of water");  // the same, again
  report("2022-08-01", Relation::kDismissed, "");                   // the chair's, the latest open
  report("2022-09-09", Relation::kDismissed, envoy);                // never appointed
  report("2023-02-02", Relation::kAppointed, minister);
  store.AddBatch(items, triples);
  Timeline timeline = TimelineOf(store, "Dana Ospanova", {});
  std::vector<std::string> terms;
  for (const OfficeTerm& t : timeline.offices)
    terms.push_back(t.role + " " + (t.from.IsKnown() ? t.from.ToIso() : "?") + " " +
                    (t.to.IsKnown() ? t.to.ToIso() : "-"));
  CHECK(terms == std::vector<std::string>{
                     "Minister of Water 2021-01-10 2022-05-20",
                     "Chair of the Port Board 2021-03-01 2022-08-01",
                     "Envoy to the Lakes ? 2022-09-09",
                     "Minister of Water 2023-02-02 -",
                 });
}

TEST_CASE("evidence gives the sentences behind a link, either way", "[queries]") {
  KnownNetwork net;
  std::vector<Triple> evidence = EvidenceBetween(net.store, kTokayev, kErdogan, {});
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].evidence.item_id == "a2");
  CHECK(evidence[0].evidence.sentence ==
        "Kassym-Jomart Tokayev held talks with Recep Tayyip Erdoğan.");
  CHECK(evidence[1].evidence.item_id == "a5");
  CHECK(evidence[1].subject.name == kErdogan);
  CHECK(EvidenceBetween(net.store, kTurkey, kErdogan, {}).empty());
}

TEST_CASE("names resolve leniently, and unknown names get suggestions", "[queries]") {
  KnownNetwork net;
  CHECK(ResolveEntity(net.graph, "erdogan") == net.Id(kErdogan));
  CHECK(ResolveEntity(net.graph, "TOKAYEV") == net.Id(kTokayev));
  // The three closest names, the nearest first.
  CHECK_THROWS_WITH(
      ResolveEntity(net.graph, "Tokaev"),
      Catch::StartsWith("no entity named 'Tokaev'; closest: Kassym-Jomart Tokayev, ") &&
          Catch::Matches("[^,]*(, [^,]*){2}"));
  CanonicalNames aliases = [](std::string_view name) -> std::optional<std::string> {
    if (name == "Head of State") return std::string(kTokayev);
    return std::nullopt;
  };
  CHECK(ResolveEntity(net.graph, "Head of State", aliases) == net.Id(kTokayev));
}

TEST_CASE("ambiguous names are an error listing the candidates", "[queries]") {
  KnowledgeGraph graph;
  graph.AddEntity({"Dariga Nazarbayeva", EntityType::kPerson, {}, 1});
  graph.AddEntity({"Nursultan Nazarbayev", EntityType::kPerson, {}, 1});
  graph.AddEntity({"Aigul Nazarbayev", EntityType::kPerson, {}, 1});
  CHECK_THROWS_WITH(ResolveEntity(graph, "Nazarbayev"),
                    "'Nazarbayev' is ambiguous: Nursultan Nazarbayev, Aigul Nazarbayev");
}

TEST_CASE("queries on an empty store answer with nothing", "[queries]") {
  TempDir dir;
  SqliteStore store(dir.File("g.db"), StoreMode::kWrite);
  KnowledgeGraph graph = BuildKnowledgeGraph(store, {});
  CHECK(Met(graph).empty());
  for (Centrality by : {Centrality::kDegree, Centrality::kBetweenness, Centrality::kPageRank}) {
    CHECK(Top(graph, by, 10).empty());
  }
  CHECK_THROWS_WITH(ResolveEntity(graph, "Anyone"), "no entity named 'Anyone'");
  CHECK(TimelineOf(store, "Anyone", {}).events.empty());
  CHECK(EvidenceBetween(store, "A", "B", {}).empty());
}

// --- the samples: known answers from samples/README.md ---------------------

// samples/ (news.txt and news.jsonl) extracted with the default rules and
// aliases into a store, and its whole network.
struct SampleNetwork {
  TempDir dir;
  SqliteStore store{dir.File("samples.db"), StoreMode::kWrite};
  KnowledgeGraph graph;

  SampleNetwork() {
    Extractor extractor(RuleSet::Default(), Aliases::Default());
    FeedReader reader({POLGRAPH_SOURCE_DIR "/samples"}, ReadOptions());
    std::vector<Item> items;
    std::vector<Triple> triples;
    for (Item item; reader.Next(&item);) {
      for (Triple& triple : extractor.Extract(item)) triples.push_back(std::move(triple));
      items.push_back(std::move(item));
    }
    store.AddBatch(items, triples);
    graph = BuildKnowledgeGraph(store, {});
  }
  EntityId Id(const std::string& name) const { return ResolveEntity(graph, name); }
  const std::string& Name(EntityId id) const { return graph.entity(id).name; }
};

TEST_CASE("samples: Tokayev met whom the answer key says", "[queries]") {
  SampleNetwork net;
  std::set<std::string> counterparts;
  for (const MetPair& pair : Met(net.graph, net.Id("Kassym-Jomart Tokayev"))) {
    counterparts.insert(net.Name(pair.b));
  }
  // "Tokayev meets Mirziyoyev, Rahmon, Bektenov, Koshanov, Ashimbayev,
  // Kosherbayev, Meredov and Satybaldy" (and the Ministry of Emergency
  // Situations, item 9).
  for (std::string name :
       {"Shavkat Mirziyoyev", "Emomali Rahmon", "Olzhas Bektenov", "Yerlan Koshanov",
        "Maulen Ashimbayev", "Yermek Kosherbayev", "Rashid Meredov", "Darkhan Satybaldy",
        "Ministry of Emergency Situations"}) {
    CAPTURE(name);
    CHECK(counterparts.count(name) == 1);
  }
  // Mirziyoyev: a phone call (item 2) and hosting the summit (item 10).
  std::vector<MetPair> mirziyoyev = Met(net.graph, net.Id("Shavkat Mirziyoyev"));
  auto tokayev = std::find_if(mirziyoyev.begin(), mirziyoyev.end(), [&](const MetPair& p) {
    return net.Name(p.b) == "Kassym-Jomart Tokayev";
  });
  REQUIRE(tokayev != mirziyoyev.end());
  CHECK(tokayev->count == 2);
  CHECK(tokayev->first.ToIso() == "2025-11-16");
  CHECK(tokayev->last.ToIso() == "2026-02-11");
}

TEST_CASE("samples: the cast is one network, linked as the answer key says", "[queries]") {
  SampleNetwork net;
  // Saidov met only Kosherbayev, who met Japarov (news.jsonl item 2).
  auto path = ShortestPath(net.graph, net.Id("Bakhtiyor Saidov"), net.Id("Sadyr Japarov"));
  REQUIRE(path.has_value());
  REQUIRE(path->size() == 2);
  CHECK(net.Name((*path)[0].to) == "Yermek Kosherbayev");
  // Yertayev (appointed by Tokayev, item 7) meets Dauletalin (item 4).
  path = ShortestPath(net.graph, net.Id("Satybaldy Dauletalin"), net.Id("Kassym-Jomart Tokayev"));
  REQUIRE(path.has_value());
  REQUIRE(path->size() == 2);
  CHECK(net.Name((*path)[0].to) == "Askarbek Yertayev");
  // Japarov dismisses Tashiev and appoints Taabaldiev (item 16).
  std::vector<Neighbor> near = Neighbors(net.graph, net.Id("Sadyr Japarov"), 1);
  std::set<std::string> names;
  for (const Neighbor& n : near) names.insert(net.Name(n.entity));
  CHECK(names.count("Kamchybek Tashiev") == 1);
  CHECK(names.count("Jamshitbek Taabaldiev") == 1);
  // Every person in a met, appointed or dismissed triple reaches Tokayev.
  for (const char* name : {"Kamchybek Tashiev", "Rustam Emomali", "Abdulla Aripov",
                           "Nurlanbek Turgunbek uulu", "Serdar Berdimuhamedov"}) {
    CAPTURE(name);
    CHECK(ShortestPath(net.graph, net.Id(name), net.Id("Kassym-Jomart Tokayev")).has_value());
  }
  CHECK(net.Name(Top(net.graph, Centrality::kDegree, 1).at(0).entity) == "Kassym-Jomart Tokayev");
}

TEST_CASE("samples: timelines hold the offices of the answer key", "[queries]") {
  SampleNetwork net;
  // Item 13 (26.09.2025): Kosherbayev named Foreign Minister; Nurtleu relieved.
  Timeline kosherbayev = TimelineOf(net.store, "Yermek Kosherbayev", {});
  REQUIRE(kosherbayev.offices.size() == 1);
  CHECK(kosherbayev.offices[0].role == "Minister of Foreign Affairs of Kazakhstan");
  CHECK(kosherbayev.offices[0].from.ToIso() == "2025-09-26");
  CHECK_FALSE(kosherbayev.offices[0].to.IsKnown());

  Timeline nurtleu = TimelineOf(net.store, "Murat Nurtleu", {});
  REQUIRE(nurtleu.offices.size() == 1);
  CHECK(nurtleu.offices[0].role == "Deputy Prime Minister – Minister of Foreign Affairs");
  CHECK_FALSE(nurtleu.offices[0].from.IsKnown());
  CHECK(nurtleu.offices[0].to.ToIso() == "2025-09-26");

  // Item 16 (10.02.2025): Taabaldiev appointed to head the security committee.
  Timeline taabaldiev = TimelineOf(net.store, "Jamshitbek Taabaldiev", {});
  REQUIRE(taabaldiev.offices.size() == 1);
  CHECK(taabaldiev.offices[0].role == "Chairman of the State Committee for National Security");
  CHECK(taabaldiev.offices[0].from.ToIso() == "2025-02-10");
}

TEST_CASE("samples: evidence quotes the sentences of both meetings", "[queries]") {
  SampleNetwork net;
  std::vector<Triple> evidence =
      EvidenceBetween(net.store, "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", {});
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].evidence.item == 10);
  CHECK(evidence[1].evidence.item == 2);
  CHECK(evidence[1].evidence.sentence.find("phone conversation") != std::string::npos);
}

}  // namespace
}  // namespace polgraph
