// polgraph explain "SENTENCE": runs the extractor on one sentence, as a feed
// of one item, and prints every step (mentions, resolution, rules tried and
// matched, triples), so a rule author can see why a triple was or was not found.
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/explain_report.h"
#include "cli/extractor_options.h"
#include "base/error.h"
#include "extract/extractor.h"

namespace polgraph::cli {
namespace {

struct ExplainOptions {
  std::string text;
  std::string date;
  ExtractorOptions extractor;
};

void RunExplain(const ExplainOptions& options) {
  Item item;
  item.source = "(command line)";
  item.position = 1;
  item.id = "explain";
  if (!options.date.empty()) {
    auto date = Date::ParseIso(options.date);
    if (!date) throw Error("--date: expected YYYY-MM-DD, got \"" + options.date + "\"");
    item.date = *date;
  }
  item.paragraphs.push_back(options.text);
  std::unique_ptr<Extractor> extractor = MakeExtractor(options.extractor);
  PrintExplainReport(item, extractor->Explain(item), std::cout);
}

}  // namespace

void AddExplainCommand(CLI::App& app) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* command = app.add_subcommand(
      "explain", "Show how the extractor reads a sentence: mentions, rules, triples");
  command->add_option("SENTENCE", options->text, "The text to read (one or more sentences)")
      ->required();
  command->add_option("--date", options->date,
                      "The item's date (YYYY-MM-DD), for who held an office then");
  AddExtractorOptions(command, &options->extractor);
  command->footer(
      "Examples:\n"
      "  polgraph explain \"President Kassym-Jomart Tokayev met with Xi Jinping.\"\n"
      "  polgraph explain \"The Head of State received the Minister.\" --date 2024-05-14\n"
      "  polgraph explain \"Smith visited Paris.\" --rules my_rules.json");
  command->callback([options] { RunExplain(*options); });
}

}  // namespace polgraph::cli
