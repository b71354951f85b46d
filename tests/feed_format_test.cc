#include "feed/feed_format.h"

#include <regex>
#include <string>

#include <catch2/catch.hpp>

#include "base/error.h"

namespace polgraph {
namespace {

TEST_CASE("LooksLikeHeader tells header lines from text", "[feed]") {
  auto [line, expected] = GENERATE(table<std::string, bool>({
      {"28.01.2026, 18:30 20316", true},
      {"28.01.2026, 18:30", true},
      {"  03.02.2026,  9:05 12  ", true},
      {"32.13.2026, 10:00 5", true},  // shaped like one; ParseHeader rejects it
      {"28.01.2026, 18:30 views", true},
      {"28.01.2026 18:30 20316", false},
      {"28.01.2026, the President said", false},
      {"2026-01-28, 18:30 5", false},
      {"Tokayev meets Kazakhstani IT entrepreneurs", false},
      {"", false},
  }));
  CAPTURE(line);
  CHECK(LooksLikeHeader(line) == expected);
}

TEST_CASE("LooksLikeBrokenHeader finds dates and times in another shape", "[feed]") {
  auto [line, expected] = GENERATE(table<std::string, bool>({
      {"29.01.2026 18:52 100", true},  // no comma
      {"29/01/2026, 18:52", true},
      {"2026-01-29, 18:52", true},
      {"13.02.2026, 18:", true},  // cut off
      {"  7.2.2026 9:05  ", true},
      {"29.01.2026, 18:52 100", false},  // a real header
      {"29.01.2026, 18:52", false},
      {"2026-01-29, 18:52 the session opened with a vote", false},
      {"On 29.01.2026 18:52 the vote began.", false},
      {"29.01.2026", false},
      {"1.2.3 4:5", false},  // no year
      {"Prices rose 12.5% in 2026", false},
  }));
  CAPTURE(line);
  CHECK(LooksLikeBrokenHeader(line) == expected);
}

TEST_CASE("ParseHeader reads date, time and view counter", "[feed]") {
  FeedHeader h = ParseHeader("28.01.2026, 18:30 20316");
  CHECK(h.date.ToIso() == "2026-01-28");
  CHECK(h.time == "18:30");
  REQUIRE(h.views);
  CHECK(*h.views == 20316);

  FeedHeader no_views = ParseHeader("29.02.2024, 00:00");
  CHECK(no_views.date.ToIso() == "2024-02-29");
  CHECK(no_views.time == "00:00");
  CHECK_FALSE(no_views.views);
}

TEST_CASE("ParseHeader rejects impossible headers with their own message", "[feed]") {
  auto [line, message] = GENERATE(table<std::string, std::string>({
      {"32.13.2026, 10:00 5", "impossible date '32.13.2026' in item header"},
      {"29.02.2025, 10:00 5", "impossible date '29.02.2025' in item header"},
      {"00.01.2026, 10:00 5", "impossible date '00.01.2026' in item header"},
      {"28.01.2026, 24:00 5",
       "invalid time '24:00' in item header (expected HH:MM from 00:00 to 23:59)"},
      {"28.01.2026, 12:60 5",
       "invalid time '12:60' in item header (expected HH:MM from 00:00 to 23:59)"},
      {"28.01.2026, 9:30 5",
       "invalid time '9:30' in item header (expected HH:MM from 00:00 to 23:59)"},
      {"28.01.2026, 18:30 many", "malformed item header (expected 'DD.MM.YYYY, HH:MM N')"},
      {"28.01.2026, 18:30 99999999999999999999",
       "view counter '99999999999999999999' is out of range"},
  }));
  CAPTURE(line);
  CHECK_THROWS_MATCHES(ParseHeader(line), Error, Catch::Message(message));
}

TEST_CASE("IsPhotoCredit finds credit lines only", "[feed]") {
  auto [line, expected] = GENERATE(table<std::string, bool>({
      {"Images | Akorda", true},
      {"Images | primeminister.kz", true},
      {"Image | gov.kz", true},
      {"Photo credit: Akorda press service", true},
      {"Photo: Akorda", true},
      {"Photos: Senate press service", true},
      {"photo credit | mfa.gov.kz", true},
      {"Photographs of the meeting were released by Akorda.", false},
      {"Images of the new airport were shown to the President.", false},
      {"The President looked at the photo: it showed the old city.", false},
      {"Photo: " + std::string(200, 'a'), false},  // a paragraph, not a credit
  }));
  CAPTURE(line);
  CHECK(IsPhotoCredit(line) == expected);
}

TEST_CASE("AddParagraph trims and drops blanks and credits", "[feed]") {
  Item item;
  AddParagraph("  The talks lasted two hours.  ", &item);
  AddParagraph("   ", &item);
  AddParagraph("Images | Akorda", &item);
  AddParagraph("\tBoth sides noted progress.", &item);
  CHECK(item.paragraphs ==
        std::vector<std::string>{"The talks lasted two hours.", "Both sides noted progress."});
}

TEST_CASE("DeriveItemId is stable, readable and tells items apart by content", "[feed]") {
  Item item;
  item.date = *Date::FromYmd(2026, 1, 28);
  item.time = "18:30";
  item.title = "Minister opens the new rail terminal";
  item.paragraphs = {"The terminal handles freight from the eastern border.", "Trains run daily."};
  const std::string id = DeriveItemId(item);
  CHECK(std::regex_match(id, std::regex("2026-01-28-1830-[0-9a-f]{12}")));
  CHECK(DeriveItemId(item) == id);
  auto changed = [&](auto change) {
    Item other = item;
    change(other);
    return DeriveItemId(other);
  };
  CHECK(changed([](Item& i) { i.time = "18:31"; }) != id);
  CHECK(changed([](Item& i) { i.title.pop_back(); }) != id);
  CHECK(changed([](Item& i) { i.date = *Date::FromYmd(2026, 1, 27); }) != id);
  // Same title and date, other text: another item (issue 15: "Update" twice).
  CHECK(changed([](Item& i) { i.paragraphs[1] = "Trains run twice a week."; }) != id);
  // A paragraph split differently is other content too.
  CHECK(changed([](Item& i) {
          i.paragraphs = {
              "The terminal handles freight from the eastern border. Trains run "
              "daily."};
        }) != id);
  CHECK(DeriveItemId(item, "agency A") != DeriveItemId(item, "agency B"));
  CHECK(std::regex_match(changed([](Item& i) { i.time.clear(); }),
                         std::regex("2026-01-28-[0-9a-f]{12}")));
  CHECK(std::regex_match(changed([](Item& i) {
                           i = Item();
                           i.title = "x";
                         }),
                         std::regex("[0-9a-f]{12}")));
}

}  // namespace
}  // namespace polgraph
