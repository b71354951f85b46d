// What a DOT label written as an escString shows, for tests that read labels
// back from cgraph.
#pragma once

#include <string>

namespace polgraph::testing {

/// The text an escString label shows: \x is x (\\ a backslash), \n a newline.
inline std::string Shown(const std::string& label) {
  std::string text;
  for (size_t i = 0; i < label.size(); ++i) {
    if (label[i] == '\\' && i + 1 < label.size()) {
      char next = label[++i];
      text += next == 'n' ? '\n' : next;
    } else {
      text += label[i];
    }
  }
  return text;
}

}  // namespace polgraph::testing
