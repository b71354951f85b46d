// What every command that reads news feeds shares: the FILE... arguments
// (files, directories of .txt / .jsonl files, "-" for stdin) and --lenient;
// the ReadOptions they give, whose lenient-mode warnings go to stderr as
// "polgraph: warning: <error>"; the closing "skipped N bad item(s)" line;
// and the sizes a progress bar measures.
#pragma once

#include <cstdint>
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

/// Bytes of the files `reader` reads (stdin and files that cannot be read
/// count as nothing): the work a progress bar measures.
uint64_t InputBytes(const FeedReader& reader);

/// About the bytes `item` took in its feed file.
uint64_t ItemBytes(const Item& item);

/// What the items of a run looked like, to say why a feed gave nothing.
struct YieldCounts {
  long items = 0;
  long triples = 0;            // found by the rules
  uint64_t latin_letters = 0;  // in titles: A-Z, a-z and accented Latin
  uint64_t other_letters = 0;  // in titles: Cyrillic, Greek, ...
  /// Counts `item` and the `triples` found in it.
  void Add(const Item& item, size_t triples);
};

/// Writes "polgraph: notice: no triple found in N items ..." to `notices`
/// when items were read and the rules found nothing in them, with a hint
/// when the titles are mostly in a script other than Latin.
void ReportNothingFound(const YieldCounts& counts, std::ostream& notices = std::cerr);

/// Opens the `what` file ("rules", "triples") at `path` for reading. Throws
/// Error naming `path` and why it cannot be read: missing, a directory, a
/// loop of symbolic links, no permission.
std::ifstream OpenInputFile(const std::string& path, const std::string& what);

/// Writes "polgraph: skipped N bad item(s)" to `warnings` when N > 0.
void ReportSkipped(size_t skipped, std::ostream& warnings = std::cerr);

}  // namespace polgraph::cli
