// Bounds on heavy work: a warning before a computation that grows faster
// than the network (betweenness, a force-directed layout) starts on a network
// big enough to take minutes, and --timeout SECONDS, after which the command
// stops with an error instead of running on silently. A stopped command
// writes no output file (its temporary file goes with the next write).
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include <CLI/CLI.hpp>

namespace polgraph::cli {

/// Networks with more entities than this get the warning.
constexpr size_t kHeavyEntities = 20000;

/// Adds --timeout SECONDS to `command`, stored in `*seconds` (0: no limit).
void AddTimeoutOption(CLI::App* command, unsigned* seconds);

/// Writes "polgraph: warning: WHAT on N entities and M links may take many
/// minutes; ..." to stderr when `entities` passes kHeavyEntities.
void WarnIfHeavy(const std::string& what, size_t entities, size_t links);

/// While alive, ends the process with exit code 1 and the message
/// "polgraph: COMMAND: stopped after N s (--timeout N)" once `seconds` have
/// passed. Does nothing for 0 seconds.
class Deadline {
 public:
  Deadline(unsigned seconds, std::string command);
  ~Deadline();
  Deadline(const Deadline&) = delete;  // owns the watching thread
  Deadline& operator=(const Deadline&) = delete;

 private:
  std::mutex mutex_;
  std::condition_variable done_;
  bool finished_ = false;
  std::thread watcher_;
};

}  // namespace polgraph::cli
