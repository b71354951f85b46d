// polgraph items: reads news feeds and prints each item as one JSON object
// per line (JSON Lines), or with --summary a count per input file. The way to
// check that a feed reads as intended before extracting from it.
#include <map>
#include <memory>
#include <string>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli/commands.h"
#include "cli/input_options.h"
#include "cli/output_file.h"
#include "feed/feed_reader.h"

namespace polgraph::cli {
namespace {

struct ItemsOptions {
  InputOptions input;
  std::string output = "-";
  bool summary = false;
};

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(JsonWriter* json, const std::string& text) {
  json->String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void WriteStringOrNull(JsonWriter* json, const std::string& text) {
  if (text.empty()) {
    json->Null();
  } else {
    WriteString(json, text);
  }
}

// {"file":..., "position":..., "line":..., "id":..., "date":..., "time":...,
//  "views":..., "title":..., "source":..., "url":..., "chars":...}
void WriteItem(const Item& item, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter json(buffer);
  json.StartObject();
  json.Key("file");
  WriteString(&json, item.source);
  json.Key("position");
  json.Int64(item.position);
  json.Key("line");
  json.Int64(item.line);
  json.Key("id");
  WriteString(&json, item.id);
  json.Key("date");
  WriteStringOrNull(&json, item.date.ToIso());
  json.Key("time");
  WriteStringOrNull(&json, item.time);
  json.Key("views");
  if (item.views) {
    json.Int64(*item.views);
  } else {
    json.Null();
  }
  json.Key("title");
  WriteString(&json, item.title);
  json.Key("source");
  WriteStringOrNull(&json, item.publisher);
  json.Key("url");
  WriteStringOrNull(&json, item.url);
  json.Key("chars");
  json.Uint64(item.TextLength());
  json.EndObject();
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << '\n';
}

// Items, paragraphs and the date range of one input file.
struct FileSummary {
  long items = 0;
  long paragraphs = 0;
  Date first, last;

  void Add(const Item& item) {
    ++items;
    paragraphs += static_cast<long>(item.paragraphs.size());
    if (!item.date.IsKnown()) return;
    if (!first.IsKnown() || item.date < first) first = item.date;
    if (!last.IsKnown() || item.date > last) last = item.date;
  }
};

void WriteSummary(const std::map<std::string, FileSummary>& files, std::ostream& out) {
  long total = 0;
  for (const auto& [file, summary] : files) {
    out << file << ": " << summary.items << " item(s), " << summary.paragraphs << " paragraph(s)";
    if (summary.first.IsKnown()) {
      out << ", " << summary.first.ToIso() << " to " << summary.last.ToIso();
    }
    out << '\n';
    total += summary.items;
  }
  out << total << " item(s) from " << files.size() << " file(s)\n";
}

void RunItems(const ItemsOptions& options) {
  FeedReader reader(options.input.paths, MakeReadOptions(options.input));
  RefuseInputAsOutput(reader.files(), options.output);
  AtomicOutputFile output(options.output);
  std::map<std::string, FileSummary> summaries;
  Item item;
  while (reader.Next(&item)) {
    if (options.summary) {
      summaries[item.source].Add(item);
    } else {
      WriteItem(item, output.stream());
    }
  }
  if (options.summary) WriteSummary(summaries, output.stream());
  output.Commit();
  ReportSkipped(reader.skipped());
}

}  // namespace

void AddItemsCommand(CLI::App& app) {
  auto options = std::make_shared<ItemsOptions>();
  CLI::App* command = app.add_subcommand(
      "items",
      "Read news items and print each as one JSON object per line: file, position, line, id, "
      "date, time, views, title, source, url, chars");
  AddInputOptions(command, &options->input);
  command
      ->add_option("-o,--output", options->output,
                   "Write to this file (atomically: all or nothing) instead of stdout")
      ->type_name("FILE");
  command->add_flag("--summary", options->summary,
                    "Print a count of items, paragraphs and dates per file instead of the items");
  command->footer(
      "Feed format: a header line 'DD.MM.YYYY, HH:MM N' (N is a view counter), the title\n"
      "line, then body lines up to the next header. JSON Lines: one object per line with\n"
      "\"title\" and \"text\", optionally \"id\", \"date\" (ISO 8601), \"source\", \"url\".\n"
      "Bad input stops with file:line: problem (exit 1) unless --lenient is given.\n\n"
      "Examples:\n"
      "  polgraph items samples/news.txt\n"
      "  polgraph items samples/ --summary\n"
      "  cat feed.txt | polgraph items - --lenient");
  command->callback([options] { RunItems(*options); });
}

}  // namespace polgraph::cli
