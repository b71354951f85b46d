// Progress of a long run on stderr, for people at a terminal: a bar with the
// share done, what was counted, the rate and the time left, redrawn at most
// a few times a second and only once the run has taken a second (short runs
// never see it), erased when done; then a one-line summary with the time
// taken and the rate. Nothing at all is written unless stderr is a terminal,
// so logs and pipes never see it.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace polgraph::cli {

/// "[#####     ] 45% 1,234 items, 310 items/s, 0:42 left": `done` of
/// `total` units of work (bytes, say; 0 = unknown: no bar, no time left),
/// `count` things of `unit` done in `seconds`. The time left assumes the
/// rate so far holds.
std::string ProgressLine(uint64_t done, uint64_t total, uint64_t count, const std::string& unit,
                         double seconds);

/// "1:02" (minutes and seconds), "1:02:03" past an hour.
std::string Duration(double seconds);

/// 1234567 -> "1,234,567".
std::string Thousands(uint64_t n);

class ProgressBar {
 public:
  /// A bar for `total` units of work (0 = unknown), counting things of
  /// `unit` ("items"), drawn on `out` only when `show` (see ShouldShow).
  ProgressBar(uint64_t total, const std::string& unit, bool show, std::ostream& out);
  /// Erases the bar.
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;  // owns a terminal line
  ProgressBar& operator=(const ProgressBar&) = delete;

  /// Records `done` units of work and `count` things done so far,
  /// redrawing when it is time to.
  void Update(uint64_t done, uint64_t count);

  /// Erases the bar and, when shown, writes "polgraph: `what` in 0:12 (310
  /// items/s)" with the last count.
  void Finish(const std::string& what);

  /// Whether progress should be shown: stderr is a terminal.
  static bool ShouldShow();

 private:
  void Erase();
  double Seconds() const;

  uint64_t total_;
  std::string unit_;
  bool show_;
  std::ostream& out_;
  uint64_t count_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace polgraph::cli
