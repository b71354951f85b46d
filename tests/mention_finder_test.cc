#include <re2/re2.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/mention.h"

using polgraph::EntityType;
using polgraph::Mention;
using polgraph::MentionFinder;

namespace {

// One line per mention: "type: name | title | country" (empty parts left out).
std::string Show(const Mention& m) {
  std::string out = std::string(ToString(m.type)) + ":";
  if (!m.name.empty()) out += " " + m.name;
  if (!m.title.empty()) out += " | " + m.title;
  if (!m.country.empty()) out += " | " + m.country;
  return out;
}

std::vector<std::string> FindAll(const MentionFinder& finder, std::string_view sentence) {
  std::vector<std::string> out;
  for (const Mention& m : finder.Find(sentence)) out.push_back(Show(m));
  return out;
}

const MentionFinder& Finder() {
  static const MentionFinder finder;
  return finder;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("MentionFinder finds names of many shapes", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Kassym-Jomart Tokayev visited Turkistan on Monday.", {"person: Kassym-Jomart Tokayev"}},
      {"Conan O'Brien interviewed Sha\u2019ban Ali in Cairo.",
       {"person: Conan O'Brien", "person: Sha\u2019ban Ali"}},
      {"Ursula von der Leyen spoke with Mohammed bin Salman.",
       {"person: Ursula von der Leyen", "person: Mohammed bin Salman"}},
      {"Abdel Fattah al-Sisi received Slavoj \u017di\u017eek.",
       {"person: Abdel Fattah al-Sisi", "person: Slavoj \u017di\u017eek"}},
      {"Later J. Smith met Kassym-J. Tokayev briefly.",
       {"person: J. Smith", "person: Kassym-J. Tokayev"}},
      {"\u0422\u043e\u043a\u0430\u0435\u0432 met Lee Jae-myung.",
       {"person: \u0422\u043e\u043a\u0430\u0435\u0432", "person: Lee Jae-myung"}},
      {"Abenov and Serikova left early.", {"person: Abenov", "person: Serikova"}},
      {"According to Dauletova, the plan works.", {"person: Dauletova"}},
      // A Baltic surname ending like "Economics" is still a name.
      {"Edgars Rinkevics spoke.", {"person: Edgars Rinkevics"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder strips titles standing before a name", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Deputy Chairman of the Supreme Court Aigerim Sultanova resigned.",
       {"person: Aigerim Sultanova | Deputy Chairman of the Supreme Court"}},
      {"President Kassym-Jomart Tokayev opened the session.",
       {"person: Kassym-Jomart Tokayev | President"}},
      {"Head of State Kassym-Jomart Tokayev opened the session.",
       {"person: Kassym-Jomart Tokayev | Head of State"}},
      // A place after a form of address is a peer's title or a surname.
      {"Lord Aberdeen met Mr Houston.", {"person: Aberdeen | Lord", "person: Houston | Mr"}},
      {"Kazakh Foreign Minister Murat Nurtleu arrived in Baku.",
       {"person: Murat Nurtleu | Kazakh Foreign Minister | Kazakhstan"}},
      {"Colonel General Oleksandr Syrskyi toured the front.",
       {"person: Oleksandr Syrskyi | Colonel General"}},
      {"King Charles III hosted the banquet.", {"person: Charles III | King"}},
      {"U.S. Secretary of State Marco Rubio called his counterpart.",
       {"person: Marco Rubio | U.S. Secretary of State | United States"}},
      {"Deputy Prime Minister \u2013 Minister of Trade and Integration Serik Zhumangarin spoke.",
       {"person: Serik Zhumangarin | Deputy Prime Minister \u2013 Minister of Trade and "
        "Integration"}},
      {"Minister of Science and Higher Education Askar Serikov spoke.",
       {"person: Askar Serikov | Minister of Science and Higher Education"}},
      {"Kremlin spokesman Dmitry Peskov declined to comment.",
       {"person: Dmitry Peskov | Kremlin spokesman | Russia"}},
      {"The remarks came from presidential press secretary Berik Uali.",
       {"person: Berik Uali | presidential press secretary"}},
      {"Supreme Court judge Arman Tulegenov dissented.",
       {"person: Arman Tulegenov | Supreme Court judge"}},
      {"Majilis Speaker Koshanov met Uzbek Senate Chairwoman Narbaeva.",
       {"person: Koshanov | Majilis Speaker | Kazakhstan",
        "person: Narbaeva | Uzbek Senate Chairwoman | Uzbekistan"}},
      {"Deputy Chairman of the Supreme Court of the Kyrgyz Republic Aibek Sultanov flew home.",
       {"person: Aibek Sultanov | Deputy Chairman of the Supreme Court of the Kyrgyz Republic | "
        "Kyrgyzstan"}},
      {"Assistant to the President for Legal Affairs Erzhan Bekov joined.",
       {"person: Erzhan Bekov | Assistant to the President for Legal Affairs"}},
      {"Governor of Kostanay region Kumar Aksakalov reported.",
       {"person: Kumar Aksakalov | Governor of Kostanay region"}},
      {"Putin appoints Belousov Defense Minister",
       {"person: Putin", "person: Belousov", "person: | Defense Minister"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder reports bare titles and short forms for the resolver", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"The Kazakh President thanked the Minister.",
       {"person: | Kazakh President | Kazakhstan", "person: | Minister"}},
      {"The Head of State stressed the point.", {"person: | Head of State"}},
      {"The Uzbek leader called his Kazakh counterpart.",
       {"person: | Uzbek leader | Uzbekistan", "person: | Kazakh counterpart | Kazakhstan"}},
      {"The Agency said the Commission agreed.",
       {"organization: | Agency", "organization: | Commission"}},
      {"The Presidents discussed trade.", {}},
      {"The Kazakh side proposed a plan.", {}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder finds organizations", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"The Ministry of Science and Higher Education announced new rules.",
       {"organization: Ministry of Science and Higher Education"}},
      {"Experts of the Financial Monitoring Agency met bankers.",
       {"organization: Financial Monitoring Agency"}},
      {"On Friday the U.S. Department of the Treasury froze assets.",
       {"organization: U.S. Department of the Treasury | United States"}},
      {"The Central Referendum Commission counted the votes.",
       {"organization: Central Referendum Commission"}},
      {"NATO and the European Union welcomed the United Nations report.",
       {"organization: NATO", "organization: European Union", "organization: United Nations"}},
      {"The State Duma and the Majilis approved it; the Mazhilis had debated it.",
       {"organization: State Duma | Russia", "organization: Majilis | Kazakhstan",
        "organization: Mazhilis | Kazakhstan"}},
      {"The Qurultay, the Kurultai and the Khalyk Kenesi will sit.",
       {"organization: Qurultay | Kazakhstan", "organization: Kurultai | Kazakhstan",
        "organization: Khalyk Kenesi | Kazakhstan"}},
      {"Halyk Bank bought shares of Kazatomprom JSC and Apple Inc. yesterday.",
       {"organization: Halyk Bank", "organization: Kazatomprom JSC", "organization: Apple Inc."}},
      {"He joined the Amanat party in 2020.", {"organization: Amanat party"}},
      {"Lindner\u2019s Free Democratic Party (FDP) left.",
       {"person: Lindner", "organization: Free Democratic Party", "organization: FDP"}},
      {"The Military-Industrial Commission met.", {"organization: Military-Industrial Commission"}},
      // Names joined by "&" are a firm, not two people.
      {"The accountants Harlow & Pike replied.", {"organization: Harlow & Pike"}},
      {"Harlow & Pike chairman Tom Reed replied.", {"person: Tom Reed | Harlow & Pike chairman"}},
      // A headline pairs a body named without a head word with countries.
      {"NATO Georgia drills to resume", {"organization: NATO", "country: Georgia | Georgia"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder finds countries, not cities or demonyms", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Kazakhstan and the Kyrgyz Republic signed a deal.",
       {"country: Kazakhstan | Kazakhstan", "country: Kyrgyz Republic | Kyrgyzstan"}},
      {"Envoys of the United States of America and the People's Republic of China met.",
       {"country: United States of America | United States",
        "country: People's Republic of China | China"}},
      {"Kazakhstan\u2019s exports to Uzbekistan grew.",
       {"country: Kazakhstan | Kazakhstan", "country: Uzbekistan | Uzbekistan"}},
      {"Flights link Astana, Almaty, Washington and New York.", {}},
      {"Voting in Akmola region and Saryagash district ended.", {}},
      // A US state is a place, also before a governor's title.
      {"Ohio Gov. Mark Reyes visited Kansas and Vermont.", {"person: Mark Reyes | Ohio Gov."}},
      {"Kazakh and Uzbek farmers met in Central Asia.", {}},
      // A people named by its noun, one or many: no one person.
      {"Two Britons, a Swede and three Spaniards were rescued near Poland.",
       {"country: Poland | Poland"}},
      {"Muslims, Sikhs and Catholics marched together.", {}},
      // The nations and cities of the United Kingdom are places.
      {"Voters in Scotland, Wales and Northern Ireland backed it, unlike Glasgow.", {}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder never reports news agencies and press services", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"The talks went well, Qazinform News Agency reports.", {}},
      {"The talks went well, Kazinform cites Akorda.", {}},
      {"The sides reviewed ties, according to SPA and WAM.", {}},
      {"The plan was approved, primeminister.kz reports.", {}},
      {"TASS and Reuters reported it, citing UzA.", {}},
      {"The figures came from the press service of the Supreme Court.", {}},
      {"Details came from the Senate press service.", {}},
      {"Tokayev spoke, the Akorda press service said.", {"person: Tokayev"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder gives byte offsets of the whole mention", "[mentions]") {
  std::string sentence = "Yesterday President Aliyev met Zhaksylyk Omar.";
  std::vector<Mention> mentions = Finder().Find(sentence);
  REQUIRE(mentions.size() == 2);
  CHECK(sentence.substr(mentions[0].begin, mentions[0].end - mentions[0].begin) ==
        "President Aliyev");
  CHECK(sentence.substr(mentions[1].begin, mentions[1].end - mentions[1].begin) ==
        "Zhaksylyk Omar");
}

TEST_CASE("MentionFinder::Classify strips articles and titles from a captured span", "[mentions]") {
  auto [span, expected] = GENERATE(table<std::string, std::string>({
      {"Deputy Chairman of the Supreme Court Aigerim Sultanova",
       "person: Aigerim Sultanova | Deputy Chairman of the Supreme Court"},
      {"the Financial Monitoring Agency", "organization: Financial Monitoring Agency"},
      {"Kazakhstan", "country: Kazakhstan | Kazakhstan"},
      {"the Kazakh President", "person: | Kazakh President | Kazakhstan"},
      {"The Head of State", "person: | Head of State"},
      {"the head of state", "person: | head of state"},
      {"the Agency", "organization: | Agency"},
      {"the Commission\u2019s chair", "person: | Commission\u2019s chair"},
      {"Tokayev", "person: Tokayev"},
      {"Mr. Abenov", "person: Abenov | Mr."},
      {"President Tokayev and Prime Minister Bektenov", "person: Tokayev | President"},
      {"he", "person:"},
      {"journalists", "unknown:"},
      {"the new Prime Minister", "person: | new Prime Minister"},
  }));
  CAPTURE(span);
  CHECK(Show(Finder().Classify(span)) == expected);
}

TEST_CASE("MentionFinder::Classify marks news sources", "[mentions]") {
  for (std::string span :
       {"Qazinform News Agency", "the Akorda press service", "TASS", "primeminister.kz"}) {
    CAPTURE(span);
    Mention m = Finder().Classify(span);
    CHECK(m.source);
    CHECK(m.name.empty());
  }
  CHECK_FALSE(Finder().Classify("the Supreme Court").source);
}

TEST_CASE("MentionFinder::SplitList splits lists of names, not offices", "[mentions]") {
  auto [list, expected] = GENERATE(table<std::string, std::vector<std::string>>({
      {"Ivan Petrov", {"Ivan Petrov"}},
      {"Ivan Petrov and Anna Ivanova", {"Ivan Petrov", "Anna Ivanova"}},
      {"Ivan Petrov, Anna Ivanova and Marat Serikov",
       {"Ivan Petrov", "Anna Ivanova", "Marat Serikov"}},
      {"Ivan Petrov, Anna Ivanova, and Marat Serikov",
       {"Ivan Petrov", "Anna Ivanova", "Marat Serikov"}},
      {"President of Kazakhstan Kassym-Jomart Tokayev and Prime Minister Olzhas Bektenov",
       {"President of Kazakhstan Kassym-Jomart Tokayev", "Prime Minister Olzhas Bektenov"}},
      {"Minister of Culture and Information Aida Balayeva and Marat Serikov",
       {"Minister of Culture and Information Aida Balayeva", "Marat Serikov"}},
      {"the Senate as well as the Majilis", {"the Senate", "the Majilis"}},
  }));
  CAPTURE(list);
  std::vector<std::string> items;
  for (auto item : Finder().SplitList(list)) items.emplace_back(item);
  CHECK(items == expected);
}

TEST_CASE("MentionFinder::TitleWords keeps the words that name the office", "[mentions]") {
  auto [title, expected] = GENERATE(table<std::string, std::vector<std::string>>({
      {"the Kazakh Foreign Minister", {"foreign", "minister"}},
      {"Chairwoman of the Senate", {"chairman", "senate"}},
      {"Majilis Speaker", {"majilis", "chairman"}},
      {"the Commission\u2019s chair", {"commission", "chairman"}},
      {"Head of State", {"head", "state"}},
      {"U.S. President", {"president"}},
  }));
  CAPTURE(title);
  CHECK(Finder().TitleWords(title) == expected);
}

TEST_CASE("MentionFinder::IsPersonalPronoun", "[mentions]") {
  CHECK(MentionFinder::IsPersonalPronoun("he"));
  CHECK(MentionFinder::IsPersonalPronoun("She"));
  CHECK(MentionFinder::IsPersonalPronoun("him"));
  CHECK(MentionFinder::IsPersonalPronoun("her"));
  CHECK(MentionFinder::IsPersonalPronoun("his"));
  CHECK_FALSE(MentionFinder::IsPersonalPronoun("His"));
  CHECK_FALSE(MentionFinder::IsPersonalPronoun("history"));
  CHECK_FALSE(MentionFinder::IsPersonalPronoun("here"));
  CHECK_FALSE(MentionFinder::IsPersonalPronoun("they"));
}

TEST_CASE("MentionFinder ends names at honorifics, occupations and headline verbs", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      // A headline verb in title case is no part of the name before it.
      {"Chancellor Olaf Scholz Meets with President of Finland Alexander Stubb",
       {"person: Olaf Scholz | Chancellor",
        "person: Alexander Stubb | President of Finland | Finland"}},
      {"Senator Maria Cantwell Names New Chief of Staff",
       {"person: Maria Cantwell | Senator", "person: | Chief of Staff"}},
      // Honorifics and occupational words are titles.
      {"Honourable Rashid Alimov and backbencher Peter Bone voted.",
       {"person: Rashid Alimov | Honourable", "person: Peter Bone | backbencher"}},
      {"Baroness Amos spoke first.", {"person: Amos | Baroness"}},
      {"EAM Ravi Anand met FM Tamm.", {"person: Ravi Anand | EAM", "person: Tamm | FM"}},
      // An envoy of one country to another: one title.
      {"Ambassador of Chile to Estonia Ansel Korvan arrived.",
       {"person: Ansel Korvan | Ambassador of Chile to Estonia | Chile"}},
      {"Solicitor Anna Reyes and pollster Tom Kerr disagreed.",
       {"person: Anna Reyes | Solicitor", "person: Tom Kerr | pollster"}},
      // After a form of address, a word the tables know from offices is a surname.
      {"Mr Trade thanked the staff.", {"person: Trade | Mr"}},
      {"Dr Green disagreed with Ms Security.", {"person: Green | Dr", "person: Security | Ms"}},
      // So is such a word, or a town's name, after a common given name.
      {"Party chair Robert Bristol and Helen Trade resigned.",
       {"person: Robert Bristol | Party chair", "person: Helen Trade"}},
      // ... but an office noun after it stays a title, and "the Lords" no person.
      {"Lord Chancellor Neville Ashby spoke.", {"person: Neville Ashby | Lord Chancellor"}},
      {"The Reform the Lords Campaign wrote.", {}},
      // "Amir" before a surname is a first name, not the title.
      {"His Iraqi counterpart Amir Zaidi arrived.",
       {"person: Amir Zaidi | Iraqi counterpart | Iraq"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder reads unknown capitals before a title as the title's after an article",
          "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      // After "the", "'s first", "as": words of an office nobody listed.
      {"The county's first Night Time Economy Adviser, Rhona Gale, resigned.",
       {"person: | Night Time Economy Adviser", "person: Rhona Gale"}},
      {"Dev Okoro was made a Flood Resilience Commissioner.",
       {"person: Dev Okoro", "person: | Flood Resilience Commissioner"}},
      // After a verb the capitals are a name, and the title is his new post.
      {"The premier named Okoro Secretary of the Cabinet.",
       {"person: Okoro", "person: | Secretary of the Cabinet"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder reads a title on through \"to the\" and ends a body's name at a person's",
          "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Presidential envoy to the Northern Federal District Lenart Ovo spoke.",
       {"person: Lenart Ovo | Presidential envoy to the Northern Federal District"}},
      {"He met special envoy to the Sahel Mirela Dost.",
       {"person: Mirela Dost | special envoy to the Sahel"}},
      // A body's name, then a given name and a surname: two mentions.
      {"The Senate's Oliy Majlis Dilorom Nazarova spoke.",
       {"organization: Senate", "organization: Oliy Majlis | Uzbekistan",
        "person: Dilorom Nazarova"}},
      // After "of", the body is part of the title before the name.
      {"Chairman of the Board of Samruk-Kazyna Almas Karin spoke.",
       {"person: Almas Karin | Chairman of the Board of Samruk-Kazyna"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder leaves letters after a name out of it", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      // A seat or an honour in capitals after a name ends it and names no one.
      {"Former Transport Secretary Alistair Darling MP replied.",
       {"person: Alistair Darling | Former Transport Secretary"}},
      {"Cherie Booth QC and Sir Alan Budd KBE spoke.",
       {"person: Cherie Booth", "person: Alan Budd | Sir"}},
      {"Nicola Sturgeon MSP and Ruth Davidson MSP debated.",
       {"person: Nicola Sturgeon", "person: Ruth Davidson"}},
      // Before a name the letters are a title.
      {"Green MEP Caroline Lucas objected.", {"person: Caroline Lucas | Green MEP"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder joins two fields of one body or office with \"and\"", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"The Qualifications and Curriculum Authority replied.",
       {"organization: Qualifications and Curriculum Authority"}},
      {"Fisheries and Forestry Minister Lena Holm replied.",
       {"person: Lena Holm | Fisheries and Forestry Minister"}},
      {"Fisheries & Forestry Minister Lena Holm replied.",
       {"person: Lena Holm | Fisheries & Forestry Minister"}},
      // Two people stay two.
      {"Finance Minister Lena Holm and Defence Minister Ivo Rand replied.",
       {"person: Lena Holm | Finance Minister", "person: Ivo Rand | Defence Minister"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder reads a month after a given name as a surname", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Theresa May replied to the letter.", {"person: Theresa May"}},
      {"Brian May and Mrs May met.", {"person: Brian May", "person: May | Mrs"}},
      {"Jan Kowal and Mrs May met.", {"person: Jan Kowal", "person: May | Mrs"}},
      {"Former minister Bill Okoro met the Finance Bill Committee.",
       {"person: Bill Okoro | Former minister", "organization: Finance Bill Committee"}},
      // A date stays a date.
      {"Elections in May 2027 will decide.", {}},
      {"The vote is due on Jan. 5.", {}},
      {"Dana Ospanova arrives on May 5.", {"person: Dana Ospanova"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder finds no person in words that name none", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"To be fair, the plan was late.", {}},
      {"Asked about the vote, she smiled.", {}},
      {"Praising the mayor, she left.", {}},
      // A participle that opens the sentence before a function word names no one.
      {"Turning to the budget, she frowned.", {}},
      {"Wading into the row, he smiled.", {}},
      {"The Ohio Democrat says little.", {}},
      {"Most Bermudians voted yes.", {}},
      {"The Tory chairman and a Lib Dem peer met.", {}},
      {"It marks a Franco-German deal.", {}},
      {"Whether it works, nobody knows.", {}},
      {"Isn't it odd?", {}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder reads parties and speaking bodies as organizations", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"The Conservatives and Labour disagree.",
       {"organization: Conservatives", "organization: Labour"}},
      {"The Liberal Democrats and the Tories voted against.",
       {"organization: Liberal Democrats", "organization: Tories"}},
      {"Labour leader Keir Starmer spoke.", {"person: Keir Starmer | Labour leader"}},
      {"The far-right National Rally and Fidesz objected.",
       {"organization: National Rally", "organization: Fidesz"}},
      {"The Pentagon and Human Rights Watch replied.",
       {"organization: Pentagon | United States", "organization: Human Rights Watch"}},
      {"Tallinn County Hospital closed a ward.", {"organization: Tallinn County Hospital"}},
      // After a lowercase organization noun, a name without a title is the body's.
      {"The charity Harbour Aid and the pressure group Clean Streets replied.",
       {"organization: Harbour Aid", "organization: Clean Streets"}},
      // Not after nouns a listener or a person may follow.
      {"He told the committee Jan Kowal had lied.", {"person: Jan Kowal"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}

TEST_CASE("MentionFinder keeps outlets out but names their journalists", "[mentions]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"The weekly Der Spiegel and Le Monde ran the story.", {}},
      {"BBC correspondent Laura Kuenssberg asked.",
       {"person: Laura Kuenssberg | BBC correspondent"}},
      {"BBC political editor Laura Kuenssberg asked.", {"person: Laura Kuenssberg | editor"}},
  }));
  CAPTURE(sentence);
  CHECK(FindAll(Finder(), sentence) == expected);
}
