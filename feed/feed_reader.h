// Reads news items, one at a time, from feed-format text (see
// ../shared/corpus/FORMAT.md) or JSON Lines, out of files, directories (every
// .txt / .jsonl inside, in name order) and stdin ("-"). Memory use does not
// grow with the size of the input: lines are read with a bounded buffer, and
// one item is held at a time. Every line must be valid UTF-8 without control
// characters; a UTF-8 BOM and CRLF line ends are accepted. Bad input throws
// Error naming the file, the line and the problem; in lenient mode the bad
// item is skipped (reading resumes at the next header / JSON line), reported
// to the `on_skip` callback, counted, and reading goes on. Items and sentences
// beyond the size limits of ReadOptions are bad input too, and so is a line
// that looks like a broken item header (LooksLikeBrokenHeader: a date and a
// time in another shape), which ends the item before it. An item's position
// counts skipped items too, so positions always match the file. Items without
// an id of their own get DeriveItemId's (feed/feed_format.h), made from their
// content. FeedReader holds item ids to their item: an id read again for an
// item of other content (in any of its inputs) is bad input naming both
// places; the same item read again passes. For this it keeps about 50 bytes
// per item read.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/read_options.h"
#include "feed/item.h"

namespace polgraph {

/// Expands `paths` into the list of files to read: files as given, "-" as
/// stdin, directories to their .txt / .jsonl files in name order.
/// Throws Error for a missing path or a directory with no feed files.
std::vector<std::string> ExpandInputPaths(const std::vector<std::string>& paths);

/// Parses items out of one stream. The format (feed or JSON Lines) is told by
/// the first non-blank character ('{' means JSON Lines).
class ItemParser {
 public:
  /// `source` names the stream in items and errors ("-" shows as <stdin>).
  /// REQUIRES: `in` and `options` outlive the parser.
  ItemParser(std::istream& in, std::string source, const ReadOptions& options);
  ~ItemParser();
  ItemParser(const ItemParser&) = delete;  // holds a position in `in`
  ItemParser& operator=(const ItemParser&) = delete;

  /// Reads the next item into `*item`. Returns false at the end of the stream.
  bool Next(Item* item);
  /// ItemContentHash (feed_format.h) of the item the last Next() read,
  /// computed once with its id.
  uint64_t content_hash() const;
  /// Items skipped so far (lenient mode).
  size_t skipped() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

/// Reads items from several inputs in turn (see ExpandInputPaths).
class FeedReader {
 public:
  /// Throws Error as ExpandInputPaths does (in lenient mode a missing path is
  /// skipped and counted instead; so are files that are empty or cannot open).
  FeedReader(const std::vector<std::string>& paths, ReadOptions options);
  ~FeedReader();
  FeedReader(const FeedReader&) = delete;  // owns open files
  FeedReader& operator=(const FeedReader&) = delete;

  /// Reads the next item into `*item`. Returns false when all inputs are read.
  bool Next(Item* item);
  /// Items skipped so far over all inputs (lenient mode).
  size_t skipped() const;
  /// The files it reads, in order, as ExpandInputPaths gives them (without
  /// the paths skipped in lenient mode).
  const std::vector<std::string>& files() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polgraph
