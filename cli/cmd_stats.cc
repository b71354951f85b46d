// polgraph stats: what the database holds: items and their date range,
// triples by relation, entities by type.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/query_printers.h"
#include "graph/postgres_url.h"
#include "graph/store.h"

namespace polgraph::cli {
namespace {

struct StatsOptions {
  std::string db = "polgraph.db";
  bool json = false;
};

void RunStats(const StatsOptions& options) {
  std::unique_ptr<Store> store = OpenStore(options.db, StoreMode::kRead);
  StoreStats stats = store->Stats();
  const std::string shown = DisplayStoreLocation(options.db);  // no password
  options.json ? WriteStatsJson(shown, stats, std::cout) : WriteStatsTable(shown, stats, std::cout);
}

}  // namespace

void AddStatsCommand(CLI::App& app) {
  auto options = std::make_shared<StatsOptions>();
  CLI::App* command = app.add_subcommand(
      "stats", "Count what the database holds: items, triples by relation, entities by type");
  command->add_option("--db", options->db, "The database file")->capture_default_str();
  command->add_flag("--json", options->json, "Print JSON instead of text");
  command->callback([options] { RunStats(*options); });
}

}  // namespace polgraph::cli
