#include "base/sentence_splitter.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using polgraph::SplitSentences;

namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (auto s : SplitSentences(text)) out.emplace_back(s);
  return out;
}

using Sentences = std::vector<std::string>;

}  // namespace

TEST_CASE("SplitSentences splits at periods, question and exclamation marks", "[sentences]") {
  auto [text, expected] = GENERATE(table<std::string, Sentences>({
      {"The minister arrived. He met the mayor.", {"The minister arrived.", "He met the mayor."}},
      {"Will the talks resume? Nobody knows! The envoy left.",
       {"Will the talks resume?", "Nobody knows!", "The envoy left."}},
      {"  Leading and trailing spaces.   Second one.  ",
       {"Leading and trailing spaces.", "Second one."}},
      {"No final period", {"No final period"}},
      {"", {}},
      {"   ", {}},
      {"The vote ended in 2019. Then a new chamber sat.",
       {"The vote ended in 2019.", "Then a new chamber sat."}},
      {"Really?! Yes.", {"Really?!", "Yes."}},
  }));
  CAPTURE(text);
  CHECK(Split(text) == expected);
}

TEST_CASE("SplitSentences survives abbreviations and initials", "[sentences]") {
  auto [text, expected] = GENERATE(table<std::string, Sentences>({
      {"Mr. Abenov and Mrs. Abenova met Dr. Serikov.",
       {"Mr. Abenov and Mrs. Abenova met Dr. Serikov."}},
      {"Gen. Adilov, Col. Beisenov and Lt. Dauletov attended.",
       {"Gen. Adilov, Col. Beisenov and Lt. Dauletov attended."}},
      {"Sen. Miller and Rep. Jones spoke in St. Louis on Jan. 5 and Feb. 9.",
       {"Sen. Miller and Rep. Jones spoke in St. Louis on Jan. 5 and Feb. 9."}},
      {"The talks were in the U.S. Capitol, said the U.N. envoy.",
       {"The talks were in the U.S. Capitol, said the U.N. envoy."}},
      {"Kassym-J. Tokayev met J. Smith in the U.K. yesterday.",
       {"Kassym-J. Tokayev met J. Smith in the U.K. yesterday."}},
      {"Funding came from the E.U. budget.", {"Funding came from the E.U. budget."}},
      {"It was the final in the U.S. The team flew home.",
       {"It was the final in the U.S.", "The team flew home."}},
      {"They discussed trade, energy, etc. and agreed to meet.",
       {"They discussed trade, energy, etc. and agreed to meet."}},
      {"They discussed trade, energy, etc. The visit ended.",
       {"They discussed trade, energy, etc.", "The visit ended."}},
      {"It was decree No. 412 of the President.", {"It was decree No. 412 of the President."}},
      {"Kazakhstan vs. Uzbekistan ended in a draw.",
       {"Kazakhstan vs. Uzbekistan ended in a draw."}},
  }));
  CAPTURE(text);
  CHECK(Split(text) == expected);
}

TEST_CASE("SplitSentences keeps numbers, dates and ellipses together", "[sentences]") {
  auto [text, expected] = GENERATE(table<std::string, Sentences>({
      {"On 14.03.2025 turnout reached 67.4% of 1.5 million voters. Counting went on.",
       {"On 14.03.2025 turnout reached 67.4% of 1.5 million voters.", "Counting went on."}},
      {"The budget is 3.25 billion tenge.", {"The budget is 3.25 billion tenge."}},
      // A number with a decimal point ends a sentence like any word.
      {"Trade grew by 13.4%. Foreign investment rose.",
       {"Trade grew by 13.4%.", "Foreign investment rose."}},
      {"Output reached 2.5. Exports fell.", {"Output reached 2.5.", "Exports fell."}},
      {"The U.S. Senate voted.", {"The U.S. Senate voted."}},
      {"He paused... and then went on.", {"He paused... and then went on."}},
      {"He paused... Then he went on.", {"He paused...", "Then he went on."}},
      {"He paused\u2026 Then he went on.", {"He paused\u2026", "Then he went on."}},
      {"Details are on gov.kz and akorda.kz today.",
       {"Details are on gov.kz and akorda.kz today."}},
  }));
  CAPTURE(text);
  CHECK(Split(text) == expected);
}

TEST_CASE("SplitSentences keeps closing quotes with their sentence", "[sentences]") {
  auto [text, expected] = GENERATE(table<std::string, Sentences>({
      {"He said: \"We agree.\" The talks ended.", {"He said: \"We agree.\"", "The talks ended."}},
      {"\u201cWe agree.\u201d The talks ended.", {"\u201cWe agree.\u201d", "The talks ended."}},
      {"She called it \u2018a turning point.\u2019 Others disagreed.",
       {"She called it \u2018a turning point.\u2019", "Others disagreed."}},
      {"\"Is it over?\" he asked. Nobody replied.",
       {"\"Is it over?\" he asked.", "Nobody replied."}},
      {"Our ties are strong,\" the Speaker noted. Work goes on.",
       {"Our ties are strong,\" the Speaker noted.", "Work goes on."}},
      {"Turnout was high (about 60%). Results follow.",
       {"Turnout was high (about 60%).", "Results follow."}},
      {"He said. \"Next year we build.\"", {"He said.", "\"Next year we build.\""}},
      // A capital letter ending a quotation is no initial.
      {"She called the plan \"worse than Plan B.\" Ministers disagreed.",
       {"She called the plan \"worse than Plan B.\"", "Ministers disagreed."}},
  }));
  CAPTURE(text);
  CHECK(Split(text) == expected);
}

TEST_CASE("SplitSentences treats list items as sentences", "[sentences]") {
  auto [text, expected] = GENERATE(table<std::string, Sentences>({
      {"- Three new schools have opened in the region.",
       {"Three new schools have opened in the region."}},
      {"\u2013 Roads were repaired. Bridges too.", {"Roads were repaired.", "Bridges too."}},
      {"The plan has two parts:\n- build roads\n- train drivers",
       {"The plan has two parts:", "build roads", "train drivers"}},
      {"First paragraph without a stop\n\nSecond one",
       {"First paragraph without a stop", "Second one"}},
      {"A line that wraps\nin the middle.", {"A line that wraps\nin the middle."}},
      {"Astana - the capital - grew fast.", {"Astana - the capital - grew fast."}},
  }));
  CAPTURE(text);
  CHECK(Split(text) == expected);
}

TEST_CASE("SplitSentences returns views into the paragraph", "[sentences]") {
  std::string text = "One. Two.";
  auto sentences = SplitSentences(text);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].data() == text.data());
  CHECK(sentences[1].data() == text.data() + 5);
}
