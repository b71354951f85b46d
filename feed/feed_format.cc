#include "feed/feed_format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>

#include "base/error.h"

namespace polgraph {
namespace {

constexpr std::string_view kHeaderShape = "'DD.MM.YYYY, HH:MM N'";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Number of digits at the start of `text`.
size_t DigitRun(std::string_view text) {
  size_t n = 0;
  while (n < text.size() && IsDigit(text[n])) ++n;
  return n;
}

// Drops leading spaces and tabs.
std::string_view SkipBlanks(std::string_view text) {
  size_t n = 0;
  while (n < text.size() && IsBlank(text[n])) ++n;
  return text.substr(n);
}

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

std::optional<int64_t> ParseViews(std::string_view digits) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

uint64_t Fnv1a64(std::string_view text, uint64_t hash = 0xcbf29ce484222325ULL) {
  // Unrolled: the whole text of every item goes through here, and the loop's
  // own count and test cost as much as the hashing.
#pragma GCC unroll 8
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace

std::string_view TrimWhitespace(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

bool LooksLikeHeader(std::string_view line) {
  line = TrimWhitespace(line);
  if (line.size() < 12) return false;
  for (size_t i : {0, 1, 3, 4, 6, 7, 8, 9}) {
    if (!IsDigit(line[i])) return false;
  }
  if (line[2] != '.' || line[5] != '.' || line[10] != ',') return false;
  std::string_view rest = SkipBlanks(line.substr(11));
  const size_t hours = DigitRun(rest);
  return (hours == 1 || hours == 2) && rest.size() > hours + 2 && rest[hours] == ':' &&
         IsDigit(rest[hours + 1]) && IsDigit(rest[hours + 2]);
}

namespace {

// Consumes a date of any common shape ("29.01.2026", "29/01/2026",
// "2026-01-29") from the start of `*text`; false when there is none.
bool SkipAnyDate(std::string_view* text) {
  auto separator = [](char c) { return c == '.' || c == '/' || c == '-'; };
  std::string_view rest = *text;
  size_t runs[3];
  for (int part = 0; part < 3; ++part) {
    runs[part] = DigitRun(rest);
    if (runs[part] == 0) return false;
    rest.remove_prefix(runs[part]);
    if (part < 2) {
      if (rest.empty() || !separator(rest[0])) return false;
      rest.remove_prefix(1);
    }
  }
  const bool day_first = runs[0] <= 2 && runs[1] <= 2 && runs[2] == 4;
  const bool year_first = runs[0] == 4 && runs[1] <= 2 && runs[2] <= 2;
  if (!day_first && !year_first) return false;
  *text = rest;
  return true;
}

}  // namespace

bool LooksLikeBrokenHeader(std::string_view line) {
  line = TrimWhitespace(line);
  if (LooksLikeHeader(line) || !SkipAnyDate(&line)) return false;
  if (!line.empty() && line[0] == ',') line.remove_prefix(1);
  if (line.empty() || !IsBlank(line[0])) return false;
  line = SkipBlanks(line);
  const size_t hours = DigitRun(line);
  if (hours == 0 || hours > 2 || line.size() == hours || line[hours] != ':') return false;
  line.remove_prefix(hours + 1);
  const size_t minutes = DigitRun(line);
  if (minutes > 2) return false;
  line = SkipBlanks(line.substr(minutes));
  return DigitRun(line) == line.size();  // nothing but a view counter may follow
}

bool IsValidTime(std::string_view time) {
  if (time.size() != 5 || time[2] != ':') return false;
  if (DigitRun(time.substr(0, 2)) != 2 || DigitRun(time.substr(3)) != 2) return false;
  const int hours = (time[0] - '0') * 10 + (time[1] - '0');
  const int minutes = (time[3] - '0') * 10 + (time[4] - '0');
  return hours <= 23 && minutes <= 59;
}

FeedHeader ParseHeader(std::string_view line) {
  line = TrimWhitespace(line);
  FeedHeader header;
  const std::string_view date = line.substr(0, 10);
  std::optional<Date> parsed = Date::ParseDotted(date);
  if (!parsed) throw Error("impossible date '" + std::string(date) + "' in item header");
  header.date = *parsed;

  std::string_view rest = SkipBlanks(line.substr(11));
  const size_t time_end = std::min(rest.find_first_of(" \t"), rest.size());
  const std::string_view time = rest.substr(0, time_end);
  if (!IsValidTime(time)) {
    throw Error("invalid time '" + std::string(time) +
                "' in item header (expected HH:MM from 00:00 to 23:59)");
  }
  header.time = time;

  rest = SkipBlanks(rest.substr(time_end));
  if (rest.empty()) return header;  // no view counter
  if (DigitRun(rest) != rest.size()) {
    throw Error("malformed item header (expected " + std::string(kHeaderShape) + ")");
  }
  header.views = ParseViews(rest);
  if (!header.views) throw Error("view counter '" + std::string(rest) + "' is out of range");
  return header;
}

bool IsPhotoCredit(std::string_view line) {
  constexpr size_t kLongestCredit = 160;  // a credit is a short line, not a paragraph
  line = TrimWhitespace(line);
  if (line.size() > kLongestCredit) return false;
  static constexpr std::array<std::string_view, 6> kWords = {"images",       "image", "photos",
                                                             "photo credit", "photo", "picture"};
  for (std::string_view word : kWords) {
    if (!StartsWithNoCase(line, word)) continue;
    const std::string_view rest = SkipBlanks(line.substr(word.size()));
    return !rest.empty() && (rest[0] == '|' || rest[0] == ':');
  }
  return false;
}

void AddParagraph(std::string_view line, Item* item) {
  line = TrimWhitespace(line);
  if (line.empty() || IsPhotoCredit(line)) return;
  item->paragraphs.emplace_back(line);
}

std::string DeriveItemId(const Item& item, std::string_view origin) {
  return DeriveItemIdFromHash(item, ItemContentHash(item), origin);
}

uint64_t ItemContentHash(const Item& item) {
  uint64_t hash = Fnv1a64(item.date.ToIso());
  hash = Fnv1a64(" ", hash);
  hash = Fnv1a64(item.time, hash);
  hash = Fnv1a64(" ", hash);
  hash = Fnv1a64(item.title, hash);
  for (const std::string& paragraph : item.paragraphs) {
    hash = Fnv1a64("\n", hash);  // no paragraph holds a line end
    hash = Fnv1a64(paragraph, hash);
  }
  return hash;
}

std::string DeriveItemIdFromHash(const Item& item, uint64_t content_hash, std::string_view origin) {
  const std::string iso = item.date.ToIso();
  uint64_t hash = content_hash;
  if (!origin.empty()) {
    hash = Fnv1a64("\x1f", hash);  // a control character: in no text
    hash = Fnv1a64(origin, hash);
  }
  char hex[13];
  std::snprintf(hex, sizeof hex, "%012llx",
                static_cast<unsigned long long>((hash ^ (hash >> 48)) & 0xFFFFFFFFFFFFULL));

  std::string id = iso;
  if (!item.time.empty()) {
    if (!id.empty()) id += '-';
    id += item.time.substr(0, 2);
    id += item.time.substr(3, 2);
  }
  if (!id.empty()) id += '-';
  return id + hex;
}

}  // namespace polgraph
