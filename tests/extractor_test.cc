#include "extract/extractor.h"
#include "tests/default_extractor.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <future>
#include <string>
#include <vector>

namespace polgraph {
namespace {

using Lines = std::vector<std::string>;

const Extractor& Default() { return testing::DefaultExtractor(); }

Item MakeItem(const std::string& title, const Lines& paragraphs,
              const std::string& date = "2025-05-01") {
  Item item;
  item.source = "test.txt";
  item.position = 3;
  item.id = "test-3";
  item.date = *Date::ParseIso(date);
  item.title = title;
  item.paragraphs = paragraphs;
  return item;
}

// "subject | relation | object | role" per triple, in output order.
Lines Read(const std::vector<Triple>& triples) {
  Lines out;
  for (const Triple& t : triples)
    out.push_back(t.subject.name + " | " + t.relation.name() + " | " + t.object.name + " | " +
                  t.role);
  return out;
}

// The triples of a one-sentence item without a title, but for announced,
// whose objects are not part of these checks.
Lines ReadSentence(const std::string& sentence) {
  Lines out;
  for (const Triple& t : Default().Extract(MakeItem("", {sentence}))) {
    std::string object = t.relation == Relation::kAnnounced ? "" : t.object.name;
    out.push_back(t.subject.name + " | " + t.relation.name() + " | " + object + " | " + t.role);
  }
  return out;
}

}  // namespace

TEST_CASE("Extractor reads met in its forms, lists giving a triple each", "[extractor]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"German Chancellor Olaf Scholz met with French President Emmanuel Macron in Berlin.",
       {"Olaf Scholz | met | Emmanuel Macron | "}},
      {"President Joe Biden hosted Kenyan President William Ruto, Ghanaian President Nana "
       "Akufo-Addo and Nigerian President Bola Tinubu at the White House.",
       {"Joe Biden | met | William Ruto | ", "Joe Biden | met | Nana Akufo-Addo | ",
        "Joe Biden | met | Bola Tinubu | "}},
      {"Prime Minister Keir Starmer and President Emmanuel Macron held talks in London.",
       {"Keir Starmer | met | Emmanuel Macron | "}},
      {"Chancellor Olaf Scholz was received by President Xi Jinping.",
       {"Xi Jinping | met | Olaf Scholz | "}},
      {"Turkish President Recep Tayyip Erdogan held a phone call with Russian President Vladimir "
       "Putin on Sunday.",
       {"Recep Tayyip Erdogan | met | Vladimir Putin | "}},
      {"On Friday President Aidar Karimov held a meeting at the Customs Committee.",
       {"Aidar Karimov | met | Customs Committee | "}},
      {"Friedrich Merz, Emmanuel Macron and Donald Tusk met with Volodymyr Zelensky in Kyiv.",
       {"Friedrich Merz | met | Volodymyr Zelensky | ",
        "Emmanuel Macron | met | Volodymyr Zelensky | ",
        "Donald Tusk | met | Volodymyr Zelensky | "}},
      {"Foreign Minister Hakan Fidan held talks with his Iranian counterpart Abbas Araghchi.",
       {"Hakan Fidan | met | Abbas Araghchi | "}},
  }));
  CAPTURE(sentence);
  CHECK(ReadSentence(sentence) == expected);
}

TEST_CASE("Extractor reads appointments and dismissals, active and passive", "[extractor]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"President Emmanuel Macron appointed Michel Barnier as Prime Minister.",
       {"Emmanuel Macron | appointed | Michel Barnier | Prime Minister"}},
      {"Michel Barnier was named Prime Minister by President Emmanuel Macron.",
       {"Emmanuel Macron | appointed | Michel Barnier | Prime Minister"}},
      {"Gabriel Attal was appointed Prime Minister in January 2024.",
       {"? | appointed | Gabriel Attal | Prime Minister"}},
      {"President Vladimir Putin appointed Alexei Krivoruchko and Pavel Fradkov as deputy defence "
       "ministers.",
       {"Vladimir Putin | appointed | Alexei Krivoruchko | deputy defence minister",
        "Vladimir Putin | appointed | Pavel Fradkov | deputy defence minister"}},
      {"President Shavkat Mirziyoyev signed decrees appointing Komil Allamjonov as adviser to the "
       "President and Aziz Magrupov as Minister of Economy.",
       {"Shavkat Mirziyoyev | appointed | Komil Allamjonov | adviser to the President",
        "Shavkat Mirziyoyev | appointed | Aziz Magrupov | Minister of Economy"}},
      {"Chancellor Olaf Scholz dismissed Finance Minister Christian Lindner.",
       {"Olaf Scholz | dismissed | Christian Lindner | Finance Minister"}},
      {"President Volodymyr Zelensky removed Oleksii Reznikov from the post of Defence Minister.",
       {"Volodymyr Zelensky | dismissed | Oleksii Reznikov | Defence Minister"}},
      {"Almasadam Satkaliyev was relieved of his post as Minister of Energy.",
       {"? | dismissed | Almasadam Satkaliyev | Minister of Energy"}},
      {"Prime Minister Rishi Sunak sacked Suella Braverman as Home Secretary.",
       {"Rishi Sunak | dismissed | Suella Braverman | Home Secretary"}},
      {"President Ilmar Saar removed Kadri Tamm as head of the central bank on Monday.",
       {"Ilmar Saar | dismissed | Kadri Tamm | head of the central bank"}},
      // "as" with no office after it is no dismissal.
      {"Police removed Kadri Tamm as a precaution.", {}},
      // The office straight after the name, in lowercase as wire copy writes it.
      {"President Ilmar Saar appointed Kadri Tamm prime minister.",
       {"Ilmar Saar | appointed | Kadri Tamm | prime minister"}},
      {"President Ilmar Saar has named Kadri Tamm deputy prime minister.",
       {"Ilmar Saar | appointed | Kadri Tamm | deputy prime minister"}},
      {"Prime Minister Juhan Kask named Kadri Tamm home secretary on Friday.",
       {"Juhan Kask | appointed | Kadri Tamm | home secretary"}},
      // A role set off by commas after the appointer's name.
      {"Karin Lepp, head of the Tartu city council, appointed Mihkel Saar as deputy mayor.",
       {"Karin Lepp | appointed | Mihkel Saar | deputy mayor"}},
  }));
  CAPTURE(sentence);
  CHECK(ReadSentence(sentence) == expected);
}

TEST_CASE("Extractor reads speech, with lost quote marks and 'according to'", "[extractor]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Kremlin spokesman Dmitry Peskov said the talks lasted two hours.",
       {"Dmitry Peskov | announced |  | "}},
      {"We will keep working together,\" Olaf Scholz noted.", {"Olaf Scholz | announced |  | "}},
      {"Our ties are growing,\u201D warned President Emmanuel Macron.",
       {"Emmanuel Macron | announced |  | "}},
      {"According to Interior Minister Igor Klymenko, the attack killed 12 people.",
       {"Igor Klymenko | announced |  | "}},
      {"The Central Election Commission announced the final results.",
       {"Central Election Commission | announced |  | "}},
      {"According to a statement from the Kremlin, the talks lasted two hours.", {}},
      {"According to the readout, the leaders discussed trade.", {}},
      {"The presidential press service said the visit was a success.", {}},
      {"Qazinform News Agency reports that the talks were held.", {}},
      {"It was noted that the sides agreed on a new schedule.", {}},
      {"Russia said the sanctions were illegal.", {}},  // a country is no speaker
  }));
  CAPTURE(sentence);
  CHECK(ReadSentence(sentence) == expected);
}

TEST_CASE("Extractor gives nothing for planned, negated or requested acts", "[extractor]") {
  auto sentence =
      GENERATE(as<std::string>{}, "President William Ruto will meet President Samia Suluhu Hassan.",
               "Ruto is expected to hold talks with President Samia Suluhu Hassan.",
               "President William Ruto did not meet with Raila Odinga.",
               "Senators asked President William Ruto to dismiss Kithure Kindiki.",
               "The party proposed Kithure Kindiki for the post of deputy president.",
               "Ruto accepted the resignation of Finance Minister Njuguna Ndung'u.",
               "Trump canceled his planned meeting with Vladimir Putin.",
               "Zelensky plans to appoint a new commander next month.");
  CAPTURE(sentence);
  CHECK(ReadSentence(sentence).empty());
}

TEST_CASE("Extractor resolves names across the item and counts each triple once", "[extractor]") {
  Item item = MakeItem("Scholz meets Macron in Berlin",
                       {"German Chancellor Olaf Scholz met with French President Emmanuel Macron "
                        "in Berlin on Monday, Reuters reports.",
                        "The Chancellor said the talks were productive.",
                        "He noted that both countries support Ukraine.",
                        "Macron said France would host the next round."});
  std::vector<Triple> triples = Default().Extract(item);
  CHECK(Read(triples) == Lines{"Olaf Scholz | met | Emmanuel Macron | ",
                               "Olaf Scholz | announced |  | ",
                               "Emmanuel Macron | announced | France | "});
  REQUIRE(!triples.empty());
  const Evidence& e = triples[0].evidence;
  CHECK(e.source == "test.txt");
  CHECK(e.item == 3);
  CHECK(e.item_id == "test-3");
  CHECK(e.date.ToIso() == "2025-05-01");
  CHECK(e.rule == "met.met_with");
  CHECK(e.sentence.starts_with("German Chancellor Olaf Scholz met with"));
  CHECK(triples[0].subject.type == EntityType::kPerson);
}

TEST_CASE("Extractor reads a headline's PM as the item's prime minister, not a country",
          "[extractor]") {
  Item item = MakeItem("Spain's PM receives Portuguese counterpart",
                       {"Spanish Prime Minister Pedro Sanchez received Portuguese Prime Minister "
                        "Antonio Costa in Madrid on Friday."});
  std::vector<Triple> triples = Default().Extract(item);
  CHECK(Read(triples) == Lines{"Pedro Sanchez | met | Antonio Costa | "});
  for (const Triple& t : triples) CHECK(t.subject.type == EntityType::kPerson);
}

TEST_CASE("Extractor takes a pronoun's antecedent from the clause that opens the sentence",
          "[extractor]") {
  // The first person of the first sentence is the Head of State, inside "By
  // decree of ...": "He" is the man appointed, who opens the main clause.
  Item item = MakeItem("New ambassador to Spain",
                       {"By decree of the Head of State, Dauren Omarov was appointed Ambassador "
                        "of Kazakhstan to Spain.",
                        "He was relieved of his duties as Deputy Minister of Foreign Affairs."});
  Lines lines = Read(Default().Extract(item));
  CHECK(std::count(lines.begin(), lines.end(),
                   "? | dismissed | Dauren Omarov | Deputy Minister of Foreign Affairs") == 1);
  for (const std::string& line : lines) {
    CAPTURE(line);
    if (line.find("| dismissed |") != std::string::npos)
      CHECK(line.find("Dauren Omarov") != std::string::npos);
  }
}

TEST_CASE("Extractor keeps a named appointer over the unnamed one", "[extractor]") {
  Item item = MakeItem("Michel Barnier appointed Prime Minister",
                       {"Michel Barnier was appointed Prime Minister on Thursday.",
                        "Barnier was named Prime Minister by President Emmanuel Macron."});
  CHECK(Read(Default().Extract(item)) ==
        Lines{"Emmanuel Macron | appointed | Michel Barnier | Prime Minister"});
}

TEST_CASE("Extractor's collective speakers are the people who met", "[extractor]") {
  Item item = MakeItem("", {"President Sadyr Japarov hosted President Emomali Rahmon in Bishkek.",
                            "The presidents noted that the border treaty opened a new page."});
  CHECK(Read(Default().Extract(item)) == Lines{"Sadyr Japarov | met | Emomali Rahmon | ",
                                               "Sadyr Japarov | announced |  | ",
                                               "Emomali Rahmon | announced |  | "});
}

TEST_CASE("Extractor::Explain records sentences, mentions, rules and triples", "[extractor]") {
  Item item = MakeItem("", {"President Emmanuel Macron appointed Michel Barnier as Prime Minister.",
                            "The weather was fine."});
  ExplainReport report = Default().Explain(item);
  REQUIRE(report.sentences.size() == 2);
  const auto& first = report.sentences[0];
  CHECK_FALSE(first.headline);
  REQUIRE(first.mentions.size() >= 2);
  CHECK(first.mentions[0].resolved.name == "Emmanuel Macron");
  auto rule = std::find_if(first.rules.begin(), first.rules.end(),
                           [](const auto& r) { return r.rule == "appointed.as"; });
  REQUIRE(rule != first.rules.end());
  CHECK(rule->matched);
  REQUIRE(rule->groups.size() >= 3);
  CHECK(rule->groups[0].group == "subject");
  CHECK(rule->groups[0].entities.at(0).starts_with("Emmanuel Macron (person"));
  CHECK(first.triples.size() == 1);
  CHECK(report.sentences[1].rules.empty());
  CHECK(Read(report.triples) == Read(Default().Extract(item)));
}

TEST_CASE("Extractor::Extract gives the same answers from several threads", "[extractor]") {
  std::vector<Item> items = {
      MakeItem("", {"Chancellor Olaf Scholz met with President Joe Biden."}),
      MakeItem("",
               {"President John Smith appointed Peter Brown as Secretary of the Defence Council."}),
      MakeItem("", {"Kremlin spokesman Dmitry Peskov said the talks lasted two hours."}),
  };
  std::vector<Lines> expected;
  expected.reserve(items.size());
  for (const Item& item : items) expected.push_back(Read(Default().Extract(item)));
  std::vector<std::future<std::vector<Lines>>> runs;
  runs.reserve(4);
  for (int t = 0; t < 4; ++t)
    runs.push_back(std::async(std::launch::async, [&items] {
      std::vector<Lines> got;
      for (int round = 0; round < 5; ++round)
        for (const Item& item : items) got.push_back(Read(Default().Extract(item)));
      return got;
    }));
  for (auto& run : runs) {
    std::vector<Lines> got = run.get();
    for (size_t i = 0; i < got.size(); ++i) CHECK(got[i] == expected[i % items.size()]);
  }
}

TEST_CASE("Extractor runs a user's rule with a declared relation", "[extractor]") {
  RuleSet rules;
  rules.Load(R"j({"relations": ["visited"], "rules": [{"id": "visited.country",
      "relation": "visited", "pattern": "(?P<subject>{PERSON}) visited (?P<object>{COUNTRY})"}]})j",
             "visits.json");
  Extractor extractor(std::move(rules), Aliases::Default());
  CHECK(Read(extractor.Extract(MakeItem("", {"President Emmanuel Macron visited Kazakhstan."}))) ==
        Lines{"Emmanuel Macron | visited | Kazakhstan | "});
}

}  // namespace polgraph
