// An item's body as the store keeps it, so `polgraph ingest --reextract` can
// run today's rules over stored news: the paragraphs, one a line. SQLite
// keeps it deflated with zlib (news text shrinks to about a third);
// PostgreSQL keeps the text and compresses it itself (TOAST). Only the store
// backends use this.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace polgraph {

/// The paragraphs joined with "\n".
std::string JoinParagraphs(const std::vector<std::string>& paragraphs);
/// The paragraphs of a JoinParagraphs text (none for "").
std::vector<std::string> SplitParagraphs(std::string_view text);

/// `text` deflated (zlib format).
std::string Deflate(std::string_view text);
/// The text Deflate deflated. Throws Error (without a place) when `packed`
/// is not whole zlib data.
std::string Inflate(std::string_view packed);

}  // namespace polgraph
