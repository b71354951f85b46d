// One JSON Lines record as a news item: an object with string "title" and
// "text" ("\n" separates paragraphs) and optional "id" (string or integer),
// "date" (ISO 8601; a time after it is kept as HH:MM), "views", "source" and
// "url". Parsed with RapidJSON.
#pragma once

#include <cstdint>
#include <string_view>

#include "feed/item.h"

namespace polgraph {

/// Fills the id, date, time, views, title, paragraphs, url and publisher (the
/// record's "source") of `*item` from one
/// JSON Lines record (the rest of `*item` is left alone), and returns its
/// ItemContentHash (feed_format.h), from which an id it lacks was derived.
/// Throws Error (no place) for malformed JSON (RapidJSON's message and the
/// column), a record that is not an object, a missing or mistyped field, or a
/// bad date.
uint64_t ParseJsonItem(std::string_view line, Item* item);

}  // namespace polgraph
