// polgraph extract: reads news feeds and prints the triples the rules find,
// one per line (JSON Lines, or TSV with a header row), in input order. Output
// is flushed after every batch of items, so it works as a pipeline stage;
// with --threads N the batches are extracted in parallel (cli/extraction_pool.h)
// and printed in the same order as with one thread.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli/commands.h"
#include "cli/explain_report.h"
#include "cli/extraction_pool.h"
#include "cli/extractor_options.h"
#include "cli/input_options.h"
#include "cli/output_file.h"
#include "cli/rule_cap.h"
#include "extract/extractor.h"
#include "feed/feed_reader.h"

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

constexpr const char* kColumns[] = {"item",         "id",       "date",   "subject",
                                    "subject_type", "relation", "object", "object_type",
                                    "role",         "sentence", "rule",   "source"};

// Calls visit(column, value) for the columns after "item", in kColumns order.
template <typename Visit>
void ForEachColumn(const Triple& t, Visit&& visit) {
  const Evidence& e = t.evidence;
  visit("id", e.item_id);
  visit("date", e.date.ToIso());
  visit("subject", t.subject.name);
  visit("subject_type", ToString(t.subject.type));
  visit("relation", t.relation.name());
  visit("object", t.object.name);
  visit("object_type", t.object.empty() ? std::string_view() : ToString(t.object.type));
  visit("role", t.role);
  visit("sentence", e.sentence);
  visit("rule", e.rule);
  visit("source", e.source);
}

// Writes triples as JSON Lines through one reused buffer.
class JsonLineWriter {
 public:
  void Write(const Triple& t, std::ostream& out) {
    buffer_.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> json(buffer_);
    json.StartObject();
    json.Key("item");
    json.Int64(t.evidence.item);
    ForEachColumn(t, [&json](const char* key, std::string_view value) {
      json.Key(key);
      json.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    });
    json.EndObject();
    buffer_.Put('\n');
    out.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
  }

 private:
  rapidjson::StringBuffer buffer_;
};

// A TSV cell: tabs, carriage returns and newlines become spaces.
std::string Cell(std::string value) {
  std::replace_if(
      value.begin(), value.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return value;
}

void WriteTsvHeader(std::ostream& out) {
  for (size_t i = 0; i < std::size(kColumns); ++i) out << (i ? "\t" : "") << kColumns[i];
  out << '\n';
}

void WriteTsvLine(const Triple& t, std::ostream& out) {
  out << t.evidence.item;
  ForEachColumn(
      t, [&out](const char*, std::string_view value) { out << '\t' << Cell(std::string(value)); });
  out << '\n';
}

// What one item gave: its triples, or its explanation with --explain.
struct ItemResult {
  std::vector<Triple> triples;
  ExplainReport report;
  std::vector<std::string> warnings;  // rules capped (cli/rule_cap.h)
};

ItemResult Process(const Extractor& extractor, const Item& item, bool explain) {
  ItemResult result;
  if (explain) {
    result.report = extractor.Explain(item);
  } else {
    result.triples = extractor.Extract(item);
    result.warnings = CapTriplesPerRule(item, &result.triples);
  }
  return result;
}

// Items read together, and what the extractor made of each.
struct ItemBatch {
  std::vector<Item> items;
  std::vector<ItemResult> results;
};

void RunExtract(const ExtractOptions& options) {
  const unsigned threads = std::max(1u, options.threads);
  ExtractionPool pool(options.extractor, threads);
  FeedReader reader(options.input.paths, MakeReadOptions(options.input));
  AtomicOutputFile output(options.output);
  std::ostream& out = output.stream();
  bool tsv = options.format == "tsv";
  if (tsv && !options.explain) WriteTsvHeader(out);
  JsonLineWriter json;
  // One item at a time on one thread: a pipeline sees each item's triples at once.
  const size_t batch_size = threads == 1 ? 1 : 32;
  ExtractInOrder<ItemBatch>(
      pool,
      [&](ItemBatch& batch) {
        for (Item item; batch.items.size() < batch_size && reader.Next(&item); item = Item())
          batch.items.push_back(std::move(item));
        return !batch.items.empty();
      },
      [&options](const Extractor& extractor, ItemBatch& batch) {
        for (const Item& item : batch.items)
          batch.results.push_back(Process(extractor, item, options.explain));
      },
      [&](ItemBatch& batch) {
        for (size_t i = 0; i < batch.items.size(); ++i) {
          const ItemResult& result = batch.results[i];
          if (options.explain) PrintExplainReport(batch.items[i], result.report, out);
          for (const std::string& warning : result.warnings)
            std::cerr << "polgraph: warning: " << warning << '\n';
          for (const Triple& t : result.triples) tsv ? WriteTsvLine(t, out) : json.Write(t, out);
        }
        out.flush();
      });
  output.Commit();
  ReportSkipped(reader.skipped());
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
