// A news item as read from a feed: where it came from, when, and its text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

namespace polgraph {

struct Item {
  std::string source;    // the file it was read from ("-" for stdin)
  long position = 0;     // 1-based position of the item in `source`
  long line = 0;         // 1-based line where the item starts in `source`
  std::string id;        // stable id: the input's own, else derived from date, time, title
  Date date;             // may be unknown for JSON items without a date
  std::string time;      // "HH:MM", or "" when not given
  std::optional<int64_t> views;         // the feed's view counter, when given
  std::string title;
  std::vector<std::string> paragraphs;  // body lines, photo credits dropped

  std::string url;        // where the item was published (JSON Lines "url"), "" when not given
  std::string publisher;  // who published it (JSON Lines "source"), "" when not given

  /// Number of characters (UTF-8 code points) of title and body together.
  size_t TextLength() const;
};

}  // namespace polgraph
