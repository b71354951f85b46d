// The polgraph subcommands. Each Add*Command registers one CLI11 subcommand
// on `app` whose callback does the work and throws polgraph::Error on failure;
// main.cc holds the table of them and turns errors into exit codes.
#pragma once

#include <CLI/CLI.hpp>

namespace polgraph::cli {

void AddItemsCommand(CLI::App& app);
void AddExtractCommand(CLI::App& app);
void AddExplainCommand(CLI::App& app);
void AddIngestCommand(CLI::App& app);
void AddQueryCommand(CLI::App& app);
void AddStatsCommand(CLI::App& app);
void AddExportCommand(CLI::App& app);
void AddRenderCommand(CLI::App& app);
void AddAliasesCommand(CLI::App& app);

}  // namespace polgraph::cli
