// polgraph-bench-graph: the graph benchmarks on synthetic triples.
//   polgraph-bench-graph fill --store S.db --triples 1000000
//       writes that many synthetic triples into a new store (timed);
//   polgraph-bench-graph run --store S.db --out DIR [--report FILE]
//       times the graph build from the store, the queries (met NAME,
//       neighbors, path, top --by pagerank) on the built graph, and the
//       GraphML, DOT and JSON exports of it into DIR.
// Each prints a table; --report also writes the figures as key=value lines.
// Peak memory is the process's ru_maxrss, so fill and run are separate runs.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "bench/rng.h"
#include "bench/synthetic_triples.h"
#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "graph/graph_builder.h"
#include "graph/queries.h"
#include "graph/store.h"

namespace polgraph::bench {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU seconds of the process: with other jobs on the machine, wall time lies.
double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// The figures of one run: printed as a table and, with --report, as key=value lines.
class Report {
 public:
  void Add(const std::string& key, double value, const std::string& unit, const std::string& what) {
    rows_.push_back({key, value, unit, what});
    std::printf("%-44s %14.3f %-8s\n", what.c_str(), value, unit.c_str());
    std::fflush(stdout);
  }
  void Write(const std::string& path) const {
    if (path.empty()) return;
    std::ofstream out(path, std::ios::app);
    for (const Row& row : rows_) out << row.key << "=" << row.value << "\n";
  }

 private:
  struct Row {
    std::string key;
    double value;
    std::string unit, what;
  };
  std::vector<Row> rows_;
};

// Entities in the store's order of activity (most active first), for queries.
constexpr size_t kEntities = 100000;

int Fill(const std::string& path, long triples, uint64_t seed, Report* report) {
  if (std::filesystem::exists(path)) {
    std::cerr << "polgraph-bench-graph: " << path << " exists; remove it first\n";
    return 1;
  }
  std::unique_ptr<Store> store = OpenStore(path, StoreMode::kWrite);
  SyntheticTriples source(seed, kEntities);
  const auto start = Clock::now();
  const double start_cpu = CpuSeconds();
  long done = 0;
  constexpr size_t kItemsPerBatch = 1000;
  // The rate of each 250k triples, on stderr: whether storing a triple costs
  // more as the store grows.
  constexpr long kStretch = 250000;
  auto stretch_start = Clock::now();
  long stretch_done = 0;
  while (done < triples) {
    std::vector<Item> items;
    std::vector<Triple> batch;
    source.NextBatch(kItemsPerBatch, &items, &batch);
    if (done + static_cast<long>(batch.size()) > triples) batch.resize(triples - done);
    store->AddBatch(items, batch);
    done += static_cast<long>(batch.size());
    if (done - stretch_done >= kStretch || done == triples) {
      std::cerr << "fill: " << done << " triples stored, the last " << done - stretch_done << " at "
                << static_cast<long>((done - stretch_done) / SecondsSince(stretch_start))
                << " triples/s\n";
      stretch_start = Clock::now();
      stretch_done = done;
    }
  }
  store->FinishWrites();  // a load into an empty store builds its indexes here: timed too
  const double seconds = SecondsSince(start);
  report->Add("fill_triples", static_cast<double>(done), "triples", "synthetic triples stored");
  report->Add("fill_s", seconds, "s", "store fill time");
  report->Add("fill_cpu_s", CpuSeconds() - start_cpu, "s", "store fill time (CPU)");
  report->Add("fill_triples_per_s", done / seconds, "/s", "store fill rate");
  report->Add("fill_peak_mb", PeakRssKb() / 1024.0, "MB", "store fill peak memory");
  report->Add("store_mb", std::filesystem::file_size(path) / 1048576.0, "MB", "store file size");
  return 0;
}

struct Latency {
  double mean_us = 0, p50_us = 0, p99_us = 0, max_us = 0;
};

// Runs `query` up to `runs` times (fewer when 3 s are spent) with a fresh
// argument each, timing each call.
Latency Measure(int runs, const std::function<void(int)>& query) {
  std::vector<double> us;
  const auto budget_start = Clock::now();
  for (int i = 0; i < runs && (i < 5 || SecondsSince(budget_start) < 3.0); ++i) {
    const auto start = Clock::now();
    query(i);
    us.push_back(SecondsSince(start) * 1e6);
  }
  std::sort(us.begin(), us.end());
  Latency l;
  for (double u : us) l.mean_us += u / us.size();
  l.p50_us = us[us.size() / 2];
  l.p99_us = us[std::min(us.size() - 1, us.size() * 99 / 100)];
  l.max_us = us.back();
  return l;
}

void AddLatency(Report* report, const std::string& key, const std::string& what, const Latency& l) {
  report->Add(key + "_p50_us", l.p50_us, "us", what + " p50");
  report->Add(key + "_p99_us", l.p99_us, "us", what + " p99");
  report->Add(key + "_max_us", l.max_us, "us", what + " max");
}

// Names to query: drawn with the activity skew of the news (hubs more often).
std::vector<std::string> QueryNames(const KnowledgeGraph& graph, int count, uint64_t seed) {
  std::vector<EntityId> by_degree;
  for (uint32_t i = 0; i < graph.entity_count(); ++i) by_degree.push_back(EntityId{i});
  std::sort(by_degree.begin(), by_degree.end(),
            [&](EntityId a, EntityId b) { return graph.degree(a) > graph.degree(b); });
  Rng rng(seed);
  std::vector<std::string> names;
  for (int i = 0; i < count; ++i) {
    const double u = static_cast<double>(rng.Next() >> 11) / 9007199254740992.0;
    names.push_back(graph.entity(by_degree[static_cast<size_t>(u * u * by_degree.size())]).name);
  }
  names.front() = graph.entity(by_degree.front()).name;  // the biggest hub, always
  return names;
}

void TimeQueries(const KnowledgeGraph& graph, Report* report) {
  const std::vector<std::string> names = QueryNames(graph, 1000, 7);
  size_t sink = 0;  // keeps the answers alive
  AddLatency(report, "met", "query met NAME", Measure(1000, [&](int i) {
               sink += Met(graph, ResolveEntity(graph, names[i])).size();
             }));
  AddLatency(report, "neighbors1", "query neighbors NAME --depth 1", Measure(1000, [&](int i) {
               sink += Neighbors(graph, ResolveEntity(graph, names[i]), 1).size();
             }));
  AddLatency(report, "neighbors2", "query neighbors NAME --depth 2", Measure(200, [&](int i) {
               sink += Neighbors(graph, ResolveEntity(graph, names[i]), 2).size();
             }));
  AddLatency(report, "path", "query path A B", Measure(200, [&](int i) {
               const EntityId a = ResolveEntity(graph, names[i]);
               const EntityId b = ResolveEntity(graph, names[999 - i]);
               sink += ShortestPath(graph, a, b).value_or(std::vector<PathStep>{}).size();
             }));
  const auto start = Clock::now();
  sink += Top(graph, Centrality::kPageRank, 10).size();
  report->Add("pagerank_ms", SecondsSince(start) * 1e3, "ms", "query top --by pagerank");
  if (sink == 0) std::printf("(no answers)\n");
}

void TimeExport(const KnowledgeGraph& graph, const std::string& name, const std::string& path,
                void (*write)(const KnowledgeGraph&, std::ostream&), Report* report) {
  const auto start = Clock::now();
  const double start_cpu = CpuSeconds();
  {
    std::ofstream out(path, std::ios::binary);
    write(graph, out);
  }
  const double seconds = SecondsSince(start);
  const double mb = std::filesystem::file_size(path) / 1048576.0;
  report->Add("export_" + name + "_s", seconds, "s", "export " + name);
  report->Add("export_" + name + "_cpu_s", CpuSeconds() - start_cpu, "s",
              "export " + name + " (CPU)");
  report->Add("export_" + name + "_mb", mb, "MB", "export " + name + " size");
}

struct RunParts {
  bool queries = true, exports = true;
};

int Run(const std::string& path, const std::string& out_dir, RunParts parts, Report* report) {
  std::unique_ptr<Store> store = OpenStore(path, StoreMode::kRead);
  const long triples = store->Stats().triples;
  report->Add("triples", static_cast<double>(triples), "triples", "triples in the store");

  // Three builds, the median reported (the first also reads the file into
  // the page cache); the previous graph is freed before the next is built.
  std::optional<KnowledgeGraph> built;
  std::vector<std::pair<double, double>> builds;  // wall, CPU seconds
  for (int i = 0; i < 3; ++i) {
    built.reset();
    auto start = Clock::now();
    const double start_cpu = CpuSeconds();
    built.emplace(BuildKnowledgeGraph(*store, TripleFilter{}));
    builds.emplace_back(SecondsSince(start), CpuSeconds() - start_cpu);
  }
  const KnowledgeGraph& graph = *built;
  report->Add("build_first_s", builds[0].first, "s", "graph build from the store, first of 3");
  std::sort(builds.begin(), builds.end());
  const double build_s = builds[1].first;
  report->Add("build_s", build_s, "s", "graph build from the store (median of 3)");
  report->Add("build_cpu_s", builds[1].second, "s", "graph build from the store (CPU)");
  report->Add("build_triples_per_s", triples / build_s, "/s", "graph build rate");
  report->Add("entities", static_cast<double>(graph.entity_count()), "", "entities");
  report->Add("edges", static_cast<double>(graph.edge_count()), "", "edges");
  report->Add("build_peak_mb", PeakRssKb() / 1024.0, "MB", "peak memory after the build");

  if (parts.queries) TimeQueries(graph, report);
  if (parts.exports) {
    std::filesystem::create_directories(out_dir);
    TimeExport(graph, "graphml", out_dir + "/graph.graphml", WriteGraphml, report);
    TimeExport(graph, "json", out_dir + "/graph.json", WriteJson, report);
    TimeExport(graph, "dot", out_dir + "/graph.dot", WriteDot, report);
  }
  report->Add("run_peak_mb", PeakRssKb() / 1024.0, "MB", "peak memory, whole run");
  return 0;
}

}  // namespace
}  // namespace polgraph::bench

// A benchmark tool: an exception that escapes ends it with std::terminate's message.
int main(int argc, char** argv) {  // NOLINT(bugprone-exception-escape)
  CLI::App app{"polgraph graph benchmarks on synthetic triples"};
  app.require_subcommand(1);
  std::string store, out_dir = "bench-out", report_path;
  long triples = 1000000;
  uint64_t seed = 1;
  CLI::App* fill = app.add_subcommand("fill", "Write synthetic triples into a new store");
  fill->add_option("--store", store, "Store file to create")->required();
  fill->add_option("--triples", triples, "How many triples")->capture_default_str();
  fill->add_option("--seed", seed, "Seed")->capture_default_str();
  fill->add_option("--report", report_path, "Append the figures to this file as key=value");
  CLI::App* run = app.add_subcommand("run", "Time graph build, queries and exports");
  run->add_option("--store", store, "Store file to read")->required();
  run->add_option("--out", out_dir, "Folder for the exported files")->capture_default_str();
  run->add_option("--report", report_path, "Append the figures to this file as key=value");
  polgraph::bench::RunParts parts;
  bool no_queries = false, no_exports = false;
  run->add_flag("--no-queries", no_queries, "Skip the query timings");
  run->add_flag("--no-exports", no_exports, "Skip the export timings");
  CLI11_PARSE(app, argc, argv);

  parts.queries = !no_queries;
  parts.exports = !no_exports;
  polgraph::bench::Report report;
  try {
    const int status = fill->parsed() ? polgraph::bench::Fill(store, triples, seed, &report)
                                      : polgraph::bench::Run(store, out_dir, parts, &report);
    report.Write(report_path);
    return status;
  } catch (const std::exception& e) {
    std::cerr << "polgraph-bench-graph: " << e.what() << "\n";
    return 1;
  }
}
