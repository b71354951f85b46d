// polgraph extract: reads news feeds and prints the triples the rules find,
// one per line (JSON Lines, or TSV with a header row), in input order. Output
// is flushed after every batch of items, so it works as a pipeline stage;
// with --threads N the batches are extracted in parallel (extract/extraction_pool.h)
// and printed in the same order as with one thread.
#include <algorithm>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/command_heap.h"
#include "cli/commands.h"
#include "cli/explain_report.h"
#include "cli/extractor_options.h"
#include "cli/input_options.h"
#include "cli/output_file.h"
#include "cli/progress_bar.h"
#include "extract/extraction_pool.h"
#include "extract/extractor.h"
#include "extract/rule_cap.h"
#include "feed/feed_reader.h"
#include "graph/triple_writer.h"

namespace polgraph::cli {
namespace {

struct ExtractOptions {
  InputOptions input;
  ExtractorOptions extractor;
  std::string format = "jsonl";
  std::string output = "-";
  bool explain = false;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());  // all cores
};

TripleFormat Format(const ExtractOptions& options) {
  return options.format == "tsv" ? TripleFormat::kTsv : TripleFormat::kJsonLines;
}

// What one item gave, beside its output.
struct ItemResult {
  size_t triples = 0;                 // found
  std::vector<std::string> warnings;  // rules capped (extract/rule_cap.h)
};

// Items read together, and what the extractor made of them: each item's
// result and the batch's output, formatted by the worker that extracted it
// (the reading thread then only writes bytes, and each worker frees the
// triples it made).
struct ItemBatch {
  std::vector<Item> items;
  std::vector<ItemResult> results;
  std::string output;
};

// Extracts the items of `batch` and formats what they gave.
void ExtractBatch(const Extractor& extractor, const ExtractOptions& options, ItemBatch& batch) {
  std::ostringstream out;
  TripleWriter writer(Format(options));
  for (const Item& item : batch.items) {
    ItemResult& result = batch.results.emplace_back();
    if (options.explain) {
      PrintExplainReport(item, extractor.Explain(item), out);
      continue;
    }
    std::vector<Triple> triples = extractor.Extract(item);
    result.warnings = CapTriplesPerRule(item, &triples);
    result.triples = triples.size();
    for (const Triple& t : triples) writer.Write(t, out);
  }
  batch.output = std::move(out).str();
}

void RunExtract(const ExtractOptions& options) {
  const unsigned threads = std::max(1u, options.threads);
  ExtractionPool pool([&options] { return MakeExtractor(options.extractor); }, threads,
                      UseLargePagesOnThisThread);
  FeedReader reader(options.input.paths, MakeReadOptions(options.input));
  RefuseInputAsOutput(reader.files(), options.output);
  AtomicOutputFile output(options.output);
  std::ostream& out = output.stream();
  if (!options.explain) TripleWriter(Format(options)).WriteHeader(out);
  // Progress only when the triples go to a file: on stdout they are the output.
  ProgressBar progress(InputBytes(reader), "items",
                       options.output != "-" && ProgressBar::ShouldShow(), std::cerr);
  YieldCounts yield;
  uint64_t done = 0;
  // Batches of 32 items, however many threads: a flush per item cost a write
  // per item, and a pipeline still sees each batch's triples as it is done.
  const size_t batch_size = 32;
  ExtractInOrder<ItemBatch>(
      pool,
      [&](ItemBatch& batch) {
        for (Item item; batch.items.size() < batch_size && reader.Next(&item); item = Item())
          batch.items.push_back(std::move(item));
        return !batch.items.empty();
      },
      [&options](const Extractor& extractor, ItemBatch& batch) {
        ExtractBatch(extractor, options, batch);
      },
      [&](ItemBatch& batch) {
        for (size_t i = 0; i < batch.items.size(); ++i) {
          for (const std::string& warning : batch.results[i].warnings)
            std::cerr << "polgraph: warning: " << warning << '\n';
          yield.Add(batch.items[i], batch.results[i].triples);
          done += ItemBytes(batch.items[i]);
        }
        out << batch.output;
        out.flush();
        progress.Update(done, static_cast<uint64_t>(yield.items));
      });
  output.Commit();
  progress.Finish("wrote " + Thousands(static_cast<uint64_t>(yield.triples)) + " triples from " +
                  Thousands(static_cast<uint64_t>(yield.items)) + " items to " + options.output);
  ReportSkipped(reader.skipped());
  if (!options.explain) ReportNothingFound(yield);
}

}  // namespace

void AddExtractCommand(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand(
      "extract",
      "Find who met, appointed, dismissed whom and who announced what in news items; print one "
      "triple per line");
  AddInputOptions(command, &options->input);
  AddExtractorOptions(command, &options->extractor);
  command->add_option("--format", options->format, "Output format: jsonl (default) or tsv")
      ->check(CLI::IsMember({"jsonl", "tsv"}));
  command->add_option("-o,--output", options->output,
                      "Write to this file (atomically: all or nothing) instead of stdout");
  command->add_flag("--explain", options->explain,
                    "Print for each item how its triples were found (sentences, mentions, rules) "
                    "instead of the triples");
  command
      ->add_option("--threads", options->threads,
                   "Extract with N threads (default: all cores); the output is the same as "
                   "with one")
      ->check(CLI::Range(1u, 256u));
  command->footer(
      "Each line holds: item (position in its file), id, date, subject, subject_type, relation,\n"
      "object, object_type, role (appointed/dismissed), sentence, rule, source.\n\n"
      "Examples:\n"
      "  polgraph extract samples/news.txt\n"
      "  polgraph extract feeds/ --format tsv -o triples.tsv\n"
      "  cat feed.txt | polgraph extract - --rules my_rules.json\n"
      "  polgraph extract samples/news.txt --no-default-rules --rules my_rules.json");
  command->callback([options] { RunExtract(*options); });
}

}  // namespace polgraph::cli
