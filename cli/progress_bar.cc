#include "cli/progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace polgraph::cli {
namespace {

constexpr auto kFirstDraw = std::chrono::seconds(1);      // short runs get no bar
constexpr auto kRedraw = std::chrono::milliseconds(200);  // a few times a second

}  // namespace

std::string Thousands(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string Duration(double seconds) {
  const long total = std::lround(std::max(0.0, seconds));
  char text[32];
  if (total >= 3600)
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  else
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  return text;
}

std::string ProgressLine(uint64_t done, uint64_t total, uint64_t count, const std::string& unit,
                         double seconds) {
  std::string line;
  if (total > 0) {
    constexpr int kWidth = 30;
    const uint64_t percent = std::min<uint64_t>(100, done * 100 / total);
    const int filled = static_cast<int>(percent * kWidth / 100);
    line = "[" + std::string(filled, '#') + std::string(kWidth - filled, ' ') + "] " +
           std::to_string(percent) + "% ";
  }
  line += Thousands(count) + " " + unit;
  if (seconds > 0) {
    line += ", " + Thousands(static_cast<uint64_t>(count / seconds)) + " " + unit + "/s";
    if (total > 0 && done > 0 && done < total)
      line += ", " + Duration(seconds * static_cast<double>(total - done) / done) + " left";
  }
  return line;
}

ProgressBar::ProgressBar(uint64_t total, const std::string& unit, bool show, std::ostream& out)
    : total_(total), unit_(unit), show_(show), out_(out) {}

ProgressBar::~ProgressBar() { Erase(); }

bool ProgressBar::ShouldShow() { return isatty(STDERR_FILENO); }

double ProgressBar::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressBar::Erase() {
  if (drawn_) out_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

void ProgressBar::Update(uint64_t done, uint64_t count) {
  count_ = count;
  if (!show_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < kFirstDraw || (drawn_ && now - last_draw_ < kRedraw)) return;
  last_draw_ = now;
  drawn_ = true;
  out_ << "\r" << ProgressLine(std::min(done, total_), total_, count, unit_, Seconds()) << "\033[K"
       << std::flush;
}

void ProgressBar::Finish(const std::string& what) {
  Erase();
  if (!show_) return;
  const double seconds = Seconds();
  out_ << "polgraph: " << what << " in " << Duration(seconds);
  if (seconds >= 1 && count_ > 0)
    out_ << " (" << Thousands(static_cast<uint64_t>(count_ / seconds)) << " " << unit_ << "/s)";
  out_ << '\n' << std::flush;
}

}  // namespace polgraph::cli
