// polgraph ingest: reads news feeds, extracts triples and stores them with
// their evidence in the database (SQLite, polgraph.db by default); or, with
// --triples, loads triples as `polgraph extract` prints them (JSON Lines), so
// extraction can run in shards and be loaded centrally into exactly the graph
// one run would give. Items already in the store are skipped as a whole:
// ingesting the same input twice adds nothing. With --reextract it reads no
// input: today's rules and aliases run again over the items the store kept,
// and each item's triples are replaced by what they give now.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/extractor_options.h"
#include "cli/input_options.h"
#include "cli/progress_bar.h"
#include "extract/extraction_pool.h"
#include "extract/extractor.h"
#include "extract/rule_cap.h"
#include "feed/feed_reader.h"
#include "graph/postgres_url.h"
#include "graph/store.h"
#include "graph/triple_batcher.h"
#include "graph/triple_json_reader.h"

namespace polgraph::cli {
namespace {

constexpr size_t kItemsPerBatch = 512;
constexpr uint64_t kLargeInput = 8 << 20;  // bytes; smaller inputs get no progress bar

struct IngestOptions {
  InputOptions input;
  ExtractorOptions extractor;
  std::string db = "polgraph.db";
  bool triples = false;
  bool reextract = false;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
};

struct IngestTotals {
  long items_read = 0;
  AddedCounts added;
};

// Bytes of the files `reader` reads (stdin and files that cannot be read
// count as nothing).
uint64_t TotalBytes(const FeedReader& reader) {
  uint64_t total = 0;
  for (const std::string& file : reader.files()) {
    if (file == "-") continue;
    std::error_code error;
    const uintmax_t size = std::filesystem::file_size(file, error);
    if (!error) total += size;
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
// capped (extract/rule_cap.h).
void ExtractBatch(const Extractor& extractor, ItemBatch& batch) {
  for (const Item& item : batch.items) {
    std::vector<Triple> triples = extractor.Extract(item);
    for (std::string& warning : CapTriplesPerRule(item, &triples))
      batch.warnings.push_back(std::move(warning));
    std::move(triples.begin(), triples.end(), std::back_inserter(batch.triples));
  }
}

IngestTotals IngestFeeds(const IngestOptions& options, Store& store) {
  ExtractionPool pool([&options] { return MakeExtractor(options.extractor); },
                      std::max(1u, options.threads));
  FeedReader reader(options.input.paths, MakeReadOptions(options.input));
  uint64_t total = TotalBytes(reader);
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
        totals.added += store.AddBatch(batch.items, batch.triples);
        totals.items_read += static_cast<long>(batch.items.size());
        done += batch.bytes;
        progress.Update(done, std::to_string(totals.items_read) + " items");
      });
  ReportSkipped(reader.skipped());
  return totals;
}

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
  TripleBatcher batcher(store);
  size_t skipped = 0;
  for (const std::string& path : options.input.paths) {
    ReadTriplesFile(path, read, &batcher, &skipped);
  }
  batcher.Flush();
  if (skipped > 0) std::cerr << "polgraph: skipped " << skipped << " bad line(s)\n";
  return {batcher.items_stored(), batcher.added()};
}

void Reextract(const IngestOptions& options) {
  std::unique_ptr<Store> store = OpenStore(options.db, StoreMode::kWrite);
  StoreStats before = store->Stats();
  ExtractionPool pool([&options] { return MakeExtractor(options.extractor); },
                      std::max(1u, options.threads));
  uint64_t total = static_cast<uint64_t>(before.items - before.items_without_text);
  ProgressBar progress(total, ProgressBar::ShouldShow(total, 20000), std::cerr);
  int64_t cursor = 0;
  ReplacedCounts replaced;
  ExtractInOrder<ItemBatch>(
      pool,
      [&](ItemBatch& batch) {
        batch.items = store->LoadItems(&cursor, kItemsPerBatch);
        return !batch.items.empty();
      },
      ExtractBatch,
      [&](ItemBatch& batch) {
        for (const std::string& warning : batch.warnings)
          std::cerr << "polgraph: warning: " << warning << '\n';
        replaced += store->ReplaceTriples(batch.items, batch.triples);
        progress.Update(static_cast<uint64_t>(replaced.items),
                        std::to_string(replaced.items) + " items");
      });
  std::cout << DisplayStoreLocation(options.db) << ": re-extracted " << replaced.items
            << " items: " << replaced.removed << " triples removed, " << replaced.added
            << " added, " << replaced.entities << " new entities";
  if (before.items_without_text > 0) {
    std::cout << "; " << before.items_without_text
              << " items stored without their text (from triples files or an older polgraph) "
                 "were left as they were";
  }
  std::cout << '\n';
}

void RunIngest(const IngestOptions& options) {
  if (options.reextract) {
    if (!options.input.paths.empty())
      throw Error("ingest --reextract reads the stored items; give no FILE");
    return Reextract(options);
  }
  if (options.input.paths.empty())
    throw Error(
        "ingest: give FILE... to read (or --reextract to run the rules again over the "
        "stored items)");
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
  command->get_option("FILE")->required(false);  // not with --reextract; checked in RunIngest
  AddExtractorOptions(command, &options->extractor);
  command->add_option("--db", options->db, "The database file (created when missing)")
      ->capture_default_str();
  command->add_flag("--triples", options->triples,
                    "FILE... hold triples as JSON Lines, as printed by polgraph extract "
                    "(- for stdin), instead of news feeds");
  command
      ->add_flag("--reextract", options->reextract,
                 "Read no FILE: run today's rules and aliases (with --rules, --aliases) again "
                 "over the items stored in --db, replacing the triples each gave")
      ->excludes("--triples");
  command->add_option("--threads", options->threads, "Extract with N threads")
      ->check(CLI::Range(1u, 256u));
  command->footer(
      "Items already in the database are skipped with their triples: ingesting the same\n"
      "feeds again adds nothing. With --triples, the graph is the same as ingesting the\n"
      "feeds directly; only items that gave triples are recorded.\n"
      "The store keeps each item's text (compressed): after a rule or alias is corrected,\n"
      "--reextract makes every stored item's triples again (items from --triples have no\n"
      "text and are left as they are).\n\n"
      "Examples:\n"
      "  polgraph ingest samples/\n"
      "  polgraph ingest feeds/2024-*.txt --db out/news.db --lenient\n"
      "  polgraph extract shard1.txt > t1.jsonl; polgraph ingest --triples t1.jsonl t2.jsonl\n"
      "  polgraph ingest --reextract --db out/news.db --rules my-rules.json");
  command->callback([options] { RunIngest(*options); });
}

}  // namespace polgraph::cli
