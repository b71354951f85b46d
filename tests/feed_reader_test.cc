#include "feed/feed_reader.h"

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "feed/feed_format.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using testing::TempDir;

const std::string kFeed =
    "14.03.2026, 10:15 812\n"
    "Tokayev receives Foreign Minister Kosherbayev\n"
    "Images | Akorda\n"
    "President Kassym-Jomart Tokayev received Minister of Foreign Affairs Yermek Kosherbayev.\n"
    "\n"
    "  The Head of State was briefed on preparations for the Astana International Forum.  \n"
    "13.03.2026, 17:40 1290\n"
    "Ashimbayev meets Uzbek senators\n"
    "Photo credit: Senate press service\n"
    "Chairman of the Senate Maulen Ashimbayev met with a delegation of the Oliy Majlis.\n"
    "13.03.2026, 09:05 1290\n"
    "Government meeting on spring sowing\n"
    "The Prime Minister told akimats to finish repairs of farm machinery by April.\n";

const std::string kJsonLines =
    R"({"id": "kz-0311", "date": "2026-03-11T16:20:00+05:00", "source": "sample", )"
    R"("url": "https://example.org/1", "title": "Koshanov meets Turgunbek uulu", )"
    R"("text": "Yerlan Koshanov met with Nurlanbek Turgunbek uulu.\n\nThey discussed trade."})"
    "\n"
    "\n"
    R"({"id": 42, "date": "2026-03-10", "title": "Balayeva speaks on media law", )"
    R"("text": "Aida Balayeva said the draft was ready.", "views": 77})"
    "\n"
    R"({"title": "Rahmon receives Kyrgyz delegation", "text": "Images | Akorda\nEmomali Rahmon received the delegation."})"
    "\n";

struct Parsed {
  std::vector<Item> items;
  size_t skipped = 0;
  std::vector<std::string> warnings;
};

Parsed Parse(const std::string& text, bool lenient = false, size_t max_line_bytes = 1 << 20,
             const std::string& source = "news.txt") {
  Parsed parsed;
  ReadOptions options;
  options.lenient = lenient;
  options.max_line_bytes = max_line_bytes;
  options.on_skip = [&](const Error& e) { parsed.warnings.push_back(e.what()); };
  std::istringstream in(text);
  ItemParser parser(in, source, options);
  for (Item item; parser.Next(&item);) parsed.items.push_back(item);
  parsed.skipped = parser.skipped();
  return parsed;
}

// The message of the Error that parsing `text` throws, or "(no error)".
std::string ErrorOf(const std::string& text, const std::string& source = "news.txt",
                    size_t max_line_bytes = 1 << 20) {
  try {
    Parse(text, false, max_line_bytes, source);
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

std::vector<long> Positions(const std::vector<Item>& items) {
  std::vector<long> positions;
  positions.reserve(items.size());
  for (const Item& item : items) positions.push_back(item.position);
  return positions;
}

TEST_CASE("ItemParser reads a feed: header, title, body", "[feed]") {
  const std::vector<Item> items = Parse(kFeed).items;
  REQUIRE(items.size() == 3);

  const Item& first = items[0];
  CHECK(first.source == "news.txt");
  CHECK(first.position == 1);
  CHECK(first.line == 1);
  CHECK(first.date.ToIso() == "2026-03-14");
  CHECK(first.time == "10:15");
  CHECK(first.views == 812);
  CHECK(first.title == "Tokayev receives Foreign Minister Kosherbayev");
  CHECK(first.paragraphs ==
        std::vector<std::string>{
            "President Kassym-Jomart Tokayev received Minister of Foreign Affairs Yermek "
            "Kosherbayev.",
            "The Head of State was briefed on preparations for the Astana International Forum."});
  CHECK(first.id.starts_with("2026-03-14-1015-"));

  CHECK(items[1].position == 2);
  CHECK(items[1].line == 7);
  CHECK(items[1].views == 1290);
  CHECK(items[1].paragraphs.size() == 1);  // the photo credit is dropped
  CHECK(items[2].position == 3);
  CHECK(items[2].line == 11);
  CHECK(items[2].time == "09:05");
  CHECK(items[2].views == 1290);  // a repeated view counter is fine: it is not an id
}

TEST_CASE("ItemParser ids are stable, distinct and ignore the view counter", "[feed]") {
  const std::vector<Item> once = Parse(kFeed).items, again = Parse(kFeed).items;
  std::set<std::string> ids;
  for (size_t i = 0; i < once.size(); ++i) {
    CHECK(once[i].id == again[i].id);
    ids.insert(once[i].id);
  }
  CHECK(ids.size() == once.size());

  std::string recounted = kFeed;
  recounted.replace(recounted.find(" 812"), 4, " 99999");
  CHECK(Parse(recounted).items[0].id == once[0].id);
}

TEST_CASE("ItemParser hashes an item's content once, for its id and for the id check", "[feed]") {
  auto [name, text] = GENERATE_COPY(table<std::string, std::string>({
      {"feed", kFeed},
      {"JSON Lines", kJsonLines},
  }));
  CAPTURE(name);
  std::istringstream in(text);
  ReadOptions options;
  ItemParser parser(in, "news", options);
  int derived = 0;
  for (Item item; parser.Next(&item);) {
    CHECK(parser.content_hash() == polgraph::ItemContentHash(item));
    // A feed item's id is its content's; a JSON item without one has its
    // source and url mixed in.
    if (name == "feed") {
      CHECK(item.id == polgraph::DeriveItemId(item));
      ++derived;
    } else if (item.id.size() == 12) {
      CHECK(item.id == polgraph::DeriveItemId(item, item.publisher + '\n' + item.url));
      ++derived;
    }
  }
  CHECK(derived > 0);
}

TEST_CASE("ItemParser tolerates CRLF, a BOM, blank lines and no final newline", "[feed]") {
  std::string crlf;
  for (char c : kFeed) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  auto [name, text] = GENERATE_COPY(table<std::string, std::string>({
      {"CRLF", crlf},
      {"BOM", "\xEF\xBB\xBF" + kFeed},
      {"BOM and CRLF", "\xEF\xBB\xBF" + crlf},
      {"blank lines around", "\n\n" + kFeed + "\n\n"},
      {"no final newline", kFeed.substr(0, kFeed.size() - 1)},
  }));
  CAPTURE(name);
  const std::vector<Item> expected = Parse(kFeed).items, items = Parse(text).items;
  REQUIRE(items.size() == expected.size());
  for (size_t i = 0; i < items.size(); ++i) {
    CHECK(items[i].title == expected[i].title);
    CHECK(items[i].paragraphs == expected[i].paragraphs);
    CHECK(items[i].id == expected[i].id);
  }
}

TEST_CASE("ItemParser keeps typographic characters and a header without views", "[feed]") {
  const std::vector<Item> items =
      Parse(
          "05.03.2026, 12:00\n"
          "People’s Council – “Khalyk Kenesi” gets new powers\n"
          "It will submit draft laws to the Qurultay,” the Deputy Chairman underlined.\n")
          .items;
  REQUIRE(items.size() == 1);
  CHECK_FALSE(items[0].views);
  CHECK(items[0].title == "People’s Council – “Khalyk Kenesi” gets new powers");
  CHECK(items[0].TextLength() == 50 + 75);  // code points, not bytes
}

TEST_CASE("ItemParser reads JSON Lines", "[feed]") {
  const std::vector<Item> items = Parse(kJsonLines, false, 1 << 20, "news.jsonl").items;
  REQUIRE(items.size() == 3);
  CHECK(items[0].id == "kz-0311");
  CHECK(items[0].position == 1);
  CHECK(items[0].line == 1);
  CHECK(items[0].date.ToIso() == "2026-03-11");
  CHECK(items[0].time == "16:20");
  CHECK_FALSE(items[0].views);
  CHECK(items[0].title == "Koshanov meets Turgunbek uulu");
  CHECK(items[0].paragraphs ==
        std::vector<std::string>{"Yerlan Koshanov met with Nurlanbek Turgunbek uulu.",
                                 "They discussed trade."});
  CHECK(items[1].id == "42");
  CHECK(items[1].position == 2);
  CHECK(items[1].line == 3);  // the blank line is not an item
  CHECK(items[1].time == "");
  CHECK(items[1].views == 77);
  CHECK_FALSE(items[2].date.IsKnown());
  CHECK(items[2].id.size() == 12);  // derived: a hash alone, no date to lead it
  CHECK(items[2].paragraphs == std::vector<std::string>{"Emomali Rahmon received the delegation."});
}

TEST_CASE("ItemParser names file, line and problem for bad feed input", "[feed]") {
  const std::string good = "01.03.2026, 10:00 5\nA title\nA body line.\n";
  auto [what, text, message] = GENERATE_COPY(table<std::string, std::string, std::string>({
      {"impossible date", good + "32.13.2026, 10:00 5\nTitle\n",
       "news.txt:4: impossible date '32.13.2026' in item header"},
      {"impossible time", good + "01.03.2026, 25:10 5\nTitle\n",
       "news.txt:4: invalid time '25:10' in item header (expected HH:MM from 00:00 to 23:59)"},
      {"header at end of file", good + "02.03.2026, 11:00 7\n\n",
       "news.txt:4: item header is not followed by a title (end of file)"},
      {"header after header", "01.03.2026, 10:00 5\n01.03.2026, 09:00 3\nTitle\n",
       "news.txt:1: item header is not followed by a title (line 2 is another header)"},
      {"binary file", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16),
       "news.txt:1: invalid UTF-8 at column 1"},
      {"invalid UTF-8", good + "Caf\xE9 owners met the akim.\n",
       "news.txt:4: invalid UTF-8 at column 4"},
      {"invalid UTF-8 title", "01.03.2026, 10:00 5\nAkim \xC0\xAF\n",
       "news.txt:2: invalid UTF-8 at column 6"},
      {"text before the first header", "Tokayev met Rahmon.\n" + good,
       "news.txt:1: text before the first item header (expected 'DD.MM.YYYY, HH:MM N')"},
      {"empty file", "", "news.txt: empty file: no items"},
      {"blank file", "\n  \n\r\n", "news.txt: empty file: no items"},
      {"only a BOM", "\xEF\xBB\xBF", "news.txt: empty file: no items"},
  }));
  CAPTURE(what);
  CHECK(ErrorOf(text) == message);
}

TEST_CASE("ItemParser reports a NUL byte in the middle of a line", "[feed]") {
  const std::string text("01.03.2026, 10:00 5\nTitle\nMore \0text\n", 36);
  CHECK(ErrorOf(text) == "news.txt:3: binary data: control character 0x00 at column 6");
}

TEST_CASE("ItemParser rejects a line longer than the limit", "[feed]") {
  const std::string text = "01.03.2026, 10:00 5\nTitle\n" + std::string(65, 'x') + "\n";
  CHECK(ErrorOf(text, "news.txt", 64) == "news.txt:3: line is longer than 64 bytes");
  CHECK(ErrorOf("{\"title\": \"" + std::string(100, 'x') + "\", \"text\": \"\"}\n", "a.jsonl",
                64) == "a.jsonl:1: line is longer than 64 bytes");
}

TEST_CASE("ItemParser names file, line and problem for bad JSON Lines", "[feed]") {
  const std::string good = R"({"title": "Bektenov meets Aripov", "text": "They met."})"
                           "\n";
  auto [what, line, message] = GENERATE_COPY(table<std::string, std::string, std::string>({
      {"truncated line", R"({"title": "Japarov visits Astana", "te)",
       "news.jsonl:2: malformed JSON at column 39: Missing a closing quotation mark in string."},
      {"missing comma", R"({"title": "A" "text": "B"})",
       "news.jsonl:2: malformed JSON at column 15: Missing a comma or '}' after an object "
       "member."},
      {"trailing garbage", R"({"title": "A", "text": "B"} x)",
       "news.jsonl:2: malformed JSON at column 29: The document root must not be followed by "
       "other values."},
      {"not an object", R"(["title", "text"])", "news.jsonl:2: JSON item is not an object"},
      {"no text", R"({"title": "Rahmon receives envoy"})",
       "news.jsonl:2: JSON item has no \"text\""},
      {"no title", R"({"text": "Body only."})", "news.jsonl:2: JSON item has no \"title\""},
      {"text not a string", R"({"title": "A", "text": ["B"]})",
       "news.jsonl:2: \"text\" is not a string"},
      {"title not a string", R"({"title": 7, "text": "B"})",
       "news.jsonl:2: \"title\" is not a string"},
      {"empty title", R"({"title": "  ", "text": "B"})", "news.jsonl:2: \"title\" is empty"},
      {"bad date", R"({"title": "A", "text": "B", "date": "2026-02-30"})",
       "news.jsonl:2: bad \"date\" '2026-02-30' (expected ISO 8601 YYYY-MM-DD)"},
      {"bad id", R"({"title": "A", "text": "B", "id": {"n": 1}})",
       "news.jsonl:2: \"id\" is not a string or an integer"},
      {"escaped NUL", R"({"title": "A", "text": "ab\u0000c"})",
       "news.jsonl:2: in \"text\": binary data: control character 0x00 at column 3"},
      {"invalid UTF-8", "{\"title\": \"A\", \"text\": \"caf\xE9\"}",
       "news.jsonl:2: invalid UTF-8 at column 28"},
      {"a key twice", R"({"title": "A", "text": "B", "title": "C"})",
       "news.jsonl:2: key \"title\" appears twice in one object"},
  }));
  CAPTURE(what);
  CHECK(ErrorOf(good + line + "\n" + good, "news.jsonl") == message);
}

TEST_CASE("ItemParser in lenient mode skips bad feed items and counts them", "[feed]") {
  auto [what, bad_item, warning] = GENERATE(table<std::string, std::string, std::string>({
      {"impossible date", "32.13.2026, 10:00 5\nTitle\nBody of the bad item.\n",
       "news.txt:4: impossible date '32.13.2026' in item header"},
      {"no title", "02.03.2026, 11:00 7\n",
       "news.txt:4: item header is not followed by a title (line 5 is another header)"},
      {"invalid UTF-8", "02.03.2026, 11:00 7\nTitle\nCaf\xE9 body.\nMore body.\n",
       "news.txt:6: invalid UTF-8 at column 4"},
      {"too long", "02.03.2026, 11:00 7\nTitle\n" + std::string(300, 'x') + "\n",
       "news.txt:6: line is longer than 256 bytes"},
  }));
  CAPTURE(what);
  const std::string text = "01.03.2026, 10:00 5\nFirst title\nFirst body.\n" + bad_item +
                           "03.03.2026, 12:00 9\nLast title\nLast body.\n";
  const Parsed parsed = Parse(text, true, 256);
  REQUIRE(parsed.items.size() == 2);
  CHECK(parsed.items[0].title == "First title");
  CHECK(parsed.items[1].title == "Last title");
  CHECK(Positions(parsed.items) == std::vector<long>{1, 3});  // positions stay true to the file
  CHECK(parsed.skipped == 1);
  CHECK(parsed.warnings == std::vector<std::string>{warning});
  CHECK_THROWS_AS(Parse(text, false, 256), Error);
}

TEST_CASE("ItemParser in lenient mode skips text before the first header", "[feed]") {
  const Parsed parsed = Parse("Stray line.\nAnother.\n01.03.2026, 10:00 5\nTitle\n", true);
  REQUIRE(parsed.items.size() == 1);
  CHECK(parsed.items[0].line == 3);
  CHECK(parsed.skipped == 1);
}

TEST_CASE("ItemParser in lenient mode skips bad JSON lines", "[feed]") {
  const std::string text = R"({"title": "A", "text": "a"})"
                           "\n"
                           R"({"title": "B", "te)"
                           "\n"
                           R"({"title": "C"})"
                           "\n"
                           R"({"title": "D", "text": "d"})"
                           "\n";
  const Parsed parsed = Parse(text, true, 1 << 20, "news.jsonl");
  REQUIRE(parsed.items.size() == 2);
  CHECK(parsed.items[1].title == "D");
  CHECK(Positions(parsed.items) == std::vector<long>{1, 4});
  CHECK(parsed.skipped == 2);
  REQUIRE(parsed.warnings.size() == 2);
  CHECK(parsed.warnings[0].starts_with("news.jsonl:2: malformed JSON at column"));
  CHECK(parsed.warnings[1] == "news.jsonl:3: JSON item has no \"text\"");
}

TEST_CASE("ItemParser tells JSON Lines by a first line that is too long", "[feed]") {
  const std::string text = R"({"title": "A", "text": ")" + std::string(300, 'x') + "\"}\n" +
                           R"({"title": "B", "text": "b"})" + "\n";
  const Parsed parsed = Parse(text, true, 256, "news.jsonl");
  REQUIRE(parsed.items.size() == 1);
  CHECK(parsed.items[0].title == "B");
  CHECK(parsed.warnings == std::vector<std::string>{"news.jsonl:1: line is longer than 256 bytes"});
}

TEST_CASE("ItemParser in lenient mode counts an empty input once", "[feed]") {
  const Parsed parsed = Parse("", true);
  CHECK(parsed.items.empty());
  CHECK(parsed.skipped == 1);
  CHECK(parsed.warnings == std::vector<std::string>{"news.txt: empty file: no items"});
}

TEST_CASE("ExpandInputPaths lists feed files of a directory in name order", "[feed]") {
  TempDir dir;
  dir.Write("b-feed.txt", kFeed);
  dir.Write("a-items.jsonl", kJsonLines);
  dir.Write("notes.md", "not a feed");
  std::filesystem::create_directory(dir.File("older"));
  dir.Write("older/c.txt", kFeed);  // not read: only the files directly inside
  const std::string single = dir.File("b-feed.txt");

  CHECK(ExpandInputPaths({dir.path().string()}) ==
        std::vector<std::string>{dir.File("a-items.jsonl"), dir.File("b-feed.txt")});
  CHECK(ExpandInputPaths({single, "-", single}) == std::vector<std::string>{single, "-", single});
}

TEST_CASE("ExpandInputPaths names a missing path and a directory with no feeds", "[feed]") {
  TempDir dir;
  dir.Write("README.md", "no feeds here");
  const std::string missing = dir.File("nope.txt");
  CHECK_THROWS_MATCHES(ExpandInputPaths({missing}), Error,
                       Catch::Message(missing + ": no such file or directory"));
  CHECK_THROWS_MATCHES(
      ExpandInputPaths({dir.path().string()}), Error,
      Catch::Message(dir.path().string() + ": directory has no .txt or .jsonl files"));
}

TEST_CASE("FeedReader reads files and directories in turn", "[feed]") {
  TempDir dir;
  dir.Write("b-feed.txt", "\xEF\xBB\xBF" + kFeed);
  dir.Write("a-items.jsonl", kJsonLines);
  FeedReader reader({dir.path().string()}, ReadOptions{});
  std::vector<std::string> sources;
  std::vector<long> positions;
  for (Item item; reader.Next(&item);) {
    sources.push_back(std::filesystem::path(item.source).filename().string());
    positions.push_back(item.position);
  }
  CHECK(sources == std::vector<std::string>{"a-items.jsonl", "a-items.jsonl", "a-items.jsonl",
                                            "b-feed.txt", "b-feed.txt", "b-feed.txt"});
  CHECK(positions == std::vector<long>{1, 2, 3, 1, 2, 3});
  CHECK(reader.skipped() == 0);
}

TEST_CASE("FeedReader errors name the file they come from", "[feed]") {
  TempDir dir;
  const std::string good = dir.Write("good.txt", kFeed);
  const std::string bad = dir.Write("bad.txt", "01.03.2026, 10:00 5\n");
  const std::string empty = dir.Write("empty.txt", "");
  FeedReader reader({good, bad}, ReadOptions{});
  Item item;
  for (int i = 0; i < 3; ++i) REQUIRE(reader.Next(&item));
  CHECK_THROWS_MATCHES(reader.Next(&item), Error,
                       Catch::Message(bad + ":1: item header is not followed by a title (end of "
                                            "file)"));
  FeedReader empty_reader({empty}, ReadOptions{});
  CHECK_THROWS_MATCHES(empty_reader.Next(&item), Error,
                       Catch::Message(empty + ": empty file: no items"));
  CHECK_THROWS_MATCHES(FeedReader({good, dir.File("missing.txt")}, ReadOptions{}), Error,
                       Catch::Message(dir.File("missing.txt") + ": no such file or directory"));
}

TEST_CASE("FeedReader in lenient mode skips missing and empty files", "[feed]") {
  TempDir dir;
  const std::string good = dir.Write("good.txt", kFeed);
  const std::string empty = dir.Write("empty.txt", "");
  const std::string missing = dir.File("missing.txt");
  std::vector<std::string> warnings;
  ReadOptions options;
  options.lenient = true;
  options.on_skip = [&](const Error& e) { warnings.push_back(e.what()); };
  FeedReader reader({missing, empty, good}, options);
  size_t items = 0;
  for (Item item; reader.Next(&item);) ++items;
  CHECK(items == 3);
  CHECK(reader.skipped() == 2);
  CHECK(warnings == std::vector<std::string>{missing + ": no such file or directory",
                                             empty + ": empty file: no items"});
}

// Issue 15, item 2: ids made from the title alone made a second "Update"
// item look already stored (or took its triples for the first one's).
TEST_CASE("items without an id get one from their content: two of one title stay two", "[feed]") {
  const std::string feed =
      R"({"title": "Update", "text": "The council adopted the budget for the year."})"
      "\n"
      R"({"title": "Update", "text": "The mayor resigned after the vote."})"
      "\n"
      "05.04.2026, 09:00 10\nUpdate\nThe council adopted the budget for the year.\n"
      "05.04.2026, 09:00 10\nUpdate\nThe mayor resigned after the vote.\n";
  std::vector<Item> items = Parse(feed.substr(0, feed.find("05.04"))).items;
  std::vector<Item> feed_items = Parse(feed.substr(feed.find("05.04"))).items;
  REQUIRE(items.size() == 2);
  REQUIRE(feed_items.size() == 2);
  CHECK(items[0].id != items[1].id);
  CHECK(feed_items[0].id != feed_items[1].id);
  // Read again, each item gets its id again.
  CHECK(Parse(feed.substr(0, feed.find("05.04"))).items[1].id == items[1].id);
}

TEST_CASE("FeedReader refuses one given id for two different items, naming both places", "[feed]") {
  TempDir dir;
  const std::string first = dir.Write(
      "monday.jsonl", R"({"id": "n-17", "title": "Budget passed", "text": "The budget passed."})"
                      "\n");
  const std::string second = dir.Write(
      "tuesday.jsonl",
      R"({"id": "n-3", "title": "Rail strike ends", "text": "Drivers went back to work."})"
      "\n"
      R"({"id": "n-17", "title": "Mayor resigns", "text": "The mayor resigned."})"
      "\n"
      R"({"id": "n-4", "title": "Port reopens", "text": "Ships came in again."})"
      "\n");
  Item item;
  {
    FeedReader reader({first, second}, ReadOptions{});
    REQUIRE(reader.Next(&item));
    REQUIRE(reader.Next(&item));
    CHECK_THROWS_MATCHES(reader.Next(&item), Error,
                         Catch::Message(second +
                                        ":2: item id 'n-17' was given to a different "
                                        "item at " +
                                        first + ":1 (ids must tell items apart)"));
  }
  SECTION("lenient: the second is skipped with a warning and counted") {
    std::vector<std::string> warnings;
    ReadOptions options;
    options.lenient = true;
    options.on_skip = [&](const Error& e) { warnings.push_back(e.what()); };
    FeedReader reader({first, second}, options);
    std::vector<std::string> titles;
    while (reader.Next(&item)) titles.push_back(item.title);
    CHECK(titles == std::vector<std::string>{"Budget passed", "Rail strike ends", "Port reopens"});
    CHECK(reader.skipped() == 1);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0], Catch::StartsWith(second + ":2: item id 'n-17'"));
  }
  SECTION("the same item read twice (a file given twice) is not an error") {
    FeedReader reader({first, first}, ReadOptions{});
    size_t read = 0;
    while (reader.Next(&item)) ++read;
    CHECK(read == 2);
  }
}

// Issue 7, hostile input: RapidJSON's recursive parser ran out of stack on a
// line of deeply nested arrays (a segfault, not an error).
TEST_CASE("ItemParser survives JSON nested as deep as the line is long", "[feed]") {
  const size_t depth = 400000;
  const std::string line = R"({"title": "Deep", "text": "Body.", "extra": )" +
                           std::string(depth, '[') + std::string(depth, ']') + "}\n";
  Parsed parsed = Parse(line, false, 1 << 20, "deep.jsonl");
  REQUIRE(parsed.items.size() == 1);
  CHECK(parsed.items[0].title == "Deep");
  CHECK(ErrorOf(R"({"title": )" + std::string(depth, '[') + "\n", "deep.jsonl")
            .starts_with("deep.jsonl:1: malformed JSON at column "));
}

}  // namespace
}  // namespace polgraph
