// Fuzzes the feed reader (ItemParser, as FeedReader runs it on each file) on
// feed-format text, strict and lenient: bad input must give polgraph::Error,
// never a crash or a hang; every item read holds valid UTF-8 text, a title,
// a stable id and a position that counts skipped items too.
#include <string>

#include "feed/feed_reader.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Lines of 512 bytes at most, so that long lines are tried.
  polgraph::fuzz::ReadStrictAndLenient(std::string(polgraph::fuzz::Text(data, size)), 512,
                                       [](std::istream& in, const polgraph::ReadOptions& options) {
                                         polgraph::ItemParser parser(in, "fuzz.txt", options);
                                         long position = 0;
                                         for (polgraph::Item item; parser.Next(&item);) {
                                           polgraph::fuzz::CheckItem(item);
                                           polgraph::fuzz::Check(item.position > position,
                                                                 "positions increase");
                                           position = item.position;
                                         }
                                       });
  return 0;
}
