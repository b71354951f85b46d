#include "feed/item.h"

namespace polgraph {
namespace {

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

size_t Item::TextLength() const {
  size_t n = CodePoints(title);
  for (const std::string& p : paragraphs) n += CodePoints(p);
  return n;
}

}  // namespace polgraph
