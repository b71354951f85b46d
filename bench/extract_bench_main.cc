// polgraph-bench-extract: where extraction time goes, stage by stage, through
// the library's public interfaces (no CLI, no output formatting):
//   setup     RuleSet::Default, Aliases::Default, Extractor construction
//   read      FeedReader over the corpus
//   split     read + SplitSentences of title and paragraphs
//   mentions  split + MentionFinder::Find on every sentence
//   extract   read + Extractor::Extract on every item (one thread; with
//             --threads N, batches of items on an ExtractionPool of N
//             extractors, as `polgraph extract --threads N` runs them)
// Each pass streams the corpus again, so a stage's own cost is its time minus
// the stage before. Prints wall and CPU seconds, MB/s, items/s, sentences/s
// and triples/s per CPU second, and the process's peak memory; --report also
// writes key=value lines.
//   polgraph-bench-extract corpus.txt [--stages read,split,mentions,extract]
//                          [--threads N]
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/sentence_splitter.h"
#include "extract/extraction_pool.h"
#include "extract/extractor.h"
#include "extract/mention.h"
#include "feed/feed_reader.h"

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
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

struct Counts {
  long items = 0, sentences = 0, mentions = 0, triples = 0;
};

// Reads every item of `path` and hands it to `visit`.
void ForEachItem(const std::string& path, long max_items,
                 const std::function<void(const Item&, Counts*)>& visit, Counts* counts) {
  FeedReader reader({path}, ReadOptions{});
  for (Item item; (max_items == 0 || counts->items < max_items) && reader.Next(&item);) {
    ++counts->items;
    visit(item, counts);
  }
}

void CountSentences(const Item& item, Counts* counts,
                    const std::function<void(std::string_view, Counts*)>& each) {
  for (std::string_view s : SplitSentences(item.title)) each(s, counts);
  for (const std::string& p : item.paragraphs) {
    for (std::string_view s : SplitSentences(p)) each(s, counts);
  }
}

class Report {
 public:
  explicit Report(double mb) : mb_(mb) {
    std::printf("%-10s %9s %9s %9s %11s %12s %12s %10s\n", "stage", "wall s", "CPU s", "MB/s",
                "items/s", "sentences/s", "triples/s", "peak MB");
  }
  // Rates are per CPU second.
  void Stage(const std::string& name, double wall, double seconds, const Counts& c) {
    const double peak = static_cast<double>(PeakRssKb()) / 1024.0;
    std::printf("%-10s %9.3f %9.3f %9.2f %11.0f %12.0f %12.0f %10.1f\n", name.c_str(), wall,
                seconds, mb_ / seconds, static_cast<double>(c.items) / seconds,
                static_cast<double>(c.sentences) / seconds,
                static_cast<double>(c.triples) / seconds, peak);
    std::fflush(stdout);
    lines_ += name + "_wall_s=" + std::to_string(wall) + "\n";
    lines_ += name + "_cpu_s=" + std::to_string(seconds) + "\n";
    lines_ += name + "_mb_per_s=" + std::to_string(mb_ / seconds) + "\n";
    if (c.sentences) lines_ += "sentences=" + std::to_string(c.sentences) + "\n";
    if (c.triples) lines_ += "triples=" + std::to_string(c.triples) + "\n";
    lines_ += name + "_peak_mb=" + std::to_string(peak) + "\n";
  }
  void Setup(const std::string& name, double wall, double seconds) {
    std::printf("%-10s %9.3f %9.3f\n", name.c_str(), wall, seconds);
    lines_ += "setup_" + name + "_cpu_s=" + std::to_string(seconds) + "\n";
  }
  void Write(const std::string& path) const {
    if (!path.empty()) std::ofstream(path, std::ios::app) << lines_;
  }

 private:
  double mb_;
  std::string lines_;
};

bool Wants(const std::string& stages, const std::string& stage) {
  return ("," + stages + ",").find("," + stage + ",") != std::string::npos;
}

// Items extracted together on a pool thread, and the triples they gave.
struct ItemBatch {
  std::vector<Item> items;
  long triples = 0;
};

// Reads `path` and extracts every item on `pool`, as the extract command
// does with more than one thread (32 items a batch); counts into `*counts`.
void ExtractOnPool(const std::string& path, long max_items, ExtractionPool& pool, Counts* counts) {
  constexpr size_t kItemsPerBatch = 32;
  FeedReader reader({path}, ReadOptions{});
  ExtractInOrder<ItemBatch>(
      pool,
      [&](ItemBatch& batch) {
        for (Item item; batch.items.size() < kItemsPerBatch &&
                        (max_items == 0 || counts->items < max_items) && reader.Next(&item);
             item = Item()) {
          ++counts->items;
          batch.items.push_back(std::move(item));
        }
        return !batch.items.empty();
      },
      [](const Extractor& extractor, ItemBatch& batch) {
        for (const Item& item : batch.items)
          batch.triples += static_cast<long>(extractor.Extract(item).size());
      },
      [counts](ItemBatch& batch) { counts->triples += batch.triples; });
}

int Run(const std::string& path, const std::string& stages, long max_items, unsigned threads,
        const std::string& report_path) {
  Report report(static_cast<double>(std::filesystem::file_size(path)) / 1048576.0);
  auto start = Clock::now();
  double start_cpu = CpuSeconds();
  auto setup = [&](const std::string& name) {
    report.Setup(name, SecondsSince(start), CpuSeconds() - start_cpu);
    start = Clock::now();
    start_cpu = CpuSeconds();
  };
  RuleSet rules = RuleSet::Default();
  setup("rules");
  Aliases aliases = Aliases::Default();
  setup("aliases");
  Extractor extractor(std::move(rules), std::move(aliases));
  setup("extractor");
  MentionFinder finder;
  setup("finder");
  std::unique_ptr<ExtractionPool> pool;
  if (threads > 1 && Wants(stages, "extract")) {
    pool = std::make_unique<ExtractionPool>(
        [] { return std::make_unique<Extractor>(RuleSet::Default(), Aliases::Default()); },
        threads);
    setup("pool");
  }

  auto stage = [&](const std::string& name, const std::function<void(const Item&, Counts*)>& f) {
    if (!Wants(stages, name)) return;
    Counts counts;
    const auto t = Clock::now();
    const double t_cpu = CpuSeconds();
    ForEachItem(path, max_items, f, &counts);
    report.Stage(name, SecondsSince(t), CpuSeconds() - t_cpu, counts);
  };
  stage("read", [](const Item&, Counts*) {});
  stage("split", [](const Item& item, Counts* c) {
    CountSentences(item, c, [](std::string_view, Counts* c) { ++c->sentences; });
  });
  stage("mentions", [&](const Item& item, Counts* c) {
    CountSentences(item, c, [&](std::string_view s, Counts* c) {
      ++c->sentences;
      c->mentions += static_cast<long>(finder.Find(s).size());
    });
  });
  if (pool) {
    Counts counts;
    const auto t = Clock::now();
    const double t_cpu = CpuSeconds();
    ExtractOnPool(path, max_items, *pool, &counts);
    report.Stage("extract", SecondsSince(t), CpuSeconds() - t_cpu, counts);
  } else {
    stage("extract", [&](const Item& item, Counts* c) {
      c->triples += static_cast<long>(extractor.Extract(item).size());
    });
  }
  report.Write(report_path);
  return 0;
}

}  // namespace
}  // namespace polgraph::bench

// A benchmark tool: an exception that escapes ends it with std::terminate's message.
int main(int argc, char** argv) {  // NOLINT(bugprone-exception-escape)
  CLI::App app{"polgraph extraction benchmark, stage by stage"};
  std::string corpus, stages = "read,split,mentions,extract", report_path;
  long max_items = 0;
  unsigned threads = 1;
  app.add_option("corpus", corpus, "Feed-format corpus")->required()->check(CLI::ExistingFile);
  app.add_option("--stages", stages, "Comma-separated stages to run")->capture_default_str();
  app.add_option("--max-items", max_items, "Stop after this many items (0: all)");
  app.add_option("--threads", threads,
                 "Extract on an ExtractionPool of N threads (1: on the main thread)")
      ->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  app.add_option("--report", report_path, "Append the figures to this file as key=value");
  CLI11_PARSE(app, argc, argv);
  try {
    return polgraph::bench::Run(corpus, stages, max_items, threads, report_path);
  } catch (const std::exception& e) {
    std::cerr << "polgraph-bench-extract: " << e.what() << "\n";
    return 1;
  }
}
