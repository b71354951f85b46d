#include "base/line_reader.h"

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace polgraph {
namespace {

using Status = LineReader::Status;

std::vector<std::string> ReadAll(const std::string& text, size_t max_line_bytes = 1 << 20) {
  std::istringstream in(text);
  LineReader reader(in, max_line_bytes);
  std::vector<std::string> lines;
  std::string line;
  for (Status s; (s = reader.Next(&line)) != Status::kEnd;) {
    lines.push_back(s == Status::kTooLong ? "<too long: " + line + ">" : line);
  }
  return lines;
}

// A stream of `size` bytes of 'x', then "\nafter\n", made up as it is read:
// a line far longer than memory should ever hold for it.
class LongLineBuffer : public std::streambuf {
 public:
  explicit LongLineBuffer(size_t size) : left_(size), chunk_(1 << 16, 'x') {}

 protected:
  int_type underflow() override {
    if (left_ > 0) {
      const size_t n = std::min(left_, chunk_.size());
      left_ -= n;
      setg(chunk_.data(), chunk_.data(), chunk_.data() + n);
    } else if (!tail_done_) {
      tail_done_ = true;
      setg(tail_.data(), tail_.data(), tail_.data() + tail_.size());
    } else {
      return traits_type::eof();
    }
    return traits_type::to_int_type(*gptr());
  }

 private:
  size_t left_;
  std::string chunk_;
  std::string tail_ = "\nafter\n";
  bool tail_done_ = false;
};

TEST_CASE("LineReader splits lines, strips a BOM and CRLF", "[feed]") {
  auto [text, expected] = GENERATE(table<std::string, std::vector<std::string>>({
      {"a\nb\n", {"a", "b"}},
      {"a\nb", {"a", "b"}},
      {"a\r\nb\r\n", {"a", "b"}},
      {"\xEF\xBB\xBF"
       "a\nb",
       {"a", "b"}},
      {"a\n\xEF\xBB\xBF"
       "b",
       {"a",
        "\xEF\xBB\xBF"
        "b"}},  // only a leading BOM is one
      {"\n\n", {"", ""}},
      {"", {}},
      {"one line of text", {"one line of text"}},
  }));
  CAPTURE(text);
  CHECK(ReadAll(text) == expected);
}

TEST_CASE("LineReader reads lines longer than its chunk", "[feed]") {
  const std::string long_line(200'000, 'a');
  CHECK(ReadAll(long_line + "\nb\n") == std::vector<std::string>{long_line, "b"});
  CHECK(ReadAll(long_line) == std::vector<std::string>{long_line});
}

TEST_CASE("LineReader reports a too-long line and goes on after it", "[feed]") {
  CHECK(ReadAll("short\n" + std::string(100, 'x') + "\nnext", 64) ==
        std::vector<std::string>{"short", "<too long: " + std::string(64, 'x') + ">", "next"});
  CHECK(ReadAll(std::string(64, 'x') + "\n", 64) == std::vector<std::string>{std::string(64, 'x')});
  CHECK(ReadAll(std::string(65, 'x'), 64) ==
        std::vector<std::string>{"<too long: " + std::string(64, 'x') + ">"});
}

TEST_CASE("LineReader skips a 50 MB line without holding it", "[feed]") {
  LongLineBuffer buffer(50u << 20);
  std::istream in(&buffer);
  LineReader reader(in, 1 << 20);
  std::string line;
  REQUIRE(reader.Next(&line) == Status::kTooLong);
  CHECK(line.capacity() < (4u << 20));  // never grew to the size of the line
  CHECK(reader.line_number() == 1);
  REQUIRE(reader.Next(&line) == Status::kLine);
  CHECK(line == "after");
  CHECK(reader.line_number() == 2);
  CHECK(reader.Next(&line) == Status::kEnd);
}

TEST_CASE("TextProblem finds binary data and invalid UTF-8", "[feed]") {
  auto [text, problem] = GENERATE(table<std::string, std::string>({
      {"Tokayev met Mirziyoyev", ""},
      {"People’s Council – “Qurultay” — ok", ""},
      {"tab\tis fine", ""},
      {"emoji \xF0\x9F\x87\xB0\xF0\x9F\x87\xBF too", ""},
      {std::string("abc\0def", 7), "binary data: control character 0x00 at column 4"},
      {"bell\x07", "binary data: control character 0x07 at column 5"},
      {"del\x7F", "binary data: control character 0x7F at column 4"},
      {"new\nline", "binary data: control character 0x0A at column 4"},
      {"caf\xE9", "invalid UTF-8 at column 4"},           // Latin-1
      {"x\x80", "invalid UTF-8 at column 2"},             // stray continuation
      {"\xC0\xAF", "invalid UTF-8 at column 1"},          // overlong '/'
      {"ab\xED\xA0\x80", "invalid UTF-8 at column 3"},    // surrogate
      {"\xF4\x90\x80\x80", "invalid UTF-8 at column 1"},  // above U+10FFFF
      {"cut \xE2\x80", "invalid UTF-8 at column 5"},      // truncated sequence
  }));
  CAPTURE(text);
  CHECK(TextProblem(text) == problem);
}

TEST_CASE("TextProblem finds a bad byte at any place of a long line", "[feed]") {
  // Every column of a 40-byte line, for bytes on both sides of the printable
  // range: text is read eight bytes at a time, and each place of the eight counts.
  const std::string line = "The council met on Monday in the capital";
  for (size_t column = 0; column < line.size(); ++column) {
    for (unsigned char bad : {0x00, 0x01, 0x1F, 0x7F}) {
      std::string text = line;
      text[column] = static_cast<char>(bad);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", bad);
      CAPTURE(column, static_cast<int>(bad));
      CHECK(TextProblem(text) == std::string("binary data: control character ") + hex +
                                     " at column " + std::to_string(column + 1));
    }
    std::string latin1 = line;
    latin1[column] = '\xFF';
    CHECK(TextProblem(latin1) == "invalid UTF-8 at column " + std::to_string(column + 1));
  }
  CHECK(TextProblem(std::string(64, ' ') + std::string(64, '~')) == "");  // 0x20, 0x7E
  CHECK(TextProblem("Zoë and Ortíz met the committee of the council") == "");
}

TEST_CASE("TextProblem may allow newlines", "[feed]") {
  CHECK(TextProblem("para one\npara two", true) == "");
  CHECK(TextProblem("para\r\n", true) == "binary data: control character 0x0D at column 5");
}

}  // namespace
}  // namespace polgraph
