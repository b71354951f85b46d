// Meetings as real news tells them: nouns, clauses, phone calls, slack
// between the parts, and the word senses and lists that give no meeting.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "tests/default_extractor.h"

namespace polgraph {
namespace {

using Lines = std::vector<std::string>;

const Extractor& Default() { return testing::DefaultExtractor(); }

// "subject | object" for each met triple of a one-item text.
Lines Meetings(const std::string& title, const Lines& paragraphs) {
  Item item;
  item.source = "meetings.txt";
  item.position = 1;
  item.id = "meetings-1";
  item.date = *Date::ParseIso("2024-10-02");
  item.title = title;
  item.paragraphs = paragraphs;
  Lines out;
  for (const Triple& t : Default().Extract(item))
    if (t.relation == Relation::kMet) out.push_back(t.subject.name + " | " + t.object.name);
  return out;
}

Lines Meetings(const std::string& sentence) { return Meetings("", {sentence}); }

}  // namespace

TEST_CASE("Meetings told as nouns and in clauses are read", "[extractor][met]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Karin Lepp, chair of the Baltic Assembly, met Foreign Minister Margus Tsahkna in Riga.",
       {"Karin Lepp | Margus Tsahkna"}},
      {"Prime Minister Ulf Kristersson spoke to reporters during a bilateral meeting with "
       "President Alexander Stubb in Turku.",
       {"Ulf Kristersson | Alexander Stubb"}},
      {"Opposition leader Peter Magyar said after meeting Prime Minister Viktor Orban that "
       "nothing had changed.",
       {"Peter Magyar | Viktor Orban"}},
      {"After a day of meetings with Chancellor Olaf Scholz, Finance Minister Christian "
       "Lindner and Economy Minister Robert Habeck, President Emmanuel Macron flew home.",
       {"Emmanuel Macron | Olaf Scholz", "Emmanuel Macron | Christian Lindner",
        "Emmanuel Macron | Robert Habeck"}},
      {"Foreign Minister Penny Wong, who held talks with Wang Yi on Friday, flew to Tokyo.",
       {"Penny Wong | Wang Yi"}},
      {"President Rimas Valaitis was holding talks with Chancellor Olaf Scholz when the news "
       "broke.",
       {"Rimas Valaitis | Olaf Scholz"}},
      {"Prime Minister Ana Brnabic opened talks with Chancellor Olaf Scholz on energy.",
       {"Ana Brnabic | Olaf Scholz"}},
      {"Speaker Ulla Tornaes was received by Foreign Minister Murat Nurtleu, who earlier "
       "received a parliamentary delegation led by Senator Maria Cantwell.",
       {"Murat Nurtleu | Maria Cantwell", "Murat Nurtleu | Ulla Tornaes"}},
      // A delegation met, and the one who headed it.
      {"Premier Lenart Ovo met with a delegation headed by Ansel Korvan, chief of the Harbour "
       "Board.",
       {"Lenart Ovo | Ansel Korvan"}},
      // The one received, set off by an aside, then an adverb.
      {"Ulla Tornaes, who landed in Riga at dawn, was also received by Premier Lenart Ovo.",
       {"Lenart Ovo | Ulla Tornaes"}},
      // A bare participle before the one met, the clause opening the sentence.
      {"After meeting Latvian President Janis Ozolkalns, Prime Minister Kristen Michal told "
       "reporters the plan would hold.",
       {"Kristen Michal | Janis Ozolkalns"}},
      {"Prime Minister Kristen Michal was meeting Chancellor Olaf Scholz when the news broke.",
       {"Kristen Michal | Olaf Scholz"}},
      // A pair named in apposition to a group.
      {"The two premiers, Kristen Michal and Evika Silina, held talks over lunch in Riga.",
       {"Kristen Michal | Evika Silina"}},
      {"President Alar Karis and his Latvian counterpart Janis Ozolkalns held talks in Valga.",
       {"Alar Karis | Janis Ozolkalns"}},
      // Abbreviated and national titles are no part of the name met.
      {"Foreign Minister Penny Wong met Chinese FM Wang Yi in Canberra.", {"Penny Wong | Wang Yi"}},
      {"Prime Minister Kristen Michal held talks with Taoiseach Simon Harris in Dublin.",
       {"Kristen Michal | Simon Harris"}},
      // Letters after a name end it.
      {"Mark Durkan MP met Foreign Secretary Jack Straw.", {"Mark Durkan | Jack Straw"}},
  }));
  CAPTURE(sentence);
  CHECK(Meetings(sentence) == expected);
}

TEST_CASE("A wire dateline is no part of the sentence after it", "[extractor][met][dateline]") {
  auto [paragraph, expected] = GENERATE(table<std::string, Lines>({
      // The fronted meeting and the pair that met open the sentence.
      {"VILNIUS, May 7 (Reuters) - At a meeting with Latvian Prime Minister Inese Kalnina in "
       "Vilnius on Tuesday, Lithuanian President Tomas Jurgaitis said the bridge would be built.",
       {"Tomas Jurgaitis | Inese Kalnina"}},
      {"TALLINN (AFP) – Estonian President Alar Karis and Finnish President Alexander Stubb met "
       "on the sidelines of the summit.",
       {"Alar Karis | Alexander Stubb"}},
      {"RIGA. LETA – After his talks with Polish Foreign Minister Marek Zielinski, Foreign "
       "Minister Anna Berzina told reporters the sides agreed.",
       {"Anna Berzina | Marek Zielinski"}},
  }));
  CAPTURE(paragraph);
  CHECK(Meetings("", {paragraph}) == expected);
}

TEST_CASE("A fronted meeting's partner is followed only by a place or a time", "[extractor][met]") {
  // Not "with A, [B noted that ..., the press service]": B is the one who met A.
  CHECK(Meetings("During the meeting with Ambassador of Japan to Estonia Hiroshi Tanaka, Chairman "
                 "of the Senate Lauri Vaher noted that Japan is a major investor, the "
                 "Senate press service reports.") == Lines{"Lauri Vaher | Hiroshi Tanaka"});
}

TEST_CASE("Meetings allow slack between the verb and the one met", "[extractor][met]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Saudi Foreign Minister Faisal bin Farhan met for more than an hour with Secretary of "
       "State Marco Rubio.",
       {"Faisal bin Farhan | Marco Rubio"}},
      {"Defence Minister Hanno Pevkur met on Sept. 9 with his Latvian counterpart Andris "
       "Spruds.",
       {"Hanno Pevkur | Andris Spruds"}},
      {"Kassym-Jomart Tokayev had telephone conversations with the presidents of Turkey Recep "
       "Tayyip Erdogan and Azerbaijan Ilham Aliyev.",
       {"Kassym-Jomart Tokayev | Recep Tayyip Erdogan", "Kassym-Jomart Tokayev | Ilham Aliyev"}},
      // A day without "on", as American wire copy writes it; "today" before the one received.
      {"Secretary of State Mirela Dost spoke by phone Friday with Foreign Minister Lenart Ovo "
       "about the talks.",
       {"Mirela Dost | Lenart Ovo"}},
      {"Premier Lenart Ovo spoke on the telephone to President Toma Vilder and two governors.",
       {"Lenart Ovo | Toma Vilder"}},
      {"President Toma Vilder met Thursday with Chancellor Anna Keller.",
       {"Toma Vilder | Anna Keller"}},
      {"Chairman of the Senate Toma Vilder received today the Ambassador of Chile Ansel Korvan.",
       {"Toma Vilder | Ansel Korvan"}},
      {"Minister of State Toma Vilder received at his office in Port Lenna today Ansel Korvan, "
       "deputy minister of trade.",
       {"Toma Vilder | Ansel Korvan"}},
      // A delegation of a company, headed by someone named by the company's office.
      {"Governor Toma Vilder received a delegation of Nordvik Energy Group headed by the "
       "company's Vice President Ansel Korvan.",
       {"Toma Vilder | Ansel Korvan"}},
      // The one met is the person named after the office, not the body of the office.
      {"Minister Toma Vilder met the head of the Nordvik Development Bank, Ansel Korvan, on "
       "Monday.",
       {"Toma Vilder | Ansel Korvan"}},
      {"Minister Toma Vilder met the chairperson of the Harbour Commission, Ansel Korvan, and "
       "left.",
       {"Toma Vilder | Ansel Korvan"}},
      // An office and the name after a comma are one person, not two.
      {"Sadyr Japarov had a phone conversation with the first president of Kazakhstan, "
       "Nursultan Nazarbayev.",
       {"Sadyr Japarov | Nursultan Nazarbayev"}},
  }));
  CAPTURE(sentence);
  CHECK(Meetings(sentence) == expected);
}

TEST_CASE("A pair that discussed or agreed something in a phone call or during talks spoke",
          "[extractor][met]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"President Toma Vilder and Chancellor Anna Keller discussed gas prices in a phone call "
       "on Tuesday.",
       {"Toma Vilder | Anna Keller"}},
      {"Toma Vilder and Anna Keller agreed by phone to meet in May.",
       {"Toma Vilder | Anna Keller"}},
      {"President Toma Vilder discussed gas prices with Chancellor Anna Keller during a "
       "telephone conversation.",
       {"Toma Vilder | Anna Keller"}},
      {"Premier Toma Vilder and Chancellor Anna Keller agreed on Monday to open a rail link "
       "during talks in the capital.",
       {"Toma Vilder | Anna Keller"}},
      {"Toma Vilder and Anna Keller agreed to cut tariffs during their first meeting.",
       {"Toma Vilder | Anna Keller"}},
      // Planned, or with a country: no one spoke with anyone.
      {"President Toma Vilder will discuss gas prices with Chancellor Anna Keller by phone.", {}},
      {"President Toma Vilder discussed gas prices with Norway by phone.", {}},
      // Discussed, but no call: not told as a conversation.
      {"Toma Vilder and Anna Keller discussed gas prices.", {}},
      {"Toma Vilder and Anna Keller agreed to hold talks next month.", {}},
  }));
  CAPTURE(sentence);
  CHECK(Meetings(sentence) == expected);
}

TEST_CASE("Headlines say who met in title case", "[extractor][met]") {
  CHECK(Meetings("Chancellor Olaf Scholz Meets with President of Finland Alexander Stubb", {}) ==
        Lines{"Olaf Scholz | Alexander Stubb"});
  CHECK(Meetings("President Alar Karis talks with Tartu County Governor Mart Tamm over phone",
                 {}) == Lines{"Alar Karis | Mart Tamm"});
}

TEST_CASE("A counterpart of a country is the person of that country the item names",
          "[extractor][met]") {
  // Not the host's prime minister, whose country nothing tells, but the
  // Estonian the item names, a foreign minister.
  CHECK(Meetings("Minister Ovo meets Estonian counterpart in Vilnius",
                 {"Foreign Minister Lenart Ovo met Estonian Foreign Minister Kadri Tamm in "
                  "Vilnius.",
                  "Tamm was later received by Prime Minister Rasa Vaitkute."}) ==
        Lines{"Lenart Ovo | Kadri Tamm", "Rasa Vaitkute | Kadri Tamm"});
}

TEST_CASE("Meetings give nothing for other senses, countries and new clauses", "[extractor][met]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Minister Hanno Pevkur received a letter from the union.", {}},
      {"Chancellor Olaf Scholz received an award in Aachen.", {}},
      {"The ministry met the target two years early.", {}},
      {"Minister Hanno Pevkur met supporters in Tartu.", {}},
      {"Foreign Minister Margus Tsahkna met his EU counterparts in Brussels.", {}},
      {"President Alar Karis will meet Chancellor Olaf Scholz next week.", {}},
      {"Foreign Minister Penny Wong will raise trade in the upcoming talks with Wang Yi.", {}},
      // Countries inside offices are not the ones met.
      {"President Sadyr Japarov talked over the phone with the presidents of Kazakhstan and "
       "Uzbekistan.",
       {}},
      // The last name opens a clause of its own.
      {"President Javier Milei met with IMF Managing Director Kristalina Georgieva, and economy "
       "minister Luis Caputo said the talks went well.",
       {"Javier Milei | Kristalina Georgieva"}},
      // A day ends the one met; the speaker of the report after it met no one.
      {"President Toma Vilder held talks with Chancellor Anna Keller on Monday, government "
       "spokesman Lenart Ovo said.",
       {"Toma Vilder | Anna Keller"}},
      // "Scottish" and "Welsh" are words of an office, not names.
      {"Prime Minister Toma Vilder met the Chancellor, Anna Keller, and the Welsh Secretary, "
       "Ansel Korvan, in London.",
       {"Toma Vilder | Anna Keller", "Toma Vilder | Ansel Korvan"}},
      // A denied meeting.
      {"The presidency denied that President Toma Vilder had met opposition leader Ansel "
       "Korvan in London.",
       {}},
      // The one before "with" is the met, not the one who met someone else.
      {"Before the meeting with Scholz, President Macron met with Prime Minister Giorgia Meloni.",
       {"Emmanuel Macron | Giorgia Meloni", "Emmanuel Macron | Olaf Scholz"}},
  }));
  CAPTURE(sentence);
  CHECK(Meetings(sentence) == expected);
}

TEST_CASE("Meetings in person: met up with, spoke privately, face to face", "[extractor][met]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Chancellor Olaf Scholz spoke privately with Prime Minister Mette Frederiksen after the "
       "summit.",
       {"Olaf Scholz | Mette Frederiksen"}},
      {"Chancellor Olaf Scholz spoke in private to Prime Minister Mette Frederiksen on Monday.",
       {"Olaf Scholz | Mette Frederiksen"}},
      {"Chancellor Olaf Scholz talked face to face with President Alar Karis for the first time.",
       {"Olaf Scholz | Alar Karis"}},
      {"Chancellor Olaf Scholz met up with Prime Minister Mette Frederiksen in Copenhagen.",
       {"Olaf Scholz | Mette Frederiksen"}},
      {"Olaf Scholz and Mette Frederiksen met up in Copenhagen on Friday.",
       {"Olaf Scholz | Mette Frederiksen"}},
      // Speaking to the press, about someone, or only planning to.
      {"Minister Hanno Pevkur spoke to reporters privately.", {}},
      {"Minister Hanno Pevkur spoke privately about the budget.", {}},
      {"Chancellor Olaf Scholz spoke privately to the press about Mette Frederiksen.", {}},
      {"Chancellor Olaf Scholz said he would speak privately with Mette Frederiksen.", {}},
      {"Chancellor Olaf Scholz spoke to the committee about Mette Frederiksen in private.", {}},
      {"The two sides met up again in May.", {}},
  }));
  CAPTURE(sentence);
  CHECK(Meetings(sentence) == expected);
}

TEST_CASE("A group that met stands for the people named before it", "[extractor][met][group]") {
  auto [paragraphs, expected] = GENERATE(table<Lines, Lines>({
      // Titled groups: the people of the item given such an office.
      {{"President Arvid Lunde flew to Talvik on Monday at the invitation of Prime Minister "
        "Maren Sko.",
        "The two leaders held talks on fishing quotas."},
       {"Arvid Lunde | Maren Sko"}},
      {{"Foreign Minister Elin Varro crossed the border to see Foreign Minister Kaspar Dunne. "
        "Both ministers held talks behind closed doors."},
       {"Elin Varro | Kaspar Dunne"}},
      {{"President Arvid Lunde, President Jonas Riel and President Mira Salo arrived in Talvik.",
        "The presidents met at the old castle on Tuesday."},
       {"Arvid Lunde | Jonas Riel", "Arvid Lunde | Mira Salo", "Jonas Riel | Mira Salo"}},
      // Later mentions by surname are the same people.
      {{"Chancellor Ruth Amsel wrote to Prime Minister Otto Brenner in June.",
        "Amsel said Brenner had not replied. The two leaders met in Velna a week later."},
       {"Ruth Amsel | Otto Brenner"}},
      // "The pair", "the two sides": the people of the nearest sentences.
      {{"Campaigner Karl Dorn toured the harbour with his lawyer.",
        "Mayor Tomas Brandt praised the new quay, but Ms Ilse Varga was unconvinced.",
        "The pair met on the quayside as crowds gathered."},
       {"Tomas Brandt | Ilse Varga"}},
      {{"The trade talks were led by Minister Oskar Hale and his counterpart Petra Lind.",
        "The two sides met again in Velna on Friday."},
       {"Oskar Hale | Petra Lind"}},
  }));
  CAPTURE(paragraphs);
  CHECK(Meetings("", paragraphs) == expected);
}

TEST_CASE("A group gives no meeting when the item does not say who it is",
          "[extractor][met][group]") {
  auto paragraphs = GENERATE(values<Lines>({
      // Three people hold the office "the two leaders" asks for.
      {"President Arvid Lunde, Prime Minister Maren Sko and King Harald Brun opened the bridge.",
       "The two leaders held talks in the palace."},
      // One person only, or nobody named before.
      {"President Arvid Lunde arrived in Talvik.", "The two leaders held talks in the palace."},
      {"The two leaders held talks in the palace."},
      // A deputy is not one of the leaders.
      {"President Arvid Lunde and Deputy Prime Minister Maren Sko opened the bridge.",
       "The two leaders met in the palace."},
      // Planned, denied, or "met" in another sense.
      {"President Arvid Lunde flew to Talvik to see Prime Minister Maren Sko.",
       "The two leaders will hold talks next week."},
      {"President Arvid Lunde flew to Talvik to see Prime Minister Maren Sko.",
       "The two leaders have never met."},
      {"Tomas Brandt and Ilse Varga ran the appeal.", "The pair met the target within a week."},
      // "The pair" after a sentence naming three.
      {"Tomas Brandt, Ilse Varga and Karl Dorn spoke at the rally.", "The pair met in 1998."},
      // "The sides" without a number names no one.
      {"Minister Oskar Hale wrote to Minister Petra Lind.", "The sides met in Velna."},
  }));
  CAPTURE(paragraphs);
  CHECK(Meetings("", paragraphs).empty());
}

}  // namespace polgraph
