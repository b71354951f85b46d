// Appointments and dismissals as news reports word them: slack between the
// parts of a rule, decrees and coordination, nominal and attributive forms,
// word senses that are neither, and bodies as appointers. The sentences are
// written for these tests and the people are invented, so that no aliases
// entry decides an answer.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "tests/default_extractor.h"

namespace polgraph {
namespace {

using Lines = std::vector<std::string>;

const Extractor& Default() { return testing::DefaultExtractor(); }

// "subject | relation | object | role" for each appointed and dismissed
// triple of a one-paragraph item without a title, in output order.
Lines Offices(const std::string& paragraph) {
  Item item;
  item.source = "test.txt";
  item.position = 1;
  item.id = "test-1";
  item.date = *Date::ParseIso("2024-03-12");
  item.paragraphs = {paragraph};
  Lines out;
  for (const Triple& t : Default().Extract(item))
    if (t.relation == Relation::kAppointed || t.relation == Relation::kDismissed)
      out.push_back(t.subject.name + " | " + t.relation.name() + " | " + t.object.name + " | " +
                    t.role);
  return out;
}

}  // namespace

TEST_CASE("Appointments and dismissals read past adverbs, ages, appositions and descriptors",
          "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"President Toma Vilder has also appointed Ansel Korvan as Minister of Water Resources.",
       {"Toma Vilder | appointed | Ansel Korvan | Minister of Water Resources"}},
      // Appointed by someone's predecessor: the predecessor, unnamed, acted.
      {"Governor Toma Vilder spoke on Friday. Ansel Korvan, who was appointed by Vilder's "
       "predecessor in 2019, left the room.",
       {"? | appointed | Ansel Korvan | "}},
      // A date in wire copy's abbreviation between the agent and the act.
      {"The Saeima on Feb. 11 dismissed Economy Minister Lenart Ovo.",
       {"Saeima | dismissed | Lenart Ovo | Economy Minister"}},
      // A relative clause's dismissal "under" a decree.
      {"Lenart Ovo succeeds Ansel Korvan, who was relieved of his duties under the same order.",
       {"? | dismissed | Ansel Korvan | "}},
      {"Ansel Korvan, 61, has since been named chief negotiator.",
       {"? | appointed | Ansel Korvan | chief negotiator"}},
      {"Mirela Dost, 58, was removed as Chairman of the Audit Chamber.",
       {"? | dismissed | Mirela Dost | Chairman of the Audit Chamber"}},
      {"Lenart Ovo, formerly the head of the customs service, has been appointed in his place.",
       {"? | appointed | Lenart Ovo | "}},
      {"President Toma Vilder, speaking after a cabinet session, named former banker Ansel "
       "Korvan as his economic adviser.",
       {"Toma Vilder | appointed | Ansel Korvan | economic adviser"}},
      {"Mirela Dost, the party's deputy leader, was sacked on Friday.",
       {"? | dismissed | Mirela Dost | "}},
      {"Lenart Ovo was named to fill the position of the secretary of the Security Council.",
       {"? | appointed | Lenart Ovo | secretary of the Security Council"}},
      {"Lenart Ovo was made permanent secretary in 2019.",
       {"? | appointed | Lenart Ovo | permanent secretary"}},
      {"Ansel Korvan ran the port for a decade, a year before he was appointed as minister for "
       "trade.",
       {"? | appointed | Ansel Korvan | minister for trade"}},
      // Descriptors of the person before the name opening the sentence.
      {"Former central banker Lenart Ovo was appointed finance minister.",
       {"? | appointed | Lenart Ovo | finance minister"}},
      {"Former dairy farmer Mirela Dost was dismissed on Monday.",
       {"? | dismissed | Mirela Dost | "}},
      {"Ansel Korvan was reappointed speaker of the assembly.",
       {"? | appointed | Ansel Korvan | speaker of the assembly"}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

TEST_CASE("Appointments and dismissals by decree and in coordinated clauses", "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      // A counted office with its people in parentheses or dashes, in the passive
      // (the office is not given to each: roles stay empty, as for the active form).
      {"Two regional governors (Ansel Korvan and Mirela Dost) were dismissed by President Toma "
       "Vilder.",
       {"Toma Vilder | dismissed | Ansel Korvan | ", "Toma Vilder | dismissed | Mirela Dost | "}},
      {"Three deputy ministers - Lenart Ovo, Ansel Korvan and Mirela Dost - were relieved of "
       "their posts.",
       {"? | dismissed | Lenart Ovo | ", "? | dismissed | Ansel Korvan | ",
        "? | dismissed | Mirela Dost | "}},
      {"President Toma Vilder signed a decree on Monday appointing Lenart Ovo as Ambassador to "
       "Norway.",
       {"Toma Vilder | appointed | Lenart Ovo | Ambassador to Norway"}},
      {"President Toma Vilder has signed a decree to appoint Lenart Ovo to the post of deputy "
       "head of the Presidential Office.",
       {"Toma Vilder | appointed | Lenart Ovo | deputy head of the Presidential Office"}},
      {"President Toma Vilder signed a decree dismissing the governor of Kuldara province Mirela "
       "Dost.",
       {"Toma Vilder | dismissed | Mirela Dost | governor of Kuldara province"}},
      {"President Toma Vilder decreed to relieve Ansel Korvan, Lenart Ovo and Mirela Dost of "
       "their duties.",
       {"Toma Vilder | dismissed | Ansel Korvan | ", "Toma Vilder | dismissed | Lenart Ovo | ",
        "Toma Vilder | dismissed | Mirela Dost | "}},
      {"President Toma Vilder's decree published on Friday in the official gazette orders the "
       "dismissal of Interior Minister Ansel Korvan.",
       {"Toma Vilder | dismissed | Ansel Korvan | Interior Minister"}},
      {"President Toma Vilder dismissed Ansel Korvan and appointed Lenart Ovo as Minister of "
       "Finance.",
       {"Toma Vilder | appointed | Lenart Ovo | Minister of Finance",
        "Toma Vilder | dismissed | Ansel Korvan | "}},
      {"President Toma Vilder relieved Ansel Korvan of his post and appointed him special "
       "adviser.",
       {"Toma Vilder | appointed | Ansel Korvan | special adviser",
        "Toma Vilder | dismissed | Ansel Korvan | "}},
      {"Ansel Korvan was dismissed, and Lenart Ovo was appointed Minister of Trade.",
       {"? | appointed | Lenart Ovo | Minister of Trade", "? | dismissed | Ansel Korvan | "}},
      {"President Toma Vilder said he had sacked three governors (Ansel Korvan, Lenart Ovo and "
       "Mirela Dost) in a month.",
       {"Toma Vilder | dismissed | Ansel Korvan | ", "Toma Vilder | dismissed | Lenart Ovo | ",
        "Toma Vilder | dismissed | Mirela Dost | "}},
      {"President Toma Vilder fired Ansel Korvan and the head of the tax service, Lenart Ovo, "
       "on Friday.",
       {"Toma Vilder | dismissed | Ansel Korvan | ",
        "Toma Vilder | dismissed | Lenart Ovo | head of the tax service"}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

TEST_CASE("Appointments stated as attributes, participles and nouns", "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Ansel Korvan, the newly appointed Minister of Health, visited the hospital.",
       {"? | appointed | Ansel Korvan | Minister of Health"}},
      {"The newly appointed governor Lenart Ovo arrived in the city.",
       {"? | appointed | Lenart Ovo | governor"}},
      {"Norland's newly designated ambassador to Chile, Mirela Dost, presented her credentials.",
       {"? | appointed | Mirela Dost | ambassador to Chile"}},
      {"Critics said President Toma Vilder's appointment of Ansel Korvan was a mistake.",
       {"Toma Vilder | appointed | Ansel Korvan | "}},
      {"Ansel Korvan, first appointed to the bench by President Toma Vilder in 2001, said he "
       "would retire.",
       {"Toma Vilder | appointed | Ansel Korvan | "}},
      {"She backed Mirela Dost - the woman appointed as the party's campaign chief - on Monday.",
       {"? | appointed | Mirela Dost | party's campaign chief"}},
      {"Ansel Korvan, who had never held office, was appointed by Governor Mirela Dost.",
       {"Mirela Dost | appointed | Ansel Korvan | "}},
      {"Lenart Ovo's appointment as Minister of Trade surprised the markets.",
       {"? | appointed | Lenart Ovo | Minister of Trade"}},
      {"The opposition would block Lenart Ovo's appointment or that of former minister Mirela "
       "Dost as ambassador to Chile.",
       {"? | appointed | Mirela Dost | ambassador to Chile",
        "? | appointed | Lenart Ovo | ambassador to Chile"}},
      {"Lenart Ovo's appointment as Minister of Trade is expected next week.", {}},
      {"Critics said President Toma Vilder's sacking of Ansel Korvan was hasty.",
       {"Toma Vilder | dismissed | Ansel Korvan | "}},
      {"Lenart Ovo, who was appointed by President Toma Vilder in 2016, said the law would pass.",
       {"Toma Vilder | appointed | Lenart Ovo | "}},
      {"Mirela Dost, who was sacked as Minister of Energy in 2019, said she would return.",
       {"? | dismissed | Mirela Dost | Minister of Energy"}},
      {"Ansel Korvan lost his seat in 2010. After his sacking, he wrote two books.",
       {"? | dismissed | Ansel Korvan | "}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

TEST_CASE("Dismissing an idea and naming a threat are no office acts; bodies appoint",
          "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"President Toma Vilder dismissed the criticism as unfounded.", {}},
      {"President Toma Vilder dismissed Ansel Korvan as naive.", {}},
      {"Toma Vilder dismisses Labour tax fears.", {}},
      {"Toma Vilder dismissed Ansel Korvan's budget as reckless.", {}},
      {"The report names Norland as the main threat to the region.", {}},
      {"Toma Vilder named Ansel Korvan as the main threat to peace.", {}},
      {"Lenart Ovo was made a Commander of the Order of the Bath.", {}},
      {"Ansel Korvan said the minister would be dismissed if the audit failed.", {}},
      {"Toma Vilder will appoint Ansel Korvan as minister next week.", {}},
      {"Shots were fired at the motorcade near the border.", {}},
      {"Mirela Dost was removed from the ballot by the electoral board.", {}},
      {"Toma Vilder dismissed suggestions from Ansel Korvan, saying they were absurd.", {}},
      {"Toma Vilder fired a warning at Ansel Korvan on Tuesday.", {}},
      {"The judge dismissed the charges against Toma Vilder on Monday.", {}},
      {"Toma Vilder named the new bridge after his grandfather.", {}},
      {"Lenart Ovo was made to wait for an hour.", {}},
      {"The parliament sacked Ansel Korvan on Tuesday.", {"? | dismissed | Ansel Korvan | "}},
      {"The board of the central bank dismissed governor Ansel Korvan.",
       {"? | dismissed | Ansel Korvan | governor"}},
      // A candidacy or a nomination is no office.
      {"The Greens named Lenart Ovo as their candidate for mayor.", {}},
      {"Toma Vilder named Mirela Dost as his nominee for ambassador to Norland.", {}},
      {"The Trade Commission today appointed its chief spokesman, Lenart Ovo, as its top "
       "official in charge of farm talks.",
       {"Trade Commission | appointed | Lenart Ovo | top official in charge of farm talks"}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

TEST_CASE("Appointments in a relative clause without \"as\" and with \"his\"", "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Lenart Ovo, who was appointed trade minister in 2003, said he would stay.",
       {"? | appointed | Lenart Ovo | trade minister"}},
      {"Mirela Dost, who was made Europe minister last year, said the talks went well.",
       {"? | appointed | Mirela Dost | Europe minister"}},
      {"Ansel Korvan, who was later named chief of the general staff, denied the report.",
       {"? | appointed | Ansel Korvan | chief of the general staff"}},
      {"Mr Korvan, appointed home secretary last week, said he would act.",
       {"? | appointed | Korvan | home secretary"}},
      {"Lenart Ovo thanked the voters. He said his appointment as chairman of the Arts Board "
       "came as a surprise.",
       {"? | appointed | Lenart Ovo | chairman of the Arts Board"}},
      {"Mirela Dost said her surprise appointment as foreign minister was welcome.",
       {"? | appointed | Mirela Dost | foreign minister"}},
      // Other senses of "made" and "named", peerages, and appointments only hoped for.
      {"Lenart Ovo, who was made redundant in 2009, said the plant would close.", {}},
      {"Lenart Ovo, who was named after his grandfather, said he was proud.", {}},
      {"Lenart Ovo, made redundant in 2009, said the plant would close.", {}},
      {"Mirela Dost, named as a witness in the case, declined to comment.", {}},
      {"Ansel Korvan, named by the newspaper as the source, denied it.", {}},
      {"Mirela Dost, who was made a Labour peer in 2004, said she would speak.", {}},
      {"Mirela Dost said her appointment as ambassador would be announced soon.", {}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

TEST_CASE("Dismissals from the shadow cabinet and of a chief whip", "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Mirela Dost was sacked from the shadow cabinet last week.",
       {"? | dismissed | Mirela Dost | "}},
      {"Toma Vilder sacked his chief whip Lenart Ovo on Monday.",
       {"Toma Vilder | dismissed | Lenart Ovo | chief whip"}},
      // The whip of a party is no person's office.
      {"The party withdrew the whip from Ansel Korvan.", {}},
      {"Ansel Korvan defied the party whip on the vote.", {}},
      {"Mirela Dost was sacked from her job at the bakery as a teenager, she said.",
       {"? | dismissed | Mirela Dost | "}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

TEST_CASE("Wire reports of appointments: lists of posts, orders, the post left behind",
          "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      // A list of people, each with a post, after a time adverb.
      {"President Toma Vilder on Monday appointed Ansel Korvan as hokim of Fergana region, Mirela "
       "Dost as hokim of Andijan region and Lenart Ovo as hokim of Namangan region.",
       {"Toma Vilder | appointed | Ansel Korvan | hokim of Fergana region",
        "Toma Vilder | appointed | Mirela Dost | hokim of Andijan region",
        "Toma Vilder | appointed | Lenart Ovo | hokim of Namangan region"}},
      // The post left behind is a dismissal by the same appointer.
      {"President Toma Vilder appointed Ansel Korvan as Ambassador to Chile, relieving him of his "
       "duties as Ambassador to Peru.",
       {"Toma Vilder | appointed | Ansel Korvan | Ambassador to Chile",
        "Toma Vilder | dismissed | Ansel Korvan | Ambassador to Peru"}},
      // An order or decree as the subject; an order's author in front.
      {"A separate order named Mirela Dost deputy minister of health.",
       {"? | appointed | Mirela Dost | deputy minister of health"}},
      {"Another decree relieved Lenart Ovo of his post as head of the tax service.",
       {"? | dismissed | Lenart Ovo | head of the tax service"}},
      {"By the order of Mayor Toma Vilder, Ansel Korvan has been assigned as deputy mayor.",
       {"Toma Vilder | appointed | Ansel Korvan | deputy mayor"}},
      // The office, then the appointer's name set off by commas.
      {"The Prime Minister, Toma Vilder, has appointed Ansel Korvan as Home Secretary.",
       {"Toma Vilder | appointed | Ansel Korvan | Home Secretary"}},
      // A plural field in an office's name is no person.
      {"Mirela Dost was appointed Minister of Industry and New Technologies.",
       {"? | appointed | Mirela Dost | Minister of Industry and New Technologies"}},
      // "the newly created post of", an age and "the country's new" before the office, "his
      // defence minister" before the name dismissed.
      {"Ansel Korvan has been appointed to the newly created post of deputy prime minister.",
       {"? | appointed | Ansel Korvan | deputy prime minister"}},
      {"President Toma Vilder on Monday named Ansel Korvan, 52, the country's new finance "
       "minister.",
       {"Toma Vilder | appointed | Ansel Korvan | finance minister"}},
      {"President Toma Vilder has sacked his defence minister, Ansel Korvan, after a scandal.",
       {"Toma Vilder | dismissed | Ansel Korvan | defence minister"}},
      // A body votes; a second term; a body to head instead of an office.
      {"The Senate on Tuesday voted to appoint Ansel Korvan as prosecutor-general.",
       {"Senate | appointed | Ansel Korvan | prosecutor-general"}},
      {"Lawmakers also voted overwhelmingly to remove Mirela Dost from the post of ombudsman.",
       {"? | dismissed | Mirela Dost | ombudsman"}},
      {"The council reappointed Lenart Ovo as chief auditor for a second five-year term.",
       {"? | appointed | Lenart Ovo | chief auditor"}},
      {"Prime Minister Toma Vilder named Ansel Korvan, a former banker, to head the Tax "
       "Committee on Monday.",
       {"Toma Vilder | appointed | Ansel Korvan | "}},
      // "to lead" a task that is no organization is no post.
      {"Prime Minister Toma Vilder named Ansel Korvan to lead the review of pensions.", {}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

TEST_CASE(
    "Appointments told as a replacement, an announcement, a tap or a local office's order; a "
    "dismissal as a past event",
    "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      // One replaced by another in an office: both acts, by the same agent.
      {"Chancellor Toma Vilder shook up her team on Tuesday, replacing Ansel Korvan with former "
       "ambassador Mirela Dost as interior minister.",
       {"Toma Vilder | appointed | Mirela Dost | interior minister",
        "Toma Vilder | dismissed | Ansel Korvan | interior minister"}},
      {"Governor Lenart Ovo replaced Ansel Korvan with Mirela Dost as head of the port authority "
       "and "
       "named a new harbour master, his office said.",
       {"Lenart Ovo | appointed | Mirela Dost | head of the port authority",
        "Lenart Ovo | dismissed | Ansel Korvan | head of the port authority"}},
      // An appointment announced or confirmed by its author, one or two people.
      {"President Toma Vilder announced the appointment of Ansel Korvan as ambassador to Brazil.",
       {"Toma Vilder | appointed | Ansel Korvan | ambassador to Brazil"}},
      {"Mayor Lenart Ovo on Monday confirmed the appointments of Mirela Dost and Ansel Korvan as "
       "deputy mayors.",
       {"Lenart Ovo | appointed | Mirela Dost | deputy mayor",
        "Lenart Ovo | appointed | Ansel Korvan | deputy mayor"}},
      // "tapped" as wire copy uses it for a post.
      {"President Toma Vilder has tapped Ansel Korvan, a veteran central banker, as her economic "
       "adviser.",
       {"Toma Vilder | appointed | Ansel Korvan | economic adviser"}},
      // A dismissal as the time or cause of something else.
      {"The embassy has had no head since the dismissal of Ansel Korvan in March.",
       {"? | dismissed | Ansel Korvan | "}},
      {"Students marched over the sacking of Mirela Dost as rector of the university.",
       {"? | dismissed | Mirela Dost | rector of the university"}},
      // An order of an office-holder of a place named before the name; the post "the region's
      // first" holds.
      {"By the order of the governor of Tarsk region Lenart Ovo, Mirela Dost has been appointed "
       "deputy governor.",
       {"Lenart Ovo | appointed | Mirela Dost | deputy governor"}},
      {"By the order of the mayor of Velna city Lenart Ovo, Mirela Dost has been relieved of her "
       "post as deputy mayor.",
       {"Lenart Ovo | dismissed | Mirela Dost | deputy mayor"}},
      {"Mayor Toma Vilder has appointed Ansel Korvan as the region's first Night Time Economy "
       "Adviser.",
       {"Toma Vilder | appointed | Ansel Korvan | Night Time Economy Adviser"}},
      // Asking for a dismissal, tapped phones, a thing replaced, appointments in general: none.
      {"Ansel Korvan called for the dismissal of Interior Minister Mirela Dost.", {}},
      {"The phones of Ansel Korvan were tapped by the secret police.", {}},
      {"Lenart Ovo replaced the old fleet with electric buses as part of the plan.", {}},
      {"Toma Vilder welcomed the appointment of more women as judges.", {}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

TEST_CASE("Decrees and orders as agencies word them", "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      // "Decree" capitalized, with the office and the country before the name.
      {"By Decree of the President of Chile Toma Vilder, Ansel Korvan was relieved of his post "
       "as governor of Tarsk region.",
       {"Toma Vilder | dismissed | Ansel Korvan | governor of Tarsk region"}},
      {"By Order of Mayor Lenart Ovo, Mirela Dost has been appointed deputy mayor.",
       {"Lenart Ovo | appointed | Mirela Dost | deputy mayor"}},
      // Appointed in the passive, relieved of the post before.
      {"By decree of President Toma Vilder, Ansel Korvan has been appointed Minister of Water, "
       "relieving him of his duties as Vice Minister of Energy.",
       {"Toma Vilder | appointed | Ansel Korvan | Minister of Water",
        "Toma Vilder | dismissed | Ansel Korvan | Vice Minister of Energy"}},
      {"Mirela Dost was named ambassador to Peru on Monday, relieving her of the post of consul "
       "general.",
       {"? | appointed | Mirela Dost | ambassador to Peru",
        "? | dismissed | Mirela Dost | consul general"}},
      // "assigned" in the passive; why someone left, after "owing to".
      {"Deputy Minister Ansel Korvan was assigned as acting minister of health.",
       {"? | appointed | Ansel Korvan | acting minister of health"}},
      {"He replaces Lenart Ovo, who has been assigned as consul general in Osaka.",
       {"? | appointed | Lenart Ovo | consul general in Osaka"}},
      {"She replaces Mirela Dost, who was relieved of her post owing to a move to another job.",
       {"? | dismissed | Mirela Dost | "}},
      // Royal and emiri decrees, plural orders, the day before the decree.
      {"King Toma Vilder issued royal orders today appointing Ansel Korvan as Minister of Health "
       "and Lenart Ovo as Minister of Tourism.",
       {"Toma Vilder | appointed | Ansel Korvan | Minister of Health",
        "Toma Vilder | appointed | Lenart Ovo | Minister of Tourism"}},
      {"Emir Toma Vilder issued on Sunday an Amiri decree appointing Ansel Korvan as Minister of "
       "Oil.",
       {"Toma Vilder | appointed | Ansel Korvan | Minister of Oil"}},
      // The office before the name a dismissal ends is the office, not "the head of X's".
      {"Governor Toma Vilder fired the head of the state's Water agency on Monday.", {}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

TEST_CASE("A dismissal told in a relative clause may end the sentence or go on with why",
          "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Ansel Korvan replaces Mirela Dost, who was dismissed on Friday after an audit of the "
       "ministry.",
       {"? | dismissed | Mirela Dost | "}},
      {"Ansel Korvan replaces Mirela Dost, who was relieved of her post last week.",
       {"? | dismissed | Mirela Dost | "}},
      {"Ansel Korvan succeeds Mirela Dost, who was removed from the post amid a corruption probe.",
       {"? | dismissed | Mirela Dost | "}},
      // "fired up" is no dismissal.
      {"The crowd cheered Mirela Dost, who was fired up by the result.", {}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

TEST_CASE("An act a denial introduces did not happen", "[appointments]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"The spokesman denied media reports that Foreign Minister Ansel Korvan had been sacked.",
       {}},
      {"The palace dismissed claims that Mirela Dost was appointed as envoy to Peru.", {}},
      // A dismissal and then "said that": no denial.
      {"President Toma Vilder dismissed Defence Minister Lenart Ovo and said that he had "
       "appointed Ansel Korvan as defence minister.",
       {"Toma Vilder | appointed | Ansel Korvan | defence minister",
        "Toma Vilder | dismissed | Lenart Ovo | Defence Minister"}},
  }));
  CAPTURE(sentence);
  CHECK(Offices(sentence) == expected);
}

}  // namespace polgraph
