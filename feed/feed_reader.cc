#include "feed/feed_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <system_error>
#include <unordered_map>

#include "base/line_reader.h"
#include "base/sentence_splitter.h"
#include "feed/feed_format.h"
#include "feed/json_item.h"

namespace polgraph {
namespace {

namespace fs = std::filesystem;

constexpr char kStdin[] = "-";

Place FilePlace(std::string file, long line = 0) {
  Place place;
  place.file = std::move(file);
  place.line = line;
  return place;
}

bool IsFeedFile(const fs::directory_entry& entry) {
  std::error_code ec;
  if (!entry.is_regular_file(ec)) return false;
  const fs::path ext = entry.path().extension();
  return ext == ".txt" || ext == ".jsonl";
}

// The feed files directly inside `dir`, in name order.
std::vector<std::string> FeedFilesIn(const std::string& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (IsFeedFile(*it)) files.push_back(it->path());
  }
  if (ec) throw Error("cannot list directory: " + ec.message(), FilePlace(dir));
  if (files.empty()) throw Error("directory has no .txt or .jsonl files", FilePlace(dir));
  std::sort(files.begin(), files.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
  std::vector<std::string> names;
  names.reserve(files.size());
  for (const fs::path& file : files) names.push_back(file.string());
  return names;
}

// How a source is named in error messages.
std::string DisplayName(const std::string& source) { return source == kStdin ? "<stdin>" : source; }

}  // namespace

std::vector<std::string> ExpandInputPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != kStdin && fs::is_directory(path, ec)) {
      std::vector<std::string> inside = FeedFilesIn(path);
      files.insert(files.end(), inside.begin(), inside.end());
      continue;
    }
    if (path != kStdin && !fs::exists(path, ec)) {
      // A symlink loop or a folder that may not be entered is not "missing".
      const std::string problem = ec ? ec.message() : "no such file or directory";
      throw Error(std::string(1, static_cast<char>(std::tolower(problem[0]))) + problem.substr(1),
                  FilePlace(path));
    }
    files.push_back(path);
  }
  return files;
}

// ---------------------------------------------------------------------------
// ItemParser: a state machine over lines with one line of lookahead.

class ItemParser::Impl {
 public:
  Impl(std::istream& in, std::string source, const ReadOptions& options)
      : lines_(in, options.max_line_bytes), source_(std::move(source)), options_(options) {}

  bool Next(Item* item);
  uint64_t content_hash() const { return content_hash_; }
  size_t skipped() const { return skipped_; }

 private:
  enum class Format { kUnknown, kFeed, kJsonLines, kDone };

  bool NextOfFormat(Item* item);
  bool DetectFormat();
  bool NextFeedItem(Item* item);
  bool NextJsonItem(Item* item);
  void ReadTitle(long header_line, Item* item);
  void ReadBody(Item* item);
  void SkipToHeader();

  // The lookahead line: Peek() reads it if needed (false at the end of the
  // stream); Take() consumes it.
  bool Peek();
  void Take() { pending_ = false; }
  bool PeekNonBlank();
  // Throws unless the lookahead line is whole, valid UTF-8 text.
  void CheckLine() const;
  // Throws when `text` (read at `line`) holds a sentence over the limit.
  void CheckSentences(std::string_view text, long line) const;
  // Throws when an item of `bytes` (starting at `line`) is over the size limit.
  void CheckItemSize(size_t bytes, long line) const;
  Error At(long line, const std::string& problem) const {
    return Error(problem, FilePlace(DisplayName(source_), line));
  }
  void StartItem(Item* item, long line);

  LineReader lines_;
  std::string source_;
  const ReadOptions& options_;
  Format format_ = Format::kUnknown;
  std::string line_;  // the lookahead line's text
  long line_number_ = 0;
  LineReader::Status status_ = LineReader::Status::kEnd;
  bool pending_ = false;
  bool fatal_ = false;  // an I/O error: no resynchronising after it
  long position_ = 0;
  size_t skipped_ = 0;
  uint64_t content_hash_ = 0;  // of the last item read
};

bool ItemParser::Impl::Next(Item* item) {
  for (;;) {
    try {
      return NextOfFormat(item);
    } catch (const Error& error) {
      if (!options_.lenient || fatal_) throw;
      ++skipped_;
      if (options_.on_skip) options_.on_skip(error);
      if (format_ == Format::kFeed) SkipToHeader();
    }
  }
}

bool ItemParser::Impl::NextOfFormat(Item* item) {
  if (format_ == Format::kUnknown && !DetectFormat()) return false;
  switch (format_) {
    case Format::kFeed:
      return NextFeedItem(item);
    case Format::kJsonLines:
      return NextJsonItem(item);
    default:
      return false;
  }
}

// Tells the format by the first non-blank character; an input with none is an error.
bool ItemParser::Impl::DetectFormat() {
  if (!PeekNonBlank()) {
    format_ = Format::kDone;
    throw At(0, "empty file: no items");
  }
  format_ = TrimWhitespace(line_).starts_with('{') ? Format::kJsonLines : Format::kFeed;
  return true;
}

bool ItemParser::Impl::Peek() {
  if (pending_) return true;
  try {
    status_ = lines_.Next(&line_);
  } catch (const Error& error) {
    fatal_ = true;
    throw error.WithinPlace(FilePlace(DisplayName(source_), lines_.line_number() + 1));
  }
  line_number_ = lines_.line_number();
  pending_ = status_ != LineReader::Status::kEnd;
  return pending_;
}

bool ItemParser::Impl::PeekNonBlank() {
  while (Peek()) {
    if (status_ != LineReader::Status::kLine || !TrimWhitespace(line_).empty()) return true;
    Take();
  }
  return false;
}

void ItemParser::Impl::CheckLine() const {
  if (status_ == LineReader::Status::kTooLong) {
    throw At(line_number_,
             "line is longer than " + std::to_string(options_.max_line_bytes) + " bytes");
  }
  if (std::string problem = TextProblem(line_); !problem.empty()) throw At(line_number_, problem);
}

void ItemParser::Impl::CheckSentences(std::string_view text, long line) const {
  const size_t max = options_.max_sentence_bytes;
  if (text.size() <= max) return;
  for (std::string_view sentence : SplitSentences(text)) {
    if (sentence.size() > max) {
      throw At(line, "a sentence of " + std::to_string(sentence.size()) +
                         " bytes is longer than the limit of " + std::to_string(max) +
                         " (are full stops missing?)");
    }
  }
}

void ItemParser::Impl::CheckItemSize(size_t bytes, long line) const {
  if (bytes > options_.max_item_bytes) {
    throw At(line, "item is longer than the limit of " + std::to_string(options_.max_item_bytes) +
                       " bytes (is an item header missing?)");
  }
}

void ItemParser::Impl::StartItem(Item* item, long line) {
  *item = Item{};
  item->source = source_;
  item->position = ++position_;
  item->line = line;
}

bool ItemParser::Impl::NextFeedItem(Item* item) {
  if (!PeekNonBlank()) return false;
  if (status_ == LineReader::Status::kLine && LooksLikeBrokenHeader(line_)) {
    const std::string broken(TrimWhitespace(line_));
    ++position_;  // a broken item still counts, so positions match the file
    Take();
    throw At(line_number_, "broken item header '" + broken + "' (expected 'DD.MM.YYYY, HH:MM N')");
  }
  if (status_ != LineReader::Status::kLine || !LooksLikeHeader(line_)) {
    CheckLine();
    throw At(line_number_, "text before the first item header (expected 'DD.MM.YYYY, HH:MM N')");
  }
  const long header_line = line_number_;
  StartItem(item, header_line);
  Take();  // before any check, so that resynchronising moves past it
  CheckLine();
  try {
    FeedHeader header = ParseHeader(line_);
    item->date = header.date;
    item->time = std::move(header.time);
    item->views = header.views;
  } catch (const Error& error) {
    throw error.WithinPlace(FilePlace(DisplayName(source_), header_line));
  }
  ReadTitle(header_line, item);
  ReadBody(item);
  content_hash_ = ItemContentHash(*item);
  item->id = DeriveItemIdFromHash(*item, content_hash_);
  return true;
}

void ItemParser::Impl::ReadTitle(long header_line, Item* item) {
  while (PeekNonBlank() && status_ == LineReader::Status::kLine && IsPhotoCredit(line_)) Take();
  if (!pending_) throw At(header_line, "item header is not followed by a title (end of file)");
  if (status_ == LineReader::Status::kLine &&
      (LooksLikeHeader(line_) || LooksLikeBrokenHeader(line_))) {
    throw At(header_line, "item header is not followed by a title (line " +
                              std::to_string(line_number_) + " is another header)");
  }
  CheckLine();
  CheckSentences(line_, line_number_);
  item->title = TrimWhitespace(line_);
  Take();
}

void ItemParser::Impl::ReadBody(Item* item) {
  size_t bytes = item->title.size();
  while (Peek()) {
    if (status_ == LineReader::Status::kLine &&
        (LooksLikeHeader(line_) || LooksLikeBrokenHeader(line_)))
      return;  // the next item, whole or broken
    CheckLine();
    CheckSentences(line_, line_number_);
    AddParagraph(line_, item);
    bytes += line_.size() + 1;
    Take();
    CheckItemSize(bytes, item->line);
  }
}

// After a bad item: drops lines up to the next header, whole or broken (left
// as the lookahead).
void ItemParser::Impl::SkipToHeader() {
  while (Peek()) {
    if (status_ == LineReader::Status::kLine &&
        (LooksLikeHeader(line_) || LooksLikeBrokenHeader(line_)))
      return;
    Take();
  }
}

bool ItemParser::Impl::NextJsonItem(Item* item) {
  if (!PeekNonBlank()) return false;
  StartItem(item, line_number_);
  Take();
  CheckLine();
  try {
    content_hash_ = ParseJsonItem(line_, item);
  } catch (const Error& error) {
    throw error.WithinPlace(FilePlace(DisplayName(source_), item->line));
  }
  size_t bytes = item->title.size();
  CheckSentences(item->title, item->line);
  for (const std::string& paragraph : item->paragraphs) {
    CheckSentences(paragraph, item->line);
    bytes += paragraph.size() + 1;
  }
  CheckItemSize(bytes, item->line);
  return true;
}

ItemParser::ItemParser(std::istream& in, std::string source, const ReadOptions& options)
    : impl_(std::make_unique<Impl>(in, std::move(source), options)) {}
ItemParser::~ItemParser() = default;
bool ItemParser::Next(Item* item) { return impl_->Next(item); }
uint64_t ItemParser::content_hash() const { return impl_->content_hash(); }
size_t ItemParser::skipped() const { return impl_->skipped(); }

// ---------------------------------------------------------------------------
// FeedReader: the inputs in turn, one open at a time.

class FeedReader::Impl {
 public:
  Impl(const std::vector<std::string>& paths, ReadOptions options);
  bool Next(Item* item);
  size_t skipped() const { return skipped_ + (parser_ ? parser_->skipped() : 0); }
  const std::vector<std::string>& files() const { return files_; }

 private:
  // Reports a file-level error: thrown, or skipped and counted when lenient.
  void Fail(const Error& error);
  void Open(const std::string& path);

  // Throws (or, lenient, reports) when `item`'s id was read before for an
  // item of other content (`content_hash`: ItemContentHash). Returns whether
  // `item` may be handed out.
  bool CheckIdOnce(const Item& item, uint64_t content_hash);

  // An item id seen in this run: its content's hash and where it was read.
  struct SeenId {
    uint64_t content;
    size_t file;  // index in files_
    long line;
  };

  ReadOptions options_;
  std::vector<std::string> files_;
  std::unordered_map<uint64_t, SeenId> seen_ids_;  // by hash of the id
  size_t next_file_ = 0;
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<ItemParser> parser_;
  size_t skipped_ = 0;  // by closed parsers and file-level errors
};

FeedReader::Impl::Impl(const std::vector<std::string>& paths, ReadOptions options)
    : options_(std::move(options)) {
  for (const std::string& path : paths) {
    try {
      std::vector<std::string> files = ExpandInputPaths({path});
      files_.insert(files_.end(), files.begin(), files.end());
    } catch (const Error& error) {
      Fail(error);
    }
  }
}

void FeedReader::Impl::Fail(const Error& error) {
  if (!options_.lenient) throw error;
  ++skipped_;
  if (options_.on_skip) options_.on_skip(error);
}

void FeedReader::Impl::Open(const std::string& path) {
  if (path == kStdin) {
    parser_ = std::make_unique<ItemParser>(std::cin, path, options_);
    return;
  }
  file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file_) {
    const std::error_code ec(errno, std::generic_category());
    file_.reset();
    Fail(Error("cannot open: " + ec.message(), FilePlace(path)));
    return;
  }
  parser_ = std::make_unique<ItemParser>(*file_, path, options_);
}

bool FeedReader::Impl::Next(Item* item) {
  for (;;) {
    if (!parser_) {
      if (next_file_ == files_.size()) return false;
      Open(files_[next_file_++]);
      continue;
    }
    if (parser_->Next(item)) {
      if (CheckIdOnce(*item, parser_->content_hash())) return true;
      continue;
    }
    skipped_ += parser_->skipped();
    parser_.reset();
    file_.reset();
  }
}

bool FeedReader::Impl::CheckIdOnce(const Item& item, uint64_t content) {
  const std::hash<std::string_view> hash;
  const SeenId here{content, next_file_ - 1, item.line};
  auto [seen, added] = seen_ids_.try_emplace(hash(item.id), here);
  if (added || seen->second.content == content) return true;
  const std::string first =
      DisplayName(files_[seen->second.file]) + ":" + std::to_string(seen->second.line);
  Fail(Error("item id '" + item.id + "' was given to a different item at " + first +
                 " (ids must tell items apart)",
             FilePlace(DisplayName(item.source), item.line)));
  return false;
}

FeedReader::FeedReader(const std::vector<std::string>& paths, ReadOptions options)
    : impl_(std::make_unique<Impl>(paths, std::move(options))) {}
FeedReader::~FeedReader() = default;
bool FeedReader::Next(Item* item) { return impl_->Next(item); }
size_t FeedReader::skipped() const { return impl_->skipped(); }
const std::vector<std::string>& FeedReader::files() const { return impl_->files(); }

}  // namespace polgraph
