#include "base/line_reader.h"

#include <cstdio>
#include <string>

#include "base/byte_block.h"
#include "base/error.h"

namespace polgraph {
namespace {

constexpr std::streamsize kChunk = std::streamsize{64} * 1024;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Length of the UTF-8 sequence starting at text[i], or 0 if it is invalid
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
size_t Utf8SequenceLength(std::string_view text, size_t i) {
  auto byte = [&](size_t k) -> unsigned { return static_cast<unsigned char>(text[k]); };
  auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return k < text.size() && byte(k) >= lo && byte(k) <= hi;
  };
  unsigned b = byte(i);
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF) {
    unsigned lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
    return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    unsigned lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
    return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

// Whether the 16 bytes at `p` are all printable ASCII (0x20 to 0x7E): as
// signed chars, none below 0x20 (bytes beyond ASCII are negative) and none
// 0x7F.
bool SixteenPrintableAscii(const char* p) {
  const ByteBlock bytes = LoadBlock(p);
  return !AnySet((bytes < 0x20) | (bytes == 0x7F));
}

bool IsControl(unsigned char c, bool allow_newline) {
  if (c == '\t' || (allow_newline && c == '\n')) return false;
  return c < 0x20 || c == 0x7F;
}

}  // namespace

LineReader::LineReader(std::istream& in, size_t max_line_bytes)
    : in_(in), max_line_bytes_(max_line_bytes) {}

void LineReader::Append(std::string* line, const char* bytes, size_t n, bool* too_long) const {
  if (*too_long) return;
  if (line->size() + n > max_line_bytes_) {
    *too_long = true;
    n = max_line_bytes_ - line->size();  // keep the start of the line only
  }
  line->append(bytes, n);
}

LineReader::Status LineReader::Next(std::string* line) {
  line->clear();
  bool too_long = false;
  char chunk[kChunk];
  for (;;) {
    in_.getline(chunk, kChunk);
    const auto got = static_cast<size_t>(in_.gcount());
    if (in_.bad()) throw Error("read error");
    if (in_.eof()) {  // the last line, without a newline (or no line at all)
      if (got == 0 && line->empty() && !too_long) return Status::kEnd;
      Append(line, chunk, got, &too_long);
      break;
    }
    if (in_.fail()) {  // the chunk filled up before the newline
      in_.clear();
      Append(line, chunk, got, &too_long);
      if (too_long) {
        in_.ignore(static_cast<std::streamsize>(kMaxSkippedBytes), '\n');
        if (in_.bad()) throw Error("read error");
        if (!in_.eof() && in_.gcount() == static_cast<std::streamsize>(kMaxSkippedBytes))
          throw Error("no line end in " + std::to_string(kMaxSkippedBytes >> 20) +
                      " MiB: not a text file");
        break;
      }
      continue;
    }
    Append(line, chunk, got - 1, &too_long);  // got counts the newline
    break;
  }
  ++line_number_;
  if (too_long) return Status::kTooLong;
  if (line_number_ == 1 && line->starts_with(kBom)) line->erase(0, kBom.size());
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return Status::kLine;
}

std::string TextProblem(std::string_view text, bool allow_newline) {
  for (size_t i = 0; i < text.size();) {
    if (i + 16 <= text.size() && SixteenPrintableAscii(text.data() + i)) {
      i += 16;  // printable ASCII, most of any news text, 16 bytes at a time
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {
      ++i;
      continue;
    }
    if (IsControl(c, allow_newline)) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", c);
      return std::string("binary data: control character ") + hex + " at column " +
             std::to_string(i + 1);
    }
    const size_t n = Utf8SequenceLength(text, i);
    if (n == 0) return "invalid UTF-8 at column " + std::to_string(i + 1);
    // C1 controls, U+0080 to U+009F (0xC2 0x80 to 0xC2 0x9F): no text holds them,
    // and a terminal obeys some (U+009B starts an escape sequence).
    if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      char hex[12];
      std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned char>(text[i + 1]));
      return std::string("binary data: control character ") + hex + " at column " +
             std::to_string(i + 1);
    }
    i += n;
  }
  return "";
}

std::string NameProblem(std::string_view text) {
  if (std::string problem = TextProblem(text); !problem.empty()) return problem;
  // U+202A to U+202E and U+2066 to U+2069 in UTF-8: E2 80 AA-AE, E2 81 A6-A9.
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    const auto a = static_cast<unsigned char>(text[i]), b = static_cast<unsigned char>(text[i + 1]),
               c = static_cast<unsigned char>(text[i + 2]);
    if (a != 0xE2) continue;
    if ((b == 0x80 && c >= 0xAA && c <= 0xAE) || (b == 0x81 && c >= 0xA6 && c <= 0xA9)) {
      char hex[12];
      std::snprintf(hex, sizeof hex, "U+%04X", 0x2000 + (b - 0x80) * 64 + (c - 0x80));
      return std::string("bidirectional control ") + hex + " at column " + std::to_string(i + 1) +
             " (it would reorder the text around the name)";
    }
  }
  return "";
}

}  // namespace polgraph
