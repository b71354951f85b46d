// Wire datelines at the start of a paragraph: the forms agencies use, and
// paragraph openings that only look like them.
#include <catch2/catch.hpp>
#include <string>

#include "extract/dateline.h"

namespace polgraph {

TEST_CASE("Wire datelines are measured to the first word after them", "[dateline]") {
  auto [paragraph, rest] = GENERATE(table<std::string, std::string>({
      {"RIGA, Feb 11 (Reuters) - Latvia's prime minister said ...",
       "Latvia's prime minister said ..."},
      {"VILNIUS, Sept. 3 (Xinhua) -- The Lithuanian government ...",
       "The Lithuanian government ..."},
      {"TALLINN (AFP) – Estonia's parliament voted ...", "Estonia's parliament voted ..."},
      {"PORTLAND, Maine (AP) — The governor named ...", "The governor named ..."},
      {"SAN JOSE, Costa Rica, 9 March (EFE) - The minister ...", "The minister ..."},
      {"NUR-SULTAN. KAZINFORM – The Senate approved ...", "The Senate approved ..."},
      {"KAZINFORM – The Senate approved ...", "The Senate approved ..."},
      {"KHOROG, 02.10.2024 (Asia-Plus) – The governor ...", "The governor ..."},
      {"MINSK, October 3. /BelTA/. The president met ...", "The president met ..."},
      {"OTTAWA, June 2 - Canada's finance minister ...", "Canada's finance minister ..."},
      {"ST. JOHN'S -- The premier said ...", "The premier said ..."},
  }));
  CAPTURE(paragraph);
  CHECK(paragraph.substr(DatelineLength(paragraph)) == rest);
}

TEST_CASE("Paragraphs that open with capitals but no dateline are left whole", "[dateline]") {
  auto paragraph =
      GENERATE(as<std::string>{}, "NATO leaders met in Vilnius on Tuesday.",
               "The UN - and its agencies - said ...", "EU ministers - all 27 of them - agreed ...",
               "OSCE, the security body, said ...",
               "Riga, Feb 11 (Reuters) - lowercase place names are no dateline", "", "A", "US");
  CAPTURE(paragraph);
  CHECK(DatelineLength(paragraph) == 0);
}

}  // namespace polgraph
