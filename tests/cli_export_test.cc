// End-to-end: runs the built `polgraph export` and `polgraph render` on a
// store written here (the known week of tests/graph_test_data.h), checking
// formats, filters, messages, atomic output, and the samples drawn to a PNG.
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "graph/sqlite_store.h"
#include "tests/cli_run.h"
#include "tests/export_test_graph.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::TempDir;

using Run = testing::CliRun;
using testing::Lines;
using testing::ReadFile;

Run Polgraph(const TempDir& dir, const std::string& args) {
  return testing::RunPolgraph(dir.File(""), args);
}

// The files in `dir`, hidden ones included.
std::set<std::string> Listing(const TempDir& dir) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir.File("")))
    names.insert(entry.path().filename().string());
  return names;
}

// A store holding the known week (and `extra` triples), in a folder of its
// own (SQLite may leave -wal and -shm files next to it); returns the --db
// option for it.
class WeekStore {
 public:
  explicit WeekStore(std::vector<Triple> extra = {}) {
    testing::Batch week = testing::KnownWeek();
    week.triples.insert(week.triples.end(), extra.begin(), extra.end());
    SqliteStore store(dir_.File("week.db"), StoreMode::kWrite);
    store.AddBatch(week.items, week.triples);
  }
  std::string option() const { return "--db '" + dir_.File("week.db") + "'"; }

 private:
  TempDir dir_;
};

// "subject relation object" of each link in node-link JSON, sorted.
std::multiset<std::string> Links(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE(!doc.HasParseError());
  std::map<std::string, std::string> names;
  for (const auto& node : doc["nodes"].GetArray())
    names[node["id"].GetString()] = node["label"].GetString();
  std::multiset<std::string> links;
  for (const auto& link : doc["links"].GetArray())
    links.insert(names[link["source"].GetString()] + " " + link["relation"].GetString() + " " +
                 names[link["target"].GetString()]);
  return links;
}

TEST_CASE("cli export: the format comes from --format or -o's extension", "[export][cli]") {
  TempDir dir;
  WeekStore store;
  std::string db = store.option();
  auto [args, file, starts] = GENERATE(table<std::string, std::string, std::string>({
      {"--format dot", "", "digraph polgraph {"},
      {"--format graphml", "", "<?xml"},
      {"--format json", "", "{\"directed\":true"},
      {"-o g.gexf", "g.gexf", "<?xml"},
      {"-o g.GV", "g.GV", "digraph polgraph {"},
      {"--format json -o g.txt", "g.txt", "{\"directed\":true"},
  }));
  CAPTURE(args);
  std::string command = args;
  if (!file.empty()) command.replace(command.find(file), file.size(), "'" + dir.File(file) + "'");
  Run run = Polgraph(dir, "export " + command + " " + db);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::string text = file.empty() ? run.out : ReadFile(dir.File(file));
  CHECK(text.rfind(starts, 0) == 0);
  CHECK(text.find("Kassym-Jomart Tokayev") != std::string::npos);
  CHECK(run.err.empty());
}

TEST_CASE("cli export: csv writes sibling nodes and edges files", "[export][cli][csv]") {
  TempDir dir;
  WeekStore store;
  std::string db = store.option();
  Run run = Polgraph(dir, "export -o '" + dir.File("graph.csv") + "' " + db);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(Listing(dir) == std::set<std::string>{"graph.edges.csv", "graph.nodes.csv"});
  CHECK(ReadFile(dir.File("graph.nodes.csv")).rfind("id:ID,name,type:LABEL", 0) == 0);
  CHECK(ReadFile(dir.File("graph.edges.csv")).find("n0,") != std::string::npos);

  Run to_stdout = Polgraph(dir, "export --format csv " + db);
  CHECK(to_stdout.exit_code == 1);
  CHECK(to_stdout.err ==
        "polgraph: export: csv writes two files (nodes and edges); give -o FILE.csv\n");
}

TEST_CASE("cli export: filters by relation, dates, ego network and weight", "[export][cli]") {
  TempDir dir;
  WeekStore store;
  std::string db = store.option();
  std::string tokayev = "Kassym-Jomart Tokayev", bektenov = "Olzhas Bektenov",
              erdogan = "Recep Tayyip Erdoğan", sklyar = "Roman Sklyar", nurtleu = "Murat Nurtleu";
  auto [args, links] = GENERATE_REF(table<std::string, std::multiset<std::string>>({
      {"--relation dismissed", {tokayev + " dismissed " + nurtleu}},
      {"--relation met --since 2024-01-12 --until 2024-03-01",
       {tokayev + " met " + bektenov, tokayev + " met " + erdogan, bektenov + " met " + sklyar}},
      {"--min-weight 2", {tokayev + " met " + bektenov}},
      {"--around Sklyar --depth 1", {bektenov + " met " + sklyar}},
      {"--around Sklyar --depth 2 --relation met",
       {tokayev + " met " + bektenov, bektenov + " met " + sklyar}},
  }));
  CAPTURE(args);
  Run run = Polgraph(dir, "export --format json " + args + " " + db);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(Links(run.out) == links);
}

TEST_CASE("cli export: bad options give a clear error", "[export][cli]") {
  TempDir dir;
  WeekStore store;
  std::string db = store.option();
  auto [args, message] = GENERATE(table<std::string, std::string>({
      {"",
       "polgraph: export: give --format (dot, graphml, gexf, json, csv, gephi-csv, html, events) "
       "or an "
       "-o file "
       "ending in .dot, .gv, .graphml, .gexf, .json, .csv, .html or .htm\n"},
      {"--format json --since 2024-13-01",
       "polgraph: --since: not a date (YYYY-MM-DD): '2024-13-01'\n"},
      {"--format json --relation Met",
       "polgraph: --relation: not a relation name (lowercase letters, digits, _): 'Met'\n"},
  }));
  CAPTURE(args);
  Run run = Polgraph(dir, "export " + args + " " + db);
  CHECK(run.exit_code == 1);
  CHECK(run.err == message);
  CHECK(run.out.empty());

  Run unknown = Polgraph(dir, "export --format json --around Nobody " + db);
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.rfind("polgraph: no entity named 'Nobody'", 0) == 0);
}

TEST_CASE("cli export: a failed export leaves nothing behind", "[export][cli]") {
  TempDir dir;
  // A name that is not UTF-8 makes the JSON and XML writers fail mid-way.
  testing::Batch week = testing::KnownWeek();
  WeekStore store({testing::MakeTriple(week.items[0], testing::Person("Bad \xff"), Relation::kMet,
                                       testing::Person(testing::kTokayev), "", "Bad met Tokayev.",
                                       "test.met")});
  std::string db = store.option();
  std::ofstream(dir.File("old.json")) << "keep me";
  std::set<std::string> before = Listing(dir);

  Run failed = Polgraph(dir, "export -o '" + dir.File("old.json") + "' " + db);
  CHECK(failed.exit_code == 1);
  CHECK(failed.err == "polgraph: JSON output: \"Bad \\xff\" is not valid UTF-8\n");
  CHECK(ReadFile(dir.File("old.json")) == "keep me");
  CHECK(Listing(dir) == before);

  Run gexf = Polgraph(dir, "export -o '" + dir.File("new.gexf") + "' " + db);
  CHECK(gexf.exit_code == 1);
  CHECK(Listing(dir) == before);

  Run missing = Polgraph(dir, "export -o '" + dir.File("no/such/dir/g.graphml") + "' " + db);
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find(dir.File("no/such/dir/g.graphml")) != std::string::npos);
  CHECK(Listing(dir) == before);

  Run render = Polgraph(dir, "render -o '" + dir.File("no/such/dir/g.svg") + "' " + db);
  CHECK(render.exit_code == 1);
  CHECK(render.err.find(dir.File("no/such/dir/g.svg")) != std::string::npos);
  CHECK(Listing(dir) == before);
}

TEST_CASE("cli export: -o to a pipe writes into it and leaves it a pipe", "[export][cli]") {
  // As with -o /dev/null or a process substitution: renaming a temporary
  // file over the destination would replace the pipe with a plain file.
  TempDir dir;
  WeekStore store;
  const std::string fifo = dir.File("pipe"), copy = dir.File("copy.json");
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  const std::string command = "timeout 20 cat '" + fifo + "' >'" + copy +
                              "' & '" POLGRAPH_BINARY "' export --format json -o '" + fifo + "' " +
                              store.option() + " && wait $!";
  REQUIRE(std::system(command.c_str()) == 0);
  CHECK(std::filesystem::is_fifo(fifo));
  CHECK(Links(ReadFile(copy)) ==
        Links(Polgraph(dir, "export --format json " + store.option()).out));
  CHECK(Listing(dir) == std::set<std::string>{"copy.json", "pipe"});
}

TEST_CASE("cli render: the picture format comes from -o's extension", "[render][cli]") {
  TempDir dir;
  WeekStore store;
  std::string db = store.option();
  Run svg = Polgraph(dir, "render -o '" + dir.File("week.svg") + "' --layout neato " + db);
  INFO(svg.err);
  REQUIRE(svg.exit_code == 0);
  CHECK(svg.err == "polgraph: left out 1 entity without a link (--isolated draws them)\n");
  std::string text = ReadFile(dir.File("week.svg"));
  CHECK(text.find("<svg") != std::string::npos);
  CHECK(text.find("Recep Tayyip Erdoğan") != std::string::npos);

  Run jpg = Polgraph(dir, "render -o '" + dir.File("week.jpg") + "' " + db);
  CHECK(jpg.exit_code == 1);
  CHECK(jpg.err == "polgraph: render: -o " + dir.File("week.jpg") +
                       ": the picture's format comes from its extension: .svg, .png or .pdf\n");
  Run empty = Polgraph(dir, "render -o '" + dir.File("none.svg") + "' --since 2030-01-01 " + db);
  CHECK(empty.exit_code == 1);
  CHECK(empty.err == "polgraph: render: nothing to draw: no entity is selected\n");
  CHECK(!std::filesystem::exists(dir.File("none.svg")));
}

TEST_CASE("cli render: the samples drawn to a PNG make a real picture", "[render][cli][client]") {
  TempDir dir, store;
  std::string db = "--db '" + store.File("samples.db") + "'";
  Run ingest = Polgraph(dir, "ingest '" POLGRAPH_SOURCE_DIR "/samples' " + db);
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  Run render = Polgraph(dir, "render -o '" + dir.File("samples.png") + "' " + db);
  INFO(render.err);
  REQUIRE(render.exit_code == 0);
  testing::CommandResult read = testing::RunClientCheck("png", {dir.File("samples.png")});
  if (read.status == testing::kSkipped) {
    WARN("skipped: no /usr/bin/python3");
    return;
  }
  REQUIRE(read.status == 0);
  rapidjson::Document png;
  png.Parse(read.out.c_str());
  REQUIRE(!png.HasParseError());
  CHECK(png["png"].GetBool());
  CHECK(png["width"].GetInt() > 100);
  CHECK(png["height"].GetInt() > 100);
  CHECK(png["distinct_bytes"].GetInt() > 16);
}

TEST_CASE("cli export: met is one undirected link in GraphML, GEXF and DOT", "[export][cli]") {
  TempDir dir;
  WeekStore store;
  std::string db = store.option();
  // The week: Tokayev met Erdoğan, Erdoğan met Tokayev; Tokayev appointed Nurtleu.
  Run graphml = Polgraph(dir, "export --format graphml " + db);
  REQUIRE(graphml.exit_code == 0);
  size_t undirected = 0, directed = 0;
  for (const std::string& line : Lines(graphml.out)) {
    if (line.find("<edge ") == std::string::npos) continue;
    (line.find("directed=\"false\"") != std::string::npos ? undirected : directed) += 1;
  }
  CHECK(undirected == 4);  // Tokayev-Bektenov, Tokayev-Erdoğan both ways, Bektenov-Sklyar
  CHECK(directed == 3);    // appointed, dismissed, announced
  Run gexf = Polgraph(dir, "export --format gexf " + db);
  REQUIRE(gexf.exit_code == 0);
  size_t gexf_undirected = 0;
  for (size_t at = 0; (at = gexf.out.find("type=\"undirected\"", at)) != std::string::npos; ++at)
    ++gexf_undirected;
  CHECK(gexf_undirected == 4);
  Run dot = Polgraph(dir, "export --format dot --relation met " + db);
  REQUIRE(dot.exit_code == 0);
  auto count = [&](const std::string& text) {
    size_t found = 0;
    for (size_t at = 0; (at = dot.out.find(text, at)) != std::string::npos; ++at) ++found;
    return found;
  };
  CHECK(count(" -> ") == 3);  // the two met links of Tokayev and Erdoğan are one line
  CHECK(count("dir=none") == 3);
  Run all_directed = Polgraph(dir, "export --format graphml --directed " + db);
  CHECK(all_directed.out.find("directed=\"false\"") == std::string::npos);
}

TEST_CASE("cli export: GEXF has a spell a day of events, 1.2 on request", "[export][cli][gexf]") {
  TempDir dir;
  WeekStore store;
  std::string db = store.option();
  Run gexf = Polgraph(dir, "export --format gexf --relation met " + db);
  REQUIRE(gexf.exit_code == 0);
  // Tokayev met Bektenov on 2024-01-10 and 2024-01-15: two spells, not one span.
  CHECK(gexf.out.find("<spell start=\"2024-01-10\" end=\"2024-01-10\"/>") != std::string::npos);
  CHECK(gexf.out.find("<spell start=\"2024-01-15\" end=\"2024-01-15\"/>") != std::string::npos);
  CHECK(gexf.out.find("<spell start=\"2024-01-10\" end=\"2024-01-15\"/>") == std::string::npos);
  CHECK(gexf.out.find("xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
  CHECK(gexf.out.find("<viz:color ") != std::string::npos);
  Run old = Polgraph(dir, "export --format gexf --gexf-version 1.2 " + db);
  REQUIRE(old.exit_code == 0);
  CHECK(old.out.find("xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
  CHECK(old.out.find("version=\"1.2\"") != std::string::npos);
  Run bad = Polgraph(dir, "export --format gexf --gexf-version 1.1 " + db);
  CHECK(bad.exit_code != 0);
}

TEST_CASE("cli export: Neo4j CSV unguarded, Gephi CSV guarded", "[export][cli][csv]") {
  TempDir dir;
  WeekStore store(
      {testing::MakeTriple(testing::MakeItem("a7", 7, "2024-06-21", "Weather in Astana"),
                           testing::Person("=HYPERLINK(1)"), Relation::kMet,
                           testing::Person("Olzhas Bektenov"), "", "A sentence.", "test.met")});
  std::string db = store.option();
  Run neo4j = Polgraph(dir, "export -o '" + dir.File("neo.csv") + "' " + db);
  REQUIRE(neo4j.exit_code == 0);
  CHECK(ReadFile(dir.File("neo.nodes.csv")).find(",=HYPERLINK(1),person,") != std::string::npos);
  Run gephi = Polgraph(dir, "export --format gephi-csv -o '" + dir.File("gephi.csv") + "' " + db);
  INFO(gephi.err);
  REQUIRE(gephi.exit_code == 0);
  std::string nodes = ReadFile(dir.File("gephi.nodes.csv"));
  std::string edges = ReadFile(dir.File("gephi.edges.csv"));
  CHECK(nodes.rfind("Id,Label,type,mentions,degree\r\n", 0) == 0);
  CHECK(nodes.find(",'=HYPERLINK(1),person,") != std::string::npos);
  CHECK(edges.rfind("Source,Target,Type,Id,Label,Weight,relation,first,last,role\r\n", 0) == 0);
  CHECK(edges.find(",Undirected,") != std::string::npos);
  CHECK(edges.find(",Directed,") != std::string::npos);
}

TEST_CASE("cli render: a titled picture within 2:1, without lone entities", "[render][cli]") {
  TempDir dir;
  WeekStore store;
  std::string db = store.option();
  Run render = Polgraph(dir, "render -o '" + dir.File("week.svg") + "' " + db);
  INFO(render.err);
  REQUIRE(render.exit_code == 0);
  // The Ministry of Energy only announced, with nothing named: no link.
  CHECK(render.err == "polgraph: left out 1 entity without a link (--isolated draws them)\n");
  std::string svg = ReadFile(dir.File("week.svg"));
  CHECK(svg.find("Whole network — 6 entities, 7 links") != std::string::npos);
  CHECK(svg.find("Ministry of Energy") == std::string::npos);
  CHECK(svg.find(">met (both ways)<") != std::string::npos);
  Run isolated = Polgraph(dir, "render --isolated -o '" + dir.File("all.svg") + "' " + db);
  REQUIRE(isolated.exit_code == 0);
  CHECK(isolated.err == "");
  CHECK(ReadFile(dir.File("all.svg")).find("Ministry of Energy") != std::string::npos);
  Run met = Polgraph(
      dir, "render --relation met --since 2024-01-01 -o '" + dir.File("met.svg") + "' " + db);
  REQUIRE(met.exit_code == 0);
  // (SVG writes "-" as "&#45;".)
  CHECK(ReadFile(dir.File("met.svg")).find("met · 2024&#45;01&#45;01 to … — ") !=
        std::string::npos);
}

}  // namespace
}  // namespace polgraph
