// What the lines of the news feed format mean (see ../shared/corpus/FORMAT.md):
// the item header `DD.MM.YYYY, HH:MM N` (N is a view counter, not an id),
// photo-credit lines to drop, body paragraphs, and the stable item id derived
// from date, time and title. Pure functions over strings; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "feed/item.h"

namespace polgraph {

struct FeedHeader {
  Date date;
  std::string time;  // "HH:MM"
  std::optional<int64_t> views;
};

/// True if `line` is shaped like an item header (`DD.MM.YYYY, H:MM...`),
/// whether or not its date and time are real.
bool LooksLikeHeader(std::string_view line);

/// True if `line` holds nothing but a date and a time (and maybe a number)
/// yet is not shaped like a header: `29.01.2026 18:52 100` (no comma),
/// `29/01/2026, 18:52`, `2026-01-29, 18:52`, `13.02.2026, 18:` (cut off).
/// Such a line is a broken item header, not a paragraph.
bool LooksLikeBrokenHeader(std::string_view line);

/// Parses a header line. Throws Error (no place) for a malformed header, an
/// impossible date or time, or a view counter out of range.
/// REQUIRES: LooksLikeHeader(line)
FeedHeader ParseHeader(std::string_view line);

/// True for "HH:MM" with hours 00-23 and minutes 00-59.
bool IsValidTime(std::string_view time);

/// True for photo-credit lines: "Images | Akorda", "Photo credit: ...", "Photo: ...".
bool IsPhotoCredit(std::string_view line);

/// `text` without leading and trailing ASCII whitespace.
std::string_view TrimWhitespace(std::string_view text);

/// Adds `line` to the item's paragraphs, trimmed, unless it is blank or a
/// photo credit.
void AddParagraph(std::string_view line, Item* item);

/// The id of an item with no id of its own: "2026-01-28-1830-3fa2c91e07b4",
/// the date and time (each left out when unknown) and a hash (FNV-1a 64,
/// folded to 48 bits) of the content: date, time, title, paragraphs and
/// `origin` (a JSON item's source and url). Items that differ in any of them
/// get different ids (two items titled "Update" are two items); the same item
/// read again gets the same id.
std::string DeriveItemId(const Item& item, std::string_view origin = {});

/// The content hash DeriveItemId starts from: FNV-1a 64 of the date, time,
/// title and paragraphs (no origin). Equal for the same content read again.
uint64_t ItemContentHash(const Item& item);

/// DeriveItemId(item, origin) from `content_hash` = ItemContentHash(item),
/// already computed: the content is not read again.
std::string DeriveItemIdFromHash(const Item& item, uint64_t content_hash,
                                 std::string_view origin = {});

}  // namespace polgraph
