#include "cli/progress_bar.h"

#include <unistd.h>

#include <algorithm>

namespace polgraph::cli {

ProgressBar::ProgressBar(uint64_t total, bool show, std::ostream& out)
    : total_(std::max<uint64_t>(total, 1)), show_(show), out_(out) {}

ProgressBar::~ProgressBar() {
  if (drawn_) out_ << "\r\033[K" << std::flush;
}

bool ProgressBar::ShouldShow(uint64_t total, uint64_t large) {
  return total >= large && isatty(STDERR_FILENO);
}

void ProgressBar::Update(uint64_t done, const std::string& note) {
  if (!show_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  drawn_ = true;
  constexpr int kWidth = 30;
  uint64_t percent = std::min<uint64_t>(100, done * 100 / total_);
  int filled = static_cast<int>(percent * kWidth / 100);
  out_ << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << percent
       << "% " << note << "\033[K" << std::flush;
}

}  // namespace polgraph::cli
