#include "base/date.h"

#include <charconv>

namespace polgraph {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Reads exactly `width` digits at `pos`.
std::optional<int> Digits(std::string_view text, size_t pos, size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<Date> Date::FromYmd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  return Date(year, month, day);
}

std::optional<Date> Date::ParseIso(std::string_view text) {
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = Digits(text, 0, 4), m = Digits(text, 5, 2), d = Digits(text, 8, 2);
  if (!y || !m || !d) return std::nullopt;
  return FromYmd(*y, *m, *d);
}

std::optional<Date> Date::ParseDotted(std::string_view text) {
  if (text.size() != 10 || text[2] != '.' || text[5] != '.') return std::nullopt;
  auto d = Digits(text, 0, 2), m = Digits(text, 3, 2), y = Digits(text, 6, 4);
  if (!y || !m || !d) return std::nullopt;
  return FromYmd(*y, *m, *d);
}

std::string Date::ToIso() const {
  if (!IsKnown()) return "";
  // By hand, not snprintf: tables and exports write tens of thousands of dates.
  std::string iso(10, '-');
  auto digits = [&](size_t at, int value, int count) {
    for (int i = count - 1; i >= 0; --i, value /= 10)
      iso[at + i] = static_cast<char>('0' + value % 10);
  };
  digits(0, year_, 4);
  digits(5, month_, 2);
  digits(8, day_, 2);
  return iso;
}

}  // namespace polgraph
