// Fuzzes the feed reader (ItemParser, as FeedReader runs it on each file) on
// feed-format text, strict and lenient: bad input must give polgraph::Error,
// never a crash or a hang; every item read holds valid UTF-8 text, a title,
// a stable id and a position that counts skipped items too.
#include <sstream>
#include <string>

#include "extract/error.h"
#include "extract/feed_reader.h"
#include "extract/line_reader.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using polgraph::fuzz::Check;

void CheckItem(const polgraph::Item& item, long previous_position) {
  Check(!item.title.empty(), "an item has a title");
  Check(polgraph::TextProblem(item.title).empty(), "a title is valid text");
  for (const std::string& paragraph : item.paragraphs)
    Check(polgraph::TextProblem(paragraph).empty(), "a paragraph is valid text");
  Check(!item.id.empty(), "an item has an id");
  Check(item.position > previous_position, "positions increase");
}

void Read(std::string_view text, bool lenient) {
  std::istringstream in{std::string(text)};
  polgraph::ReadOptions options;
  options.lenient = lenient;
  options.max_line_bytes = 512;  // small, so that long lines are tried
  polgraph::ItemParser parser(in, "fuzz.txt", options);
  long position = 0;
  try {
    for (polgraph::Item item; parser.Next(&item);) {
      CheckItem(item, position);
      position = item.position;
    }
  } catch (const polgraph::Error&) {
    Check(!lenient, "lenient reading skips bad items, it does not stop");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = polgraph::fuzz::Text(data, size);
  Read(text, false);
  Read(text, true);
  return 0;
}
