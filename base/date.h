// A calendar date (proleptic Gregorian), validated on construction. Items,
// triples, offices and queries all carry dates as this type, never as text.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace polgraph {

class Date {
 public:
  Date() = default;  // the unknown date; IsKnown() is false

  /// Returns nullopt unless year/month/day name a real day (1..9999).
  static std::optional<Date> FromYmd(int year, int month, int day);
  /// Parses "YYYY-MM-DD" (an ISO 8601 date; a trailing "T..." time is ignored).
  static std::optional<Date> ParseIso(std::string_view text);
  /// Parses the feed's "DD.MM.YYYY".
  static std::optional<Date> ParseDotted(std::string_view text);

  bool IsKnown() const { return year_ != 0; }
  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }

  /// "YYYY-MM-DD", or "" for the unknown date.
  std::string ToIso() const;

  // clang-tidy 14 takes the 0 of a defaulted <=>'s comparisons for a null pointer:
  // NOLINTNEXTLINE(modernize-use-nullptr)
  auto operator<=>(const Date&) const = default;

 private:
  Date(int y, int m, int d) : year_(y), month_(m), day_(d) {}
  int year_ = 0, month_ = 0, day_ = 0;
};

}  // namespace polgraph
