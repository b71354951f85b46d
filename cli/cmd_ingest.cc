// polgraph ingest: reads news feeds, extracts triples and stores them with
// their evidence in the database (SQLite, polgraph.db by default); or, with
// --triples, loads triples as `polgraph extract` prints them (JSON Lines), so
// extraction can run in shards and be loaded centrally into exactly the graph
// one run would give. Items already in the store are skipped as a whole:
// ingesting the same input twice adds nothing.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/extraction_pool.h"
#include "cli/extractor_options.h"
#include "cli/input_options.h"
#include "cli/progress_bar.h"
#include "cli/rule_cap.h"
#include "extract/extractor.h"
#include "feed/feed_reader.h"
#include "graph/postgres_url.h"
#include "graph/store.h"
#include "graph/triple_json_reader.h"

namespace polgraph::cli {
namespace {

constexpr size_t kItemsPerBatch = 512;
constexpr size_t kTriplesPerBatch = 20000;
constexpr uint64_t kLargeInput = 8 << 20;  // bytes; smaller inputs get no progress bar

struct IngestOptions {
  InputOptions input;
  ExtractorOptions extractor;
  std::string db = "polgraph.db";
  bool triples = false;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
};

struct IngestTotals {
  long items_read = 0;
  AddedCounts added;

  void Add(const AddedCounts& batch) {
    added.items += batch.items;
    added.triples += batch.triples;
    added.entities += batch.entities;
  }
};

// Bytes of the named files and of the files in the named directories
// (stdin and paths that cannot be read count as nothing).
uint64_t TotalBytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code error;
  for (const std::string& path : paths) {
    if (path == "-") continue;
    if (!fs::is_directory(path, error)) {
      uintmax_t size = fs::file_size(path, error);
      if (!error) total += size;
      continue;
    }
    for (const fs::directory_entry& entry : fs::directory_iterator(path, error)) {
      if (entry.is_regular_file(error)) total += entry.file_size(error);
    }
  }
  return total;
}

// About the bytes an item takes in its feed file.
uint64_t ApproximateBytes(const Item& item) {
  uint64_t bytes = item.title.size() + 24;
  for (const std::string& paragraph : item.paragraphs) bytes += paragraph.size() + 1;
  return bytes;
}

// Items stored in one transaction, their triples and the rule-cap warnings.
struct ItemBatch {
  std::vector<Item> items;
  std::vector<Triple> triples;
  std::vector<std::string> warnings;
  uint64_t bytes = 0;
};

// The triples of each item of `batch`, in order; a rule's triples per item
// capped (cli/rule_cap.h).
void ExtractBatch(const Extractor& extractor, ItemBatch& batch) {
  for (const Item& item : batch.items) {
    std::vector<Triple> triples = extractor.Extract(item);
    for (std::string& warning : CapTriplesPerRule(item, &triples))
      batch.warnings.push_back(std::move(warning));
    std::move(triples.begin(), triples.end(), std::back_inserter(batch.triples));
  }
}

IngestTotals IngestFeeds(const IngestOptions& options, Store& store) {
  ExtractionPool pool(options.extractor, std::max(1u, options.threads));
  FeedReader reader(options.input.paths, MakeReadOptions(options.input));
  uint64_t total = TotalBytes(options.input.paths);
  ProgressBar progress(total, ProgressBar::ShouldShow(total, kLargeInput), std::cerr);
  IngestTotals totals;
  uint64_t done = 0;
  ExtractInOrder<ItemBatch>(
      pool,
      [&](ItemBatch& batch) {
        for (Item item; batch.items.size() < kItemsPerBatch && reader.Next(&item); item = Item()) {
          batch.bytes += ApproximateBytes(item);
          batch.items.push_back(std::move(item));
        }
        return !batch.items.empty();
      },
      ExtractBatch,
      [&](ItemBatch& batch) {
        for (const std::string& warning : batch.warnings)
          std::cerr << "polgraph: warning: " << warning << '\n';
        totals.Add(store.AddBatch(batch.items, batch.triples));
        totals.items_read += static_cast<long>(batch.items.size());
        done += batch.bytes;
        progress.Update(done, std::to_string(totals.items_read) + " items");
      });
  ReportSkipped(reader.skipped());
  return totals;
}

// Items and triples read from triples files, flushed to the store in batches
// that never split an item's triples. An item's triples must come together
// (as extract prints them): once its batch is stored, more of them would be
// skipped with the stored item, so that is an error.
class TripleBatcher {
 public:
  TripleBatcher(Store& store, IngestTotals& totals) : store_(store), totals_(totals) {}

  void Add(Triple triple, const Place& place) {
    const Evidence& e = triple.evidence;
    if (flushed_.contains(e.item_id)) {
      throw Error("a triple of item '" + e.item_id +
                      "' comes after other items' triples; an item's triples must be together",
                  place);
    }
    if (!items_.contains(e.item_id)) {
      if (triples_.size() >= kTriplesPerBatch) Flush();
      Item item;
      item.source = e.source;
      item.position = e.item;
      item.id = e.item_id;
      item.date = e.date;
      items_.emplace(item.id, order_.size());
      order_.push_back(std::move(item));
    }
    triples_.push_back(std::move(triple));
  }

  /// A new triples file begins: the same item in another file is a duplicate
  /// (skipped when stored), not a scattered item.
  void StartFile() { flushed_.clear(); }

  void Flush() {
    totals_.Add(store_.AddBatch(order_, triples_));
    totals_.items_read += static_cast<long>(order_.size());
    for (Item& item : order_) flushed_.insert(std::move(item.id));
    items_.clear();
    order_.clear();
    triples_.clear();
  }

 private:
  Store& store_;
  IngestTotals& totals_;
  std::map<std::string, size_t> items_;      // of the batch
  std::unordered_set<std::string> flushed_;  // stored from the current file
  std::vector<Item> order_;
  std::vector<Triple> triples_;
};

void ReadTriplesFile(const std::string& path, const ReadOptions& read, TripleBatcher* batcher,
                     size_t* skipped) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) throw Error("cannot open triples file", Place{path, 0, ""});
  }
  TripleJsonReader reader(path == "-" ? std::cin : file, path, read);
  batcher->StartFile();
  for (Triple triple; reader.Next(&triple);) {
    batcher->Add(std::move(triple), Place{path, reader.line_number(), ""});
  }
  *skipped += reader.skipped();
}

IngestTotals IngestTriples(const IngestOptions& options, Store& store) {
  ReadOptions read = MakeReadOptions(options.input);
  IngestTotals totals;
  TripleBatcher batcher(store, totals);
  size_t skipped = 0;
  for (const std::string& path : options.input.paths) {
    ReadTriplesFile(path, read, &batcher, &skipped);
  }
  batcher.Flush();
  if (skipped > 0) std::cerr << "polgraph: skipped " << skipped << " bad line(s)\n";
  return totals;
}

void RunIngest(const IngestOptions& options) {
  std::unique_ptr<Store> store = OpenStore(options.db, StoreMode::kWrite);
  IngestTotals totals =
      options.triples ? IngestTriples(options, *store) : IngestFeeds(options, *store);
  const AddedCounts& added = totals.added;
  std::cout << DisplayStoreLocation(options.db) << ": added " << added.items << " items, "
            << added.triples << " triples, " << added.entities << " entities ("
            << totals.items_read - added.items << " of " << totals.items_read
            << " items read were already stored)\n";
}

}  // namespace

void AddIngestCommand(CLI::App& app) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command = app.add_subcommand(
      "ingest",
      "Extract triples from news feeds (or load triples printed by extract) and store them, "
      "with their evidence, in the database");
  AddInputOptions(command, &options->input);
  AddExtractorOptions(command, &options->extractor);
  command->add_option("--db", options->db, "The database file (created when missing)")
      ->capture_default_str();
  command->add_flag("--triples", options->triples,
                    "FILE... hold triples as JSON Lines, as printed by polgraph extract "
                    "(- for stdin), instead of news feeds");
  command->add_option("--threads", options->threads, "Extract with N threads")
      ->check(CLI::Range(1u, 256u));
  command->footer(
      "Items already in the database are skipped with their triples: ingesting the same\n"
      "feeds again adds nothing. With --triples, the graph is the same as ingesting the\n"
      "feeds directly; only items that gave triples are recorded.\n\n"
      "Examples:\n"
      "  polgraph ingest samples/\n"
      "  polgraph ingest feeds/2024-*.txt --db out/news.db --lenient\n"
      "  polgraph extract shard1.txt > t1.jsonl; polgraph ingest --triples t1.jsonl t2.jsonl");
  command->callback([options] { RunIngest(*options); });
}

}  // namespace polgraph::cli
