#include "extract/phrase_text.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

namespace polgraph {
namespace {

// The text of `span` in `text` after TrimSpan.
std::string Trimmed(std::string_view text, TextSpan span) {
  TextSpan t = TrimSpan(text, span);
  return std::string(text.substr(t.begin, t.end - t.begin));
}

std::string Trimmed(std::string_view text) { return Trimmed(text, {0, text.size()}); }

TEST_CASE("TrimSpan takes spaces, commas and quote marks off both ends", "[phrase_text]") {
  CHECK(Trimmed("  the new envoy, ") == "the new envoy");
  CHECK(Trimmed("\t(acting governor);") == "acting governor");
  CHECK(Trimmed("\"Mayor of Riverton\":") == "Mayor of Riverton");
  CHECK(Trimmed("\xE2\x80\x9Cthe committee chair\xE2\x80\x9D") == "the committee chair");
  CHECK(Trimmed("\xE2\x80\x98" "an old friend\xE2\x80\x99, ") == "an old friend");
  CHECK(Trimmed("\xE2\x80\x94 the deputy mayor \xE2\x80\x93") == "the deputy mayor");
  CHECK(Trimmed("- the treasurer -") == "the treasurer");
}

TEST_CASE("TrimSpan drops a final period after a lowercase word only", "[phrase_text]") {
  CHECK(Trimmed("the harbour board.") == "the harbour board");
  CHECK(Trimmed("the harbour board.\xE2\x80\x9D") == "the harbour board");
  CHECK(Trimmed("the board.\", ") == "the board");
  CHECK(Trimmed("Gen. Okafor.") == "Gen. Okafor");  // the inner period stays
  CHECK(Trimmed("the U.S.") == "the U.S.");         // after a capital it stays
  CHECK(Trimmed("a.") == "a");
  CHECK(Trimmed(".") == ".");
}

TEST_CASE("TrimSpan leaves inner punctuation and letters beyond ASCII alone", "[phrase_text]") {
  CHECK(Trimmed("O'Neill, the chair") == "O'Neill, the chair");
  CHECK(Trimmed("Zoë Ortíz") == "Zoë Ortíz");
  CHECK(Trimmed("\xC3\xA9lan vital") == "\xC3\xA9lan vital");  // starts with é, not a mark
  CHECK(Trimmed("caf\xC3\xA9\xE2\x80\x9D") == "caf\xC3\xA9");
}

TEST_CASE("TrimSpan of punctuation alone is empty, at the span's start", "[phrase_text]") {
  std::string_view text = "said: \xE2\x80\x9C, \xE2\x80\x9D then";
  TextSpan span{4, 4 + 11};  // ": “, ”"
  TextSpan t = TrimSpan(text, span);
  CHECK(t.empty());
  CHECK(t.begin == t.end);
  CHECK(Trimmed(",;:") == "");
  CHECK(Trimmed("\xE2\x80\x99") == "");
}

TEST_CASE("TrimSpan reads only inside the span and the text", "[phrase_text]") {
  std::string_view text = "(the minister) said";
  CHECK(Trimmed(text, {1, 13}) == "the minister");
  CHECK(Trimmed(text, {0, 14}) == "the minister");
  CHECK(Trimmed(text, {0, 1000}) == "the minister) said");  // an end past the text is cut
  CHECK(Trimmed(text, {5, 5}) == "");
}

}  // namespace
}  // namespace polgraph
