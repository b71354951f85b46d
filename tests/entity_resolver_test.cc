#include "extract/entity_resolver.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "extract/aliases.h"
#include "extract/mention.h"

using polgraph::Aliases;
using polgraph::Date;
using polgraph::EntityRef;
using polgraph::EntityResolver;
using polgraph::EntityType;
using polgraph::MentionFinder;
using polgraph::Resolution;

namespace {

const MentionFinder& Finder() {
  static const MentionFinder finder;
  return finder;
}

const Aliases& DefaultAliases() {
  static const Aliases aliases = Aliases::Default();
  return aliases;
}

using Sentences = std::vector<std::string>;

// Observes the item, moves to sentence `at` (0-based) and resolves `span`.
Resolution ResolveAt(const Sentences& item, size_t at, const std::string& span,
                     const char* date = "2024-06-01", const Aliases& aliases = DefaultAliases()) {
  EntityResolver resolver(aliases, Finder(), *Date::ParseIso(date));
  for (const std::string& sentence : item) resolver.ObserveSentence(sentence);
  for (size_t i = 0; i < at; ++i) resolver.EndSentence(std::nullopt);
  return resolver.Resolve(span);
}

std::string Name(const Resolution& r) { return r.entity.name; }

}  // namespace

TEST_CASE("EntityResolver resolves a surname to the item's full name, back and forth",
          "[resolver]") {
  Sentences item = {"Satkaliyev opens a gas plant in Atyrau",
                    "Minister of Energy Almasadam Satkaliyev opened the plant on Friday.",
                    "Satkaliyev said output would double."};
  auto [at, span] = GENERATE(table<size_t, std::string>({{0, "Satkaliyev"}, {2, "Satkaliyev"}}));
  CAPTURE(at, span);
  Resolution r = ResolveAt(item, at, span);
  CHECK(Name(r) == "Almasadam Satkaliyev");
  CHECK(r.entity.type == EntityType::kPerson);
  CHECK(r.how == "part of full name 'Almasadam Satkaliyev'");
}

TEST_CASE("EntityResolver takes a surname spelled otherwise for the item's full name",
          "[resolver]") {
  // Agencies write one name in two transliterations: one vowel for another,
  // zh for j, kh for h, a y between vowels.
  Sentences item = {"Deputy Prime Minister Nurlan Zhakupov met investors in Taraz.",
                    "Zhakypov said the plant would open in May.",
                    "Minister Dilnoza Rakhmonova and Ulugbek Tokhtarov signed the deal.",
                    "Rahmonova and Tohtarov thanked the investors.",
                    "President Ronald Bregan spoke to the senators.",
                    "Beregan left early."};
  auto [at, span, expected] = GENERATE(table<size_t, std::string, std::string>({
      {1, "Zhakypov", "Nurlan Zhakupov"},
      {3, "Rahmonova", "Dilnoza Rakhmonova"},
      {3, "Tohtarov", "Ulugbek Tokhtarov"},
      // A vowel more is another name: Beregan is not Bregan.
      {5, "Beregan", "Beregan"},
  }));
  CAPTURE(span);
  Resolution r = ResolveAt(item, at, span);
  CHECK(Name(r) == expected);
  CHECK(r.entity.type == EntityType::kPerson);
}

TEST_CASE("EntityResolver leaves a surname spelled otherwise alone where two people fit",
          "[resolver]") {
  Sentences item = {"Aibek Tursunov met Bakyt Tursanov in Osh.",
                    "Tursinov said the talks went well."};
  Resolution r = ResolveAt(item, 1, "Tursinov");
  CHECK(Name(r) == "Tursinov");
  CHECK(r.how == "name as written (no fuller name in item)");
  // Short surnames are left alone: they meet by chance.
  CHECK(Name(ResolveAt({"Aigul Sarieva met Lee Kim.", "Kam spoke."}, 1, "Kam")) == "Kam");
}

TEST_CASE("EntityResolver gives an acronym the name it spells in the item", "[resolver]") {
  Sentences item = {"The Baltic Institute for Energy Studies and the Port Workers Union (PWU) met.",
                    "The BIES said prices would rise and the PWU Charter would hold.",
                    "The PWU and the UN disagreed.",
                    "Harbour Development Office and the Harbour Defence Organization replied.",
                    "The HDO said no."};
  auto [at, span, expected] = GENERATE(table<size_t, std::string, std::string>({
      {1, "BIES", "Baltic Institute for Energy Studies"},
      // Its spelled-out name, not a longer name that starts with it.
      {2, "PWU", "Port Workers Union"},
      // No name in the item spells it: as written.
      {2, "UN", "UN"},
      // Two names spell it: as written.
      {4, "HDO", "HDO"},
  }));
  CAPTURE(span);
  Resolution r = ResolveAt(item, at, span);
  CHECK(Name(r) == expected);
  CHECK(r.entity.type == EntityType::kOrganization);
}

TEST_CASE("SurnameSpellingKey reads consonants and vowel places", "[resolver]") {
  CHECK(polgraph::SurnameSpellingKey("zhaparov") == polgraph::SurnameSpellingKey("japarov"));
  CHECK(polgraph::SurnameSpellingKey("zhaparov") == polgraph::SurnameSpellingKey("zheparov"));
  CHECK(polgraph::SurnameSpellingKey("mirziyoyev") == polgraph::SurnameSpellingKey("mirziyoev"));
  CHECK(polgraph::SurnameSpellingKey("reagan") != polgraph::SurnameSpellingKey("regan"));
  CHECK(polgraph::SurnameSpellingKey("petrov") != polgraph::SurnameSpellingKey("petrova"));
  CHECK(polgraph::SurnameSpellingKey("kim").empty());
  CHECK(polgraph::SurnameSpellingKey("aaaia").empty());
  CHECK(polgraph::SurnameSpellingKey("m\xC3\xBCller").empty());
}

TEST_CASE("EntityResolver matches surnames token by token", "[resolver]") {
  Sentences item = {"Shavkat Mirziyoyev appointed Saida Mirziyoyeva as his adviser.",
                    "Mirziyoyeva thanked Mirziyoyev for the trust."};
  CHECK(Name(ResolveAt(item, 1, "Mirziyoyeva")) == "Saida Mirziyoyeva");
  CHECK(Name(ResolveAt(item, 1, "Mirziyoyev")) == "Shavkat Mirziyoyev");
}

TEST_CASE("EntityResolver takes the nearest earlier of two people with one surname", "[resolver]") {
  Sentences item = {"Japarov praises the harvest",
                    "Kyrgyz President Sadyr Japarov received Akylbek Japarov on Monday.",
                    "Later Sadyr Japarov left for Osh.", "Japarov spoke to farmers there."};
  Resolution later = ResolveAt(item, 3, "Japarov");
  CHECK(Name(later) == "Sadyr Japarov");
  CHECK(later.how == "nearest earlier of several: 'Sadyr Japarov'");
  Resolution headline = ResolveAt(item, 0, "Japarov");
  CHECK(headline.entity.empty());
  CHECK(headline.how == "nothing: 'Japarov' is ambiguous in the item");
}

TEST_CASE("EntityResolver resolves a title alone to the person the item gave it", "[resolver]") {
  Sentences item = {
      "Deputy Chairman of the Supreme Court Aigerim Sultanova presented the bill.",
      "Chairman of the Senate Arman Serikov and Deputy Chairman of the Senate Olga Ivanova "
      "attended.",
      "U.S. President Joe Biden phoned Russian President Vladimir Putin.",
      "The Commission\u2019s chair, Chair of the Budget Commission Elena Petrova, agreed."};
  auto [span, expected] = GENERATE(table<std::string, std::string>({
      {"the Deputy Chairman of the Supreme Court", "Aigerim Sultanova"},
      {"The Chairman of the Senate", "Arman Serikov"},
      {"the Senate Speaker", "Arman Serikov"},
      {"the Deputy Chairman of the Senate", "Olga Ivanova"},
      {"the Russian President", "Vladimir Putin"},
      {"the U.S. President", "Joe Biden"},
      {"the Russian leader", "Vladimir Putin"},
      {"the Commission\u2019s chair", "Elena Petrova"},
      {"the Chief Justice", ""},
  }));
  CAPTURE(span);
  CHECK(Name(ResolveAt(item, 3, span)) == expected);
}

TEST_CASE("EntityResolver treats Head of State and President as one title", "[resolver]") {
  Sentences item = {
      "President Kassym-Jomart Tokayev received Ilham Aliyev, President of "
      "Azerbaijan.",
      "The Head of State noted the growth of trade."};
  Resolution r = ResolveAt(item, 1, "The Head of State");
  CHECK(Name(r) == "Kassym-Jomart Tokayev");
  CHECK(r.how == "title 'Head of State' given to Kassym-Jomart Tokayev in the item");
}

TEST_CASE("EntityResolver falls back to the office holder on the item's date", "[resolver]") {
  Sentences item = {"The Head of State signed the law on grain exports from Kazakhstan."};
  Resolution before = ResolveAt(item, 0, "the Head of State", "2018-01-15");
  CHECK(Name(before) == "Nursultan Nazarbayev");
  CHECK(before.how == "office holder of 'Head of State' of Kazakhstan on 2018-01-15 (aliases)");
  CHECK(Name(ResolveAt(item, 0, "the Head of State", "2019-03-20")) == "Kassym-Jomart Tokayev");
  CHECK(Name(ResolveAt(item, 0, "the Prime Minister", "2023-03-01")) == "Alikhan Smailov");
}

TEST_CASE("EntityResolver looks a title up among the offices of the item's own country",
          "[resolver]") {
  // An item about France: its Prime Minister, not Kazakhstan's.
  Sentences item = {"President Emmanuel Macron spoke about France in Paris.",
                    "The Prime Minister was absent."};
  Resolution r = ResolveAt(item, 1, "The Prime Minister");
  CHECK(Name(r) == "Gabriel Attal");
  CHECK(r.how == "office holder of 'Prime Minister' of France on 2024-06-01 (aliases)");
  CHECK(Name(ResolveAt(item, 1, "the President")) == "Emmanuel Macron");
}

TEST_CASE("EntityResolver never gives an item another country's office holder", "[resolver]") {
  // Egypt is named most: its President on the item's date, and above all not
  // Kazakhstan's.
  Sentences item = {"Egypt buys more wheat", "Egypt and Kazakhstan signed a grain deal.",
                    "Egypt will pay in three instalments.", "The President welcomed the deal."};
  Resolution r = ResolveAt(item, 3, "The President");
  CHECK(r.entity.name == "Abdel Fattah el-Sisi");
  CHECK(r.how == "office holder of 'President' of Egypt on 2024-06-01 (aliases)");
  // San Marino's heads of state (two captains regent at a time) are not in
  // the aliases: nothing, not another country's President.
  Sentences san_marino = {
      "San Marino buys more wheat", "San Marino and Kazakhstan signed a grain deal.",
      "San Marino will pay in three instalments.", "The President welcomed the deal."};
  r = ResolveAt(san_marino, 3, "The President");
  CHECK(r.entity.empty());
  CHECK(r.how == "nothing: no one in the item or the aliases holds 'President' of San Marino");
}

TEST_CASE("EntityResolver gives no office holder to an item that names no country", "[resolver]") {
  Sentences item = {"The President signed the decree on Monday."};
  Resolution r = ResolveAt(item, 0, "The President");
  CHECK(r.entity.empty());
  CHECK(r.how ==
        "nothing: no one in the item holds 'President', and the item has no country to look "
        "its office holders up in");
}

TEST_CASE("EntityResolver reads the item's country from its countries, titles and people",
          "[resolver]") {
  auto country = [](const Sentences& item) {
    EntityResolver resolver(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
    for (const std::string& s : item) resolver.ObserveSentence(s);
    return resolver.ItemCountry();
  };
  CHECK(country({"Egypt buys wheat", "Egypt and Kazakhstan signed a deal."}) == "Egypt");
  // a demonym in a title counts for its country
  CHECK(country({"Talks in Astana", "The Uzbek President arrived.", "He met officials."}) ==
        "Uzbekistan");
  // a person the aliases place in one country counts for it
  CHECK(country({"Tokayev opens a plant", "Tokayev spoke to workers."}) == "Kazakhstan");
  // two countries with the same count: no country
  CHECK(country({"Talks on water", "Egypt and Jordan signed a deal."}).empty());
  CHECK(country({"The minister spoke on Monday."}).empty());
}

TEST_CASE("EntityResolver takes a title with a demonym in that country only", "[resolver]") {
  // The item's only president is Uzbek: "the Kyrgyz President" is not him
  // but the holder of the Kyrgyz office on the item's date.
  Sentences item = {"President Shavkat Mirziyoyev arrived in Bishkek.",
                    "The Kyrgyz President met him at the airport."};
  Resolution r = ResolveAt(item, 1, "The Kyrgyz President");
  CHECK(Name(r) == "Sadyr Japarov");
  CHECK(r.how == "office holder of 'Kyrgyz President' of Kyrgyzstan on 2024-06-01 (aliases)");
}

TEST_CASE("EntityResolver can leave office holders out", "[resolver]") {
  EntityResolver resolver(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  resolver.ObserveSentence("The Head of State signed the law.");
  resolver.set_office_holders(false);
  CHECK(resolver.Resolve("the Head of State").entity.empty());
}

TEST_CASE("EntityResolver resolves pronouns to the subject, else the last person", "[resolver]") {
  // Neither given name tells a gender: the last person named stands in.
  Sentences item = {"Arman Serikov met Zhenis Ospanov in Astana.", "He said the talks went well."};
  EntityResolver resolver(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  for (const std::string& s : item) resolver.ObserveSentence(s);

  EntityResolver no_subject = resolver;  // shares what was observed
  no_subject.EndSentence(std::nullopt);
  Resolution last = no_subject.Resolve("He");
  CHECK(Name(last) == "Zhenis Ospanov");
  CHECK(last.how == "pronoun: last person mentioned");

  EntityResolver with_subject(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  for (const std::string& s : item) with_subject.ObserveSentence(s);
  with_subject.EndSentence(EntityRef{"Arman Serikov", EntityType::kPerson});
  Resolution subject = with_subject.Resolve("he");
  CHECK(Name(subject) == "Arman Serikov");
  CHECK(subject.how == "pronoun: subject of an earlier sentence");
}

TEST_CASE("EntityResolver resolves organization short forms", "[resolver]") {
  Sentences item = {"The Financial Monitoring Agency marked its fifth anniversary.",
                    "Members of the Constitutional Commission attended.",
                    "The Agency has grown, the Commission noted."};
  auto [span, expected] = GENERATE(table<std::string, std::string>({
      {"The Agency", "Financial Monitoring Agency"},
      {"the Commission", "Constitutional Commission"},
      {"the Committee", ""},
  }));
  CAPTURE(span);
  CHECK(Name(ResolveAt(item, 2, span)) == expected);
  if (!expected.empty()) CHECK(ResolveAt(item, 2, span).entity.type == EntityType::kOrganization);
}

TEST_CASE("EntityResolver gives a country its fullest form in the item", "[resolver]") {
  Sentences item = {"Kazakhstan and the Kyrgyz Republic signed a water treaty.",
                    "Kyrgyzstan ratified it in May."};
  Resolution r = ResolveAt(item, 1, "Kyrgyzstan");
  CHECK(Name(r) == "Kyrgyz Republic");
  CHECK(r.entity.type == EntityType::kCountry);
  CHECK(Name(ResolveAt(item, 1, "Kazakhstan")) == "Kazakhstan");
}

TEST_CASE("EntityResolver canonicalises names through the aliases", "[resolver]") {
  Sentences item = {"President of Kazakhstan Kassym-Jomart Tokaev phoned Putin.",
                    "Tokaev wished him success."};
  CHECK(Name(ResolveAt(item, 1, "Tokaev")) == "Kassym-Jomart Tokayev");
  CHECK(Name(ResolveAt(item, 0, "President of Kazakhstan Kassym-Jomart Tokaev")) ==
        "Kassym-Jomart Tokayev");
  Resolution putin = ResolveAt(item, 0, "Putin");
  CHECK(Name(putin) == "Vladimir Putin");
  CHECK(putin.how == "alias of Vladimir Putin");
  Resolution unknown = ResolveAt(item, 1, "Dzhaksybekov");
  CHECK(Name(unknown) == "Dzhaksybekov");
  CHECK(unknown.how == "name as written (no fuller name in item)");
}

TEST_CASE("EntityResolver never resolves news sources", "[resolver]") {
  Sentences item = {"Tokayev met farmers, Qazinform News Agency reports."};
  for (std::string span : {"Qazinform News Agency", "the Akorda press service", "TASS"}) {
    CAPTURE(span);
    Resolution r = ResolveAt(item, 0, span);
    CHECK(r.entity.empty());
    CHECK(r.how == "nothing: a news source, never an entity");
  }
}

TEST_CASE("EntityResolver::Observe with sentence indexes and Resolve of a mention", "[resolver]") {
  EntityResolver resolver(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  std::vector<std::string> sentences = {"Omarov arrives in Aktau",
                                        "Deputy Minister Bolat Omarov arrived on Monday."};
  for (int i = 0; i < 2; ++i)
    for (const auto& m : Finder().Find(sentences[i])) resolver.Observe(m, i);
  auto headline = Finder().Find(sentences[0]);
  REQUIRE(headline.size() == 1);
  CHECK(Name(resolver.Resolve(headline[0])) == "Bolat Omarov");
  CHECK(resolver.Resolve("").entity.empty());
  CHECK(resolver.Resolve("journalists").entity.empty());
}

TEST_CASE("EntityResolver::Observe without indexes guesses where sentences start", "[resolver]") {
  std::vector<std::string> item = {"Japarov praises the harvest",
                                   "Kyrgyz President Sadyr Japarov received Akylbek Japarov.",
                                   "Akylbek Japarov spoke first."};
  EntityResolver resolver(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  for (const std::string& sentence : item)
    for (const auto& m : Finder().Find(sentence)) resolver.Observe(m);
  CHECK(resolver.Resolve("Japarov").entity.empty());  // the headline: nobody earlier
  resolver.EndSentence(std::nullopt);
  resolver.EndSentence(std::nullopt);
  CHECK(Name(resolver.Resolve("Japarov")) == "Akylbek Japarov");
}

TEST_CASE("EntityResolver gives a shared surname to the nearest full name before it",
          "[resolver]") {
  std::vector<std::string> sentences = {
      "Minister of Trade Aliya Berg opened the fair.", "Berg praised the exporters.",
      "Berg greeted her brother, the banker Timur Berg.", "Timur Berg spoke next.",
      "Berg said credit would get cheaper."};
  EntityResolver resolver(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  std::vector<std::vector<polgraph::Mention>> found;
  for (size_t i = 0; i < sentences.size(); ++i) {
    found.push_back(Finder().Find(sentences[i]));
    for (const auto& m : found.back()) resolver.Observe(m, static_cast<int>(i));
  }
  auto first_berg = [&](size_t i) {
    for (const auto& m : found[i])
      if (m.name == "Berg") return resolver.Resolve(m);
    FAIL("no mention 'Berg' in sentence " << i);
    return Resolution{};
  };
  resolver.EndSentence(std::nullopt);
  CHECK(Name(first_berg(1)) == "Aliya Berg");
  resolver.EndSentence(std::nullopt);
  // Timur Berg is introduced later in the same sentence: not him.
  Resolution greeting = first_berg(2);
  CHECK(Name(greeting) == "Aliya Berg");
  CHECK(greeting.how == "nearest earlier of several: 'Aliya Berg'");
  resolver.EndSentence(std::nullopt);
  resolver.EndSentence(std::nullopt);
  CHECK(Name(first_berg(4)) == "Timur Berg");
}

TEST_CASE("EntityResolver lets pronouns stand for people only", "[resolver]") {
  Sentences item = {"Doris Lang, the party's treasurer, opened the meeting.",
                    "Asked about the budget, Guildford council members cheered.",
                    "She said the accounts were sound."};
  EntityResolver resolver(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  for (const std::string& s : item) resolver.ObserveSentence(s);
  resolver.EndSentence(EntityRef{"Doris Lang", EntityType::kPerson});
  // Words taken for names without a given name, title or alias never become
  // the antecedent: a place, a participle, a party.
  for (const char* word : {"Guildford", "Asked", "Tory"})
    resolver.EndSentence(EntityRef{word, EntityType::kPerson});
  resolver.EndSentence(EntityRef{"Labour Party", EntityType::kOrganization});
  Resolution she = resolver.Resolve("She");
  CHECK(Name(she) == "Doris Lang");
  CHECK(she.how == "pronoun: subject of an earlier sentence");
  // A person known with a title or to the aliases can be one.
  resolver.EndSentence(EntityRef{"Putin", EntityType::kPerson});
  CHECK(Name(resolver.Resolve("he")) == "Putin");
}

TEST_CASE("EntityResolver gives a pronoun a person of its gender", "[resolver]") {
  // The given name or the form of address tells the gender; a pronoun skips
  // the people it cannot stand for, even the subject of the sentence before.
  Sentences item = {"Olga Ivanova chairs the audit board.",
                    "Her deputy, Dmitry Volkov, presented the figures.",
                    "She said the spending had been checked."};
  EntityResolver resolver(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  for (const std::string& s : item) resolver.ObserveSentence(s);
  resolver.EndSentence(EntityRef{"Olga Ivanova", EntityType::kPerson});
  resolver.EndSentence(EntityRef{"Dmitry Volkov", EntityType::kPerson});
  CHECK(Name(resolver.Resolve("She")) == "Olga Ivanova");
  CHECK(Name(resolver.Resolve("he")) == "Dmitry Volkov");

  Sentences titled = {"Baroness Pell opened the debate.", "Lord Arden spoke next.",
                      "She said the bill was rushed."};
  CHECK(Name(ResolveAt(titled, 2, "She")) == "Pell");
  CHECK(Name(ResolveAt(titled, 2, "He")) == "Arden");

  // No one of that gender: nothing rather than a person of the other one.
  Sentences men = {"Michael Grant met Peter Hale.", "She said it went well."};
  CHECK(ResolveAt(men, 1, "She").entity.empty());
}

TEST_CASE("EntityResolver keeps a woman's surname from a man's full name", "[resolver]") {
  // "Mrs Grant" shares the surname of "Michael Grant" but is not him.
  Sentences item = {"Michael Grant and his wife arrived late.",
                    "Mrs Grant said the roads were bad."};
  CHECK(Name(ResolveAt(item, 1, "Mrs Grant")) == "Grant");
  CHECK(Name(ResolveAt(item, 1, "Mr Grant")) == "Michael Grant");
}

TEST_CASE("EntityResolver never lets a place with a compass word stand for a pronoun",
          "[resolver]") {
  // "North Yorks", "East Kilbride": a descriptor before one capitalized word
  // is no title, and the word no person.
  Sentences item = {"The inquiry moved to East Kilworth on Monday.", "He said it was overdue."};
  CHECK(ResolveAt(item, 1, "He").entity.empty());
}

TEST_CASE("EntityResolver's fallback antecedent skips lone words taken for names", "[resolver]") {
  Sentences item = {"Marat Tulegenov chaired the session.",
                    "Tulegenov then walked to the Attlee room.", "He said little."};
  Resolution r = ResolveAt(item, 2, "He");
  CHECK(Name(r) == "Marat Tulegenov");
}

TEST_CASE("EntityResolver does not give the office to its shadow", "[resolver]") {
  // Opposition spokespeople hold "shadow" titles: the shadow chancellor is
  // not the chancellor.
  Sentences item = {"Shadow chancellor Martin Kerr said taxes would fall.",
                    "The chancellor said the sums did not add up."};
  CHECK(Name(ResolveAt(item, 1, "The chancellor")) != "Martin Kerr");
  CHECK(Name(ResolveAt(item, 1, "the shadow chancellor")) == "Martin Kerr");
}

TEST_CASE("EntityResolver never gives a former office holder's title to the holder of the day",
          "[resolver]") {
  // "The former president" of an item dated 2021 is not the president of 2021,
  // neither the one the item names nor the one the aliases know.
  Sentences item = {"President Kassym-Jomart Tokayev opened the session in Astana, Kazakhstan.",
                    "The former president attended as a guest."};
  CHECK(Name(ResolveAt(item, 1, "The former president", "2021-05-04")) == "");
  CHECK(Name(ResolveAt(item, 1, "the ex-president", "2021-05-04")) == "");
  Sentences no_one_named = {"The former Kazakh President spoke at a forum in Almaty."};
  Resolution r = ResolveAt(no_one_named, 0, "The former Kazakh President", "2021-05-04");
  CHECK(Name(r) == "");
  CHECK(r.how.find("past holder") != std::string::npos);
  // The title as the item gave it still resolves: the item called him so.
  Sentences named = {"Former President Nursultan Nazarbayev spoke at a forum in Almaty.",
                     "The former president praised the new rules."};
  CHECK(Name(ResolveAt(named, 1, "The former president", "2021-05-04")) == "Nursultan Nazarbayev");
  CHECK(Name(ResolveAt(item, 1, "the President", "2021-05-04")) == "Kassym-Jomart Tokayev");
}

TEST_CASE("EntityResolver asks for a sentence's subject only when a pronoun needs it",
          "[resolver]") {
  Sentences item = {"Doris Lang, the party's treasurer, opened the meeting.",
                    "Asked about the budget, Guildford council members cheered.",
                    "The session ran late.", "She said the accounts were sound."};
  const std::vector<std::optional<EntityRef>> subjects = {
      EntityRef{"Doris Lang", EntityType::kPerson}, EntityRef{"Guildford", EntityType::kPerson},
      std::nullopt, std::nullopt};
  EntityResolver resolver(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  for (const std::string& s : item) resolver.ObserveSentence(s);
  std::vector<int> asked;
  resolver.set_subject_source([&](int sentence) {
    asked.push_back(sentence);
    return subjects.at(sentence);
  });
  for (int i = 0; i < 3; ++i) resolver.EndSentence();
  CHECK(asked.empty());  // nothing resolved yet: nothing asked
  Resolution she = resolver.Resolve("She");
  CHECK(Name(she) == "Doris Lang");
  CHECK(she.how == "pronoun: subject of an earlier sentence");
  // The latest first, back to the first that can be an antecedent ("Guildford"
  // cannot), each once: a second pronoun asks nothing more.
  CHECK(asked == std::vector<int>{2, 1, 0});
  CHECK(Name(resolver.Resolve("she")) == "Doris Lang");
  CHECK(asked.size() == 3);
}

TEST_CASE("EntityResolver's subjects left for later give what subjects in order give",
          "[resolver]") {
  // Sentence 2's subject is a pronoun itself ("he", resolved when asked): it
  // stands for the antecedent of the sentences before it, which are then
  // asked for first. Every sentence's pronouns, with subjects given in order
  // and left for later, resolve alike.
  Sentences item = {"Minister of Finance Pavel Orlov met Anna Ivanova.",
                    "The talks lasted an hour.", "Afterwards he thanked the staff.",
                    "Olga Ivanova, his deputy, stayed behind.", "She said he would return in May."};
  auto subject_of = [&](EntityResolver& r, int sentence) -> std::optional<EntityRef> {
    switch (sentence) {
      case 0:
        return EntityRef{"Pavel Orlov", EntityType::kPerson};
      case 2: {
        Resolution he = r.Resolve("he");
        if (he.entity.empty()) return std::nullopt;
        return he.entity;
      }
      case 3:
        return EntityRef{"Olga Ivanova", EntityType::kPerson};
      default:
        return std::nullopt;
    }
  };
  EntityResolver in_order(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  EntityResolver later(DefaultAliases(), Finder(), *Date::ParseIso("2024-06-01"));
  for (const std::string& s : item) {
    in_order.ObserveSentence(s);
    later.ObserveSentence(s);
  }
  int asked = 0;
  later.set_subject_source([&](int sentence) {
    ++asked;
    return subject_of(later, sentence);
  });
  for (int i = 0; i < static_cast<int>(item.size()); ++i) {
    for (const char* pronoun : {"he", "She"}) {
      CAPTURE(i, pronoun);
      CHECK(Name(later.Resolve(pronoun)) == Name(in_order.Resolve(pronoun)));
    }
    in_order.EndSentence(subject_of(in_order, i));
    later.EndSentence();
  }
  CHECK(Name(later.Resolve("he")) == "Pavel Orlov");
  CHECK(Name(later.Resolve("She")) == "Olga Ivanova");
  CHECK(asked <= static_cast<int>(item.size()));  // each sentence at most once
}
