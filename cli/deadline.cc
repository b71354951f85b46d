#include "cli/deadline.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <iostream>

namespace polgraph::cli {

void AddTimeoutOption(CLI::App* command, unsigned* seconds) {
  command
      ->add_option("--timeout", *seconds,
                   "Stop with an error after SECONDS (for big networks; default: no limit)")
      ->check(CLI::Range(1u, 31u * 24 * 3600));
}

void WarnIfHeavy(const std::string& what, size_t entities, size_t links) {
  if (entities <= kHeavyEntities) return;
  std::cerr << "polgraph: warning: " << what << " on " << entities << " entities and " << links
            << " links may take many minutes; to work on less: --since, --until, --relation, "
               "--min-weight; to stop it: --timeout SECONDS\n";
}

Deadline::Deadline(unsigned seconds, std::string command) {
  if (seconds == 0) return;
  watcher_ = std::thread([this, seconds, command = std::move(command)] {
    std::unique_lock<std::mutex> lock(mutex_);
    if (done_.wait_for(lock, std::chrono::seconds(seconds), [this] { return finished_; })) return;
    const std::string message = "polgraph: " + command + ": stopped after " +
                                std::to_string(seconds) + " s (--timeout " +
                                std::to_string(seconds) + ")\n";
    // Not through std::cerr: the main thread may be writing to it.
    [[maybe_unused]] ssize_t written = write(STDERR_FILENO, message.data(), message.size());
    std::_Exit(1);
  });
}

Deadline::~Deadline() {
  if (!watcher_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    finished_ = true;
  }
  done_.notify_one();
  watcher_.join();
}

}  // namespace polgraph::cli
