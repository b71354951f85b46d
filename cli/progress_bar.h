// A progress bar on stderr for long runs: drawn only when stderr is a
// terminal and the work is large, redrawn at most a few times a second, and
// erased when done, so logs and pipes never see it.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace polgraph::cli {

class ProgressBar {
 public:
  /// A bar for `total` units (bytes) of work; shown only when `show`.
  ProgressBar(uint64_t total, bool show, std::ostream& out);
  /// Erases the bar.
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;  // owns a terminal line
  ProgressBar& operator=(const ProgressBar&) = delete;

  /// Records `done` units of work done so far (capped at the total) and a
  /// note such as "1,234 items", redrawing when it is time to.
  void Update(uint64_t done, const std::string& note);

  /// Whether a bar should be shown: stderr is a terminal and `total` is at
  /// least `large` units.
  static bool ShouldShow(uint64_t total, uint64_t large);

 private:
  uint64_t total_;
  bool show_;
  std::ostream& out_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace polgraph::cli
