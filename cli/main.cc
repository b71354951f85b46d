// polgraph: build a knowledge graph of political entities from news feeds.
// Exit codes: 0 success, 1 failure (bad input, I/O), 2 bad command line.
#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>

#include "base/error.h"
#include "cli/command_heap.h"
#include "cli/commands.h"
#include "cli/visible_text.h"

namespace {

using AddCommand = void (*)(CLI::App&);

// The subcommands, in the order --help lists them.
constexpr AddCommand kCommands[] = {
    polgraph::cli::AddItemsCommand,   polgraph::cli::AddExtractCommand,
    polgraph::cli::AddExplainCommand, polgraph::cli::AddIngestCommand,
    polgraph::cli::AddQueryCommand,   polgraph::cli::AddStatsCommand,
    polgraph::cli::AddExportCommand,  polgraph::cli::AddRenderCommand,
    polgraph::cli::AddAliasesCommand,
};

int Run(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  polgraph::cli::SetUpCommandHeap();
  CLI::App app{"polgraph: who did what to whom, from political news feeds"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "polgraph 0.1.0");
  for (AddCommand add : kCommands) add(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version end here with 0; every real parse error is a
    // usage error, whatever CLI11's own code for it.
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const polgraph::Error& e) {
    std::cout.flush();
    std::cerr << "polgraph: " << polgraph::cli::VisibleText(e.what()) << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "polgraph: " << polgraph::cli::VisibleText(e.what()) << "\n";
    return 1;
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "polgraph: error writing to standard output\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (...) {  // setting the commands up failed (out of memory): nothing to print safely
    return 1;
  }
}
