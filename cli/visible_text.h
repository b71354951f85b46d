// Text made safe to print on a terminal: control characters (C0, DEL, C1)
// and the characters that reorder text (bidirectional embeddings, overrides
// and isolates, line and paragraph separators) are shown as escapes instead
// of being obeyed, so that a name in the store cannot retitle the terminal
// (ESC ] 0 ;), ring it, or turn the rest of a line around (U+202E).
#pragma once

#include <string>
#include <string_view>

namespace polgraph::cli {

/// `text` with each such character written as an escape: "\x1B" for ASCII
/// controls and bytes that are not UTF-8, "\u202E" for the others. Other
/// text is left as it is.
std::string VisibleText(std::string_view text);

}  // namespace polgraph::cli
