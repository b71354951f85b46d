// What every command that reads news feeds shares: the FILE... arguments
// (files, directories of .txt / .jsonl files, "-" for stdin) and --lenient;
// the ReadOptions they give, whose lenient-mode warnings go to stderr as
// "polgraph: warning: <error>"; and the closing "skipped N bad item(s)" line.
#pragma once

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "feed/feed_reader.h"

namespace polgraph::cli {

struct InputOptions {
  std::vector<std::string> paths;
  bool lenient = false;
};

/// Adds the required FILE... positional and the --lenient flag to `command`,
/// stored into `*options`. REQUIRES: `*options` outlives `command`'s parsing
/// and callback (keep it in a shared_ptr captured by the callback).
void AddInputOptions(CLI::App* command, InputOptions* options);

/// The ReadOptions for `options`; in lenient mode each skipped item is
/// reported on `warnings` as "polgraph: warning: <error>".
/// REQUIRES: `warnings` outlives the returned options.
ReadOptions MakeReadOptions(const InputOptions& options, std::ostream& warnings = std::cerr);

/// Opens the `what` file ("rules", "triples") at `path` for reading. Throws
/// Error naming `path` and why it cannot be read: missing, a directory, a
/// loop of symbolic links, no permission.
std::ifstream OpenInputFile(const std::string& path, const std::string& what);

/// Writes "polgraph: skipped N bad item(s)" to `warnings` when N > 0.
void ReportSkipped(size_t skipped, std::ostream& warnings = std::cerr);

}  // namespace polgraph::cli
