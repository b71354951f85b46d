// Lines of a text stream, read with a bounded buffer: a line longer than the
// limit is reported (and skipped to its newline) without ever being held in
// memory whole. Strips a UTF-8 byte order mark from the first line and the
// '\r' of CRLF line ends. Also the check every line of input text must pass:
// valid UTF-8 and no control characters (binary data). A line is skipped to
// its newline only so far: an input with no line end in kMaxSkippedBytes
// (/dev/zero, a disk image) is an error, not an endless read.
#pragma once

#include <istream>
#include <string>
#include <string_view>

namespace polgraph {

class LineReader {
 public:
  enum class Status { kLine, kTooLong, kEnd };

  /// The most bytes of an over-long line skipped in search of its newline.
  static constexpr size_t kMaxSkippedBytes = 64 << 20;

  LineReader(std::istream& in, size_t max_line_bytes);
  LineReader(const LineReader&) = delete;  // holds a position in `in`
  LineReader& operator=(const LineReader&) = delete;

  /// Reads the next line into `*line`. kTooLong leaves the first
  /// max_line_bytes bytes of the line in `*line` and the stream at the start
  /// of the following line; kEnd means no more lines.
  /// Throws Error (no place) when the stream fails (an I/O error) or a line
  /// goes on for kMaxSkippedBytes past the limit.
  Status Next(std::string* line);

  /// 1-based number of the line last read (0 before the first).
  long line_number() const { return line_number_; }

 private:
  // Appends `n` bytes unless the line would outgrow the limit.
  void Append(std::string* line, const char* bytes, size_t n, bool* too_long) const;

  std::istream& in_;
  size_t max_line_bytes_;
  long line_number_ = 0;
};

/// Returns "" when `text` is valid UTF-8 holding no control characters other
/// than tab (and newline, when `allow_newline`), C1 controls (U+0080 to
/// U+009F) included; else the problem, naming the 1-based byte column, e.g.
/// "invalid UTF-8 at column 7".
std::string TextProblem(std::string_view text, bool allow_newline = false);

/// TextProblem() for a name (of an entity, an alias, an office): also no
/// bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to
/// U+2069), which would reorder the text printed around the name.
std::string NameProblem(std::string_view text);

}  // namespace polgraph
