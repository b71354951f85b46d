// Who speaks in real news: named people and organizations, each member of
// a pair or group, a journalist named after the outlet; never the outlet, an
// unnamed spokesman, a people, a place or a word that opens a sentence.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "tests/default_extractor.h"

namespace polgraph {
namespace {

using Lines = std::vector<std::string>;

const Extractor& Default() { return testing::DefaultExtractor(); }

// The speakers of an item, in output order.
Lines Speakers(const Lines& paragraphs) {
  Item item;
  item.source = "speakers.txt";
  item.position = 1;
  item.id = "speakers-1";
  item.date = *Date::ParseIso("2024-10-02");
  item.paragraphs = paragraphs;
  Lines out;
  for (const Triple& t : Default().Extract(item))
    if (t.relation == Relation::kAnnounced) out.push_back(t.subject.name);
  return out;
}

}  // namespace

TEST_CASE("Named organizations, parties and journalists speak", "[extractor][announced]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"The North Atlantic Treaty Organisation (NATO) said it would send more troops.",
       {"North Atlantic Treaty Organisation"}},
      {"The Conservatives say the budget does not add up.", {"Conservative Party"}},
      {"The Liberal Democrats said the plan came too late.", {"Liberal Democrats"}},
      {"The Pentagon said the drill was routine.", {"Pentagon"}},
      {"The accountancy firm Harlow & Pike urged the minister to cut the tax.", {"Harlow & Pike"}},
      {"Tallinn County Hospital had earlier said the ward would close.",
       {"Tallinn County Hospital"}},
      {"BBC political editor Laura Kuenssberg said the vote was close.", {"Laura Kuenssberg"}},
      {"Sara Lindqvist, from Amnesty International, said the law went too far.",
       {"Sara Lindqvist"}},
      {"One of the founders, Mart Tamm - who led the party until 2019 - said he was leaving.",
       {"Mart Tamm"}},
      {"The European Commission pledged to review the ban but said it was not ready to lift it.",
       {"European Commission"}},
      // "states" speaks only before "that": "EU states" are countries.
      {"The European Commission states that the ban will stay.", {"European Commission"}},
  }));
  CAPTURE(sentence);
  CHECK(Speakers({sentence}) == expected);
}

TEST_CASE("A person speaks through a role, age or affiliation set off by commas",
          "[extractor][announced]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Ines Varga, spokeswoman for the Interior Ministry, said the border would reopen.",
       {"Ines Varga"}},
      {"Ines Varga, deputy head of the customs agency, told reporters the queue was shorter.",
       {"Ines Varga"}},
      {"Ines Varga, director general of the Baltic Ports Council, warned that fees would rise.",
       {"Ines Varga"}},
      {"Ines Varga, head of policy at the Open Harbours Trust, said the levy was unfair.",
       {"Ines Varga"}},
      {"Ines Varga, founder of the campaign group Clear Water, said the report was late.",
       {"Ines Varga"}},
      {"Ines Varga, party spokeswoman, said the vote would be free.", {"Ines Varga"}},
      // The role's closing comma left out: the body at its end does not speak.
      {"Ines Varga, head of policy at the charity Open Harbours Trust said the levy was unfair.",
       {"Ines Varga"}},
      {"Ines Varga, the leader of the Baltic Dockers Union told reporters the strike was over.",
       {"Ines Varga"}},
      {"Ines Varga, 61, said she would not stand again.", {"Ines Varga"}},
      // Where the speaker is from is no speaker, the town and its county alike.
      {"Mr Tamm, 41, from Tartu, Estonia, said the camp was cruel.", {"Tamm"}},
      {"Kadri Tamm, from Tartu, Estonia, said the camp was cruel.", {"Kadri Tamm"}},
      {"Kadri Tamm, 41, from Tartu, said the camp was cruel.", {"Kadri Tamm"}},
      // "of" a body or a town, the British way of giving either.
      {"Kadri Tamm, of the Baltic Dockers Union, said the strike was over.", {"Kadri Tamm"}},
      {"Mr Tamm, of Tartu, said the camp was cruel.", {"Tamm"}},
      {"The deal held, Ines Varga, chair of the board of the Port of Tallinn, said on Friday.",
       {"Ines Varga"}},
  }));
  CAPTURE(sentence);
  CHECK(Speakers({sentence}) == expected);
}

TEST_CASE("An office speaks by the full name set off after it", "[extractor][announced]") {
  CHECK(Speakers({"The shadow health secretary, Mirela Ovo, said the plan would fail."}) ==
        Lines{"Mirela Ovo"});
  CHECK(Speakers({"The Green Party's energy spokeswoman, Mirela Ovo, said she was pleased."}) ==
        Lines{"Mirela Ovo"});
  // A place after the seat is no name.
  CHECK(
      Speakers({"Mr Lenart Dost, MP for Riverton, Westshire, said the plan would fail."}).empty());
}

TEST_CASE("A party named by a short form is one speaker, under its name",
          "[extractor][announced]") {
  CHECK(Speakers({"The Lib Dems said the tax was unfair.",
                  "The Liberal Democrats said they would scrap it."}) ==
        Lines{"Liberal Democrats"});
  CHECK(Speakers({"The Tories said the plan would cost too much."}) == Lines{"Conservative Party"});
}

TEST_CASE("Each named member of a pair or group speaks", "[extractor][announced]") {
  CHECK(
      Speakers({"In a joint statement, Emmanuel Macron and Olaf Scholz said the deal was fair."}) ==
      Lines{"Emmanuel Macron", "Olaf Scholz"});
  // "on" joins a name's words ("War on Want"): the list runs on to "said".
  CHECK(Speakers({"Groups including the Open Society Foundation, the Refugee Council, and War "
                  "on Want said the law was unjust."}) == Lines{"Refugee Council"});
  CHECK(Speakers({"President Alar Karis held talks with President Rimas Valaitis.",
                  "The sides noted the growth of trade."}) ==
        Lines{"Alar Karis", "Rimas Valaitis"});
}

TEST_CASE("Outlets, unnamed spokesmen, peoples, places and openers never speak",
          "[extractor][announced]") {
  auto sentence =
      GENERATE(as<std::string>{}, "The news magazine Der Spiegel said the chancellor would stay.",
               "Le Monde said the minister had resigned.",
               "A spokesman for Chancellor Olaf Scholz said the talks were useful.",
               "Worried officials in Tartu said the plan was unfair.",
               "Most Bermudians said in a poll that they were happy.",
               "The Ohio Democrat says the budget is too big.",
               "Asked about the plan, the spokesman said nothing.",
               "A spokeswoman for the Hotel Guild, which speaks for the trade, said rates rose.",
               "Sources within the Centre Party told the newspaper the vote would slip.",
               "Officials inside the Finance Ministry said the figures were wrong.",
               "The smaller EU states opposed the levy, unlike the larger NATO states.",
               "According to the Times, the minister will resign.",
               "The Evening Standard said the mayor was wrong.",
               // The author of a book that "says": a complement of "by", with a role.
               "A book by Ines Varga, a member of the Baltic Council says the levy is unfair.");
  CAPTURE(sentence);
  CHECK(Speakers({sentence}).empty());
}

TEST_CASE("The object of a relative clause does not speak; its head does",
          "[extractor][announced]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"The lawyer who had represented Jan Kowal said the ruling was wrong.", {}},
      {"Officials who met Jan Kowal on Monday said the talks went well.", {}},
      {"Jan Kowal, who had represented the firm, said the ruling was wrong.", {"Jan Kowal"}},
      {"He said that Jan Kowal had said no.", {"Jan Kowal"}},
  }));
  CAPTURE(sentence);
  CHECK(Speakers({sentence}) == expected);
}

TEST_CASE("A speaker with letters after the name or a month as surname speaks by name",
          "[extractor][announced]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Former Europe Minister Denis MacShane MP said the treaty was sound.", {"Denis MacShane"}},
      {"Michael Mansfield QC told the inquiry it had failed.", {"Michael Mansfield"}},
      {"Theresa May said the scheme was a gimmick.", {"Theresa May"}},
      // The one an outlet quotes speaks, not the outlet.
      {"The agency quoted Foreign Minister Margus Tsahkna as saying the border would stay shut.",
       {"Margus Tsahkna"}},
      {"Mayor Mart Tamm was quoted by a local paper as saying the bridge was safe.", {"Mart Tamm"}},
      // A body whose name holds a word that also opens sentences.
      {"The Higher Education Funding Council for Wales said fees would rise.",
       {"Higher Education Funding Council for Wales"}},
      // Letters after a comma end the name too, but "MP for" opens an apposition.
      {"Circuit Judge Helen Varga, QC told the jury the case was complex.", {"Helen Varga"}},
      {"Mr Okafor, MP for Tamworth, said the plan was late.", {"Okafor"}},
      {"The Council for the Welfare of Seafarers says the rules are unfair.",
       {"Council for the Welfare of Seafarers"}},
      // The one a reporting clause names speaks, not the name the sentence opens with.
      {"Mayor Ivo Rand has failed the city, she claimed, saying the roads were worse.", {}},
      // A title listing its fields with commas ends before the name.
      {"Minister for Pensions, Older People and Families Ivo Rand said the plan was fair.",
       {"Ivo Rand"}},
      // Contractions, groups and openers are no speakers.
      {"We've said the levy is too high.", {}},
      {"Critics say the levy is too high.", {}},
      {"Looking ahead to the vote, she said the levy was too high.", {}},
      {"The Duke of Kent said the visit was a success.", {}},
      // A seat's place before "MP" is no speaker.
      {"The Salford MP said the plan was late.", {}},
  }));
  CAPTURE(sentence);
  CHECK(Speakers({sentence}) == expected);
}

TEST_CASE("A speaker speaks past an adverb of how often or how openly", "[extractor][announced]") {
  CHECK(Speakers({"Mayor Ines Duarte has repeatedly called for a second bridge."}) ==
        Lines{"Ines Duarte"});
  CHECK(Speakers({"Senator Paul Okafor and Carla Mendes have publicly urged a recount."}) ==
        Lines{"Paul Okafor", "Carla Mendes"});
}

TEST_CASE("The people who act after an opening phrase speak by \"saying\"",
          "[extractor][announced]") {
  CHECK(Speakers({"But at a press conference in Lyon, Mayor Ines Duarte rejected the plan, saying "
                  "it came too late."}) == Lines{"Ines Duarte"});
  CHECK(Speakers({"In a joint letter, Paul Okafor and Carla Mendes opposed the scheme, saying it "
                  "was rushed."}) == Lines{"Paul Okafor", "Carla Mendes"});
}

TEST_CASE("Someone quoted in or by an outlet speaks, with or without \"as\"",
          "[extractor][announced]") {
  CHECK(Speakers({"Mr Rand was quoted in the Evening Courier saying the count was flawed."}) ==
        Lines{"Rand"});
  CHECK(Speakers({"Ivo Rand was quoted by the Courier as saying the count was flawed."}) ==
        Lines{"Ivo Rand"});
}

TEST_CASE("A seat of government speaks for it, and is a place elsewhere",
          "[extractor][announced]") {
  CHECK(Speakers({"The Kremlin said the pipeline deal was off."}) == Lines{"Kremlin"});
  CHECK(Speakers({"Downing Street has said the inquiry will report in May."}) ==
        Lines{"Downing Street"});
  CHECK(Speakers({"But Downing Street said the inquiry would report in May."}) ==
        Lines{"Downing Street"});
  CHECK(Speakers({"Officials at the Kremlin said the deal was off."}).empty());
  Item item;
  item.paragraphs = {"President Toomas Ilves received Mayor Ines Duarte at the Kremlin."};
  std::vector<Triple> met = Default().Extract(item);
  REQUIRE(met.size() == 1);
  CHECK(met[0].object.name == "Ines Duarte");
}

TEST_CASE("A pronoun after an opening participle speaks for the person named before",
          "[extractor][announced]") {
  // The participle is no name the pronoun could stand for.
  CHECK(Speakers({"Foreign Secretary Imogen Tate spoke in Leeds.",
                  "Turning to the budget, she said the deficit would fall."}) ==
        Lines{"Imogen Tate"});
  // A surname after "Mr" that is also an office word is the speaker.
  CHECK(Speakers({"Mr Law, from the charity Drink Aware, said the ban was overdue."}) ==
        Lines{"Law"});
}

TEST_CASE("A pronoun after someone unnamed spoke stands for no one", "[extractor][announced]") {
  CHECK(Speakers({"Businessman Tom Kask gave the party a million pounds.",
                  "A party spokesman said the gift was welcome.",
                  "He added that more gifts would follow."})
            .empty());
  CHECK(Speakers({"Imogen Tate met the board on Monday.",
                  "One senior source told reporters the board was split.",
                  "She added that a vote was near."})
            .empty());
  // A named speaker after the unnamed one is the antecedent again.
  CHECK(Speakers({"A party spokesman said the gift was welcome.",
                  "Treasurer Imogen Tate said the accounts were in order.",
                  "She added that more gifts would follow."}) == Lines{"Imogen Tate"});
}

TEST_CASE("An office named in lowercase speaks for its holder after an act and \"and said\"",
          "[extractor][announced]") {
  CHECK(Speakers({"Chairman of the Majilis Toma Vilder received envoys from Chile.",
                  "The chairman thanked Chile for its help and said a treaty was near."}) ==
        Lines{"Toma Vilder"});
}

TEST_CASE("People a quote talks about are not the pronoun that speaks it",
          "[extractor][announced]") {
  CHECK(Speakers({"Mayor Toma Vilder, however, was unmoved. \"Such rows come and go. There "
                  "are differences between Lenart Ovo and me. \"The vote will not turn on what "
                  "Lenart Ovo did,\" he added."}) == Lines{"Toma Vilder"});
}

TEST_CASE("A pronoun speaker stays the speaker of the sentences after it",
          "[extractor][announced]") {
  // "'... Helen Ward ...,' he said": the antecedent of the next "he" is the
  // speaker, not the first name inside the quotation.
  CHECK(Speakers({"Party leader Owen Price spoke at the rally in Cardiff.",
                  "\"When I started, Helen Ward and I were both councillors,\" he said.",
                  "But he said Ms Ward had lost touch with voters."}) == Lines{"Owen Price"});
}

TEST_CASE("A pronoun speaks for a person of its gender", "[extractor][announced]") {
  CHECK(Speakers({"Carol Dunne, the minister's deputy, met Peter Lowe on Friday.",
                  "She said the meeting had been useful."}) == Lines{"Carol Dunne"});
  CHECK(Speakers({"The report by Peter Lowe was read by Carol Dunne.",
                  "She said the figures were wrong."}) == Lines{"Carol Dunne"});
  CHECK(Speakers({"Sandra Okafor's husband, Michael Okafor, chairs the board.",
                  "Mr Okafor said the board would meet.", "She said she disagreed."}) ==
        Lines{"Michael Okafor", "Sandra Okafor"});
}

TEST_CASE("A possessive opening a sentence is no speaker", "[extractor][announced]") {
  // "declared" is a verb of speech, but "His declared income" names an amount, not a speaker.
  CHECK(Speakers({"Peter Lowe earns a salary as an MP.",
                  "His declared income includes fees for three lectures."})
            .empty());
}

TEST_CASE("The chancellor is not the shadow chancellor", "[extractor][announced]") {
  CHECK(Speakers({"Tory shadow chancellor Owen Marsh attacked the plans.",
                  "The chancellor said the plans were sound."}) == Lines{});
}

TEST_CASE("The body or place of an \"of\" phrase after a name does not speak",
          "[extractor][announced]") {
  auto [sentence, expected] = GENERATE(table<std::string, Lines>({
      {"Ruth Okafor of the Refugee Forum said the rules were harsh.", {"Ruth Okafor"}},
      {"Lord Ashby of Thornbury, who led the inquiry, said the bets were fair.", {"Ashby"}},
      {"\"We will appeal,\" said Tom Varga of the DRLC.", {"Tom Varga"}},
  }));
  CAPTURE(sentence);
  CHECK(Speakers({sentence}) == expected);
}

TEST_CASE("Addressees and denied speech do not speak", "[extractor][announced]") {
  // "X told to ..." is a passive: X was told. "X denied claims he told Y"
  // denies the speech.
  CHECK(Speakers({"Minister Olaf Berg told to repay his expenses"}).empty());
  CHECK(Speakers({"Olaf Berg has denied claims he told aides to shred the files."}).empty());
  CHECK(Speakers({"Mayor Ines Roth rejected reports that she told the police to stand down."})
            .empty());
  // "added" an amount is a sum, not speech.
  CHECK(Speakers({"Finance Minister Olaf Berg added 2p to the duty on diesel."}).empty());
  CHECK(Speakers({"Olaf Berg added pounds 40m to the housing budget."}).empty());
  CHECK(Speakers({"Olaf Berg added that the duty would stay."}) == Lines{"Olaf Berg"});
  // A plain "told" still speaks.
  CHECK(Speakers({"Olaf Berg told reporters the files were safe."}) == Lines{"Olaf Berg"});
}

TEST_CASE("A document or a weapon named in capitals is no one a pronoun stands for",
          "[extractor][announced]") {
  CHECK(Speakers({"Lord Ashcombe, who leads the county council, spoke first.",
                  "\"The transport White Paper ignored us,\" the campaigners said.",
                  "He added: \"We will go to court.\""}) == Lines{"Ashcombe"});
  CHECK(
      Speakers({"The Joint Strike Fighter was late again.", "He added that costs rose."}).empty());
}

}  // namespace polgraph
