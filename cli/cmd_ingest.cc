// polgraph ingest: reads news feeds, extracts triples and stores them with
// their evidence in the database (SQLite, polgraph.db by default); or, with
// --triples, loads triples as `polgraph extract` prints them (JSON Lines), so
// extraction can run in shards and be loaded centrally into exactly the graph
// one run would give. Items already in the store are skipped as a whole:
// ingesting the same input twice adds nothing, and items already stored are
// recognised by their id before they are extracted. The summary tells items
// stored by an earlier run from items repeated within this run's input; a new
// database that would hold no item is not left behind.
// With --reextract it reads no input: today's rules and aliases run again
// over the items the store kept, and each item's triples are replaced by
// what they give now.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "base/error.h"
#include "cli/command_heap.h"
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
// Items stored in one transaction: several extraction batches. Each commit
// writes every index page it touched (WAL, then checkpoint), and index pages
// touched by a transaction are spread over the whole index once it is
// large; fewer, bigger commits write each page for more triples. The items
// wait in memory with their text meanwhile (about 1.2 KB each): 2,048 keep
// that under 3 MB, and a load into an empty store, whose indexes by entity
// are built at its end, writes few scattered pages per commit anyway.
constexpr size_t kItemsPerCommit = 2048;

struct IngestOptions {
  InputOptions input;
  ExtractorOptions extractor;
  std::string db = "polgraph.db";
  bool triples = false;
  bool reextract = false;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
};

struct IngestTotals {
  long items_read = 0;  // stored ones included
  long duplicates = 0;  // items read again within this run's input
  AddedCounts added;
};

// Items stored in one transaction, their triples and the rule-cap warnings.
struct ItemBatch {
  std::vector<Item> items;
  std::vector<Triple> triples;
  std::vector<std::string> warnings;
  std::vector<size_t> found;  // triples found per item
  uint64_t bytes = 0;
};

// The triples of each item of `batch`, in order; a rule's triples per item
// capped (extract/rule_cap.h).
void ExtractBatch(const Extractor& extractor, ItemBatch& batch) {
  for (const Item& item : batch.items) {
    std::vector<Triple> triples = extractor.Extract(item);
    for (std::string& warning : CapTriplesPerRule(item, &triples))
      batch.warnings.push_back(std::move(warning));
    batch.found.push_back(triples.size());
    std::move(triples.begin(), triples.end(), std::back_inserter(batch.triples));
  }
}

IngestTotals IngestFeeds(const IngestOptions& options, Store& store) {
  ExtractionPool pool([&options] { return MakeExtractor(options.extractor); },
                      std::max(1u, options.threads), UseLargePagesOnThisThread);
  FeedReader reader(options.input.paths, MakeReadOptions(options.input));
  ProgressBar progress(InputBytes(reader), "items", ProgressBar::ShouldShow(), std::cerr);
  IngestTotals totals;
  YieldCounts yield;
  std::unordered_set<std::string> ids_read;  // to tell repeats in the input from stored items
  uint64_t done = 0;
  ItemBatch pending;  // extracted, stored at the next commit
  auto commit = [&] {
    if (pending.items.empty()) return;
    totals.added += store.AddBatch(pending.items, pending.triples);
    pending = ItemBatch();
  };
  try {
    ExtractInOrder<ItemBatch>(
        pool,
        [&](ItemBatch& batch) {
          for (Item item; batch.items.size() < kItemsPerBatch && reader.Next(&item);
               item = Item()) {
            if (!ids_read.insert(item.id).second) ++totals.duplicates;
            // A stored item would be skipped by AddBatch: it is not extracted
            // at all, so that a second ingest of a file costs its reading only.
            if (store.HasItem(item.id)) {
              ++totals.items_read;
              done += ItemBytes(item);
              continue;
            }
            batch.bytes += ItemBytes(item);
            batch.items.push_back(std::move(item));
          }
          return !batch.items.empty();
        },
        ExtractBatch,
        [&](ItemBatch& batch) {
          for (const std::string& warning : batch.warnings)
            std::cerr << "polgraph: warning: " << warning << '\n';
          totals.items_read += static_cast<long>(batch.items.size());
          for (size_t i = 0; i < batch.items.size(); ++i) {
            yield.Add(batch.items[i], batch.found[i]);
            pending.items.push_back(std::move(batch.items[i]));
          }
          std::move(batch.triples.begin(), batch.triples.end(),
                    std::back_inserter(pending.triples));
          if (pending.items.size() >= kItemsPerCommit) commit();
          done += batch.bytes;
          progress.Update(done, static_cast<uint64_t>(totals.items_read));
        });
  } catch (...) {
    commit();  // what was extracted before the failure is stored, as it was batch by batch
    throw;
  }
  commit();
  progress.Finish("read " + Thousands(static_cast<uint64_t>(totals.items_read)) + " items");
  ReportSkipped(reader.skipped());
  ReportNothingFound(yield);
  return totals;
}

void ReadTriplesFile(const std::string& path, const ReadOptions& read, TripleBatcher* batcher,
                     size_t* skipped) {
  std::ifstream file;
  if (path != "-") file = OpenInputFile(path, "triples");
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
  return {batcher.items_stored(), 0, batcher.added()};
}

// Removes an SQLite store this run created when it holds no item (an input
// with no item leaves no database behind).
void RemoveIfEmpty(const std::string& db, std::unique_ptr<Store>& store) {
  bool empty = false;
  try {
    empty = store->Stats().items == 0;
  } catch (const Error&) {
    return;  // cannot tell: keep it
  }
  if (!empty) return;
  store.reset();
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::filesystem::remove(db + suffix, ignored);
}

void Reextract(const IngestOptions& options) {
  std::unique_ptr<Store> store = OpenStore(options.db, StoreMode::kWrite);
  StoreStats before = store->Stats();
  ExtractionPool pool([&options] { return MakeExtractor(options.extractor); },
                      std::max(1u, options.threads), UseLargePagesOnThisThread);
  uint64_t total = static_cast<uint64_t>(before.items - before.items_without_text);
  ProgressBar progress(total, "items", ProgressBar::ShouldShow(), std::cerr);
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
                        static_cast<uint64_t>(replaced.items));
      });
  progress.Finish("re-extracted " + Thousands(static_cast<uint64_t>(replaced.items)) + " items");
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
  std::error_code ignored;
  const bool creates = !IsPostgresUrl(options.db) && !std::filesystem::exists(options.db, ignored);
  std::unique_ptr<Store> store = OpenStore(options.db, StoreMode::kWrite);
  IngestTotals totals;
  try {
    totals = options.triples ? IngestTriples(options, *store) : IngestFeeds(options, *store);
    store->FinishWrites();  // a load into an empty store builds its indexes here
  } catch (...) {
    if (creates) RemoveIfEmpty(options.db, store);
    throw;
  }
  if (creates && totals.added.items == 0) RemoveIfEmpty(options.db, store);
  const AddedCounts& added = totals.added;
  const long already = totals.items_read - added.items - totals.duplicates;
  std::cout << DisplayStoreLocation(options.db) << ": added " << added.items << " items, "
            << added.triples << " triples, " << added.entities << " entities (" << already << " of "
            << totals.items_read << " items read were already stored";
  if (totals.duplicates > 0)
    std::cout << "; " << totals.duplicates << " repeated an item read before in the input";
  std::cout << ")\n";
  if (!store) std::cout << DisplayStoreLocation(options.db) << ": not created: no item to store\n";
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
