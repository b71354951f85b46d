// Data files compiled into polgraph at build time (see cmake/embed_files.cmake):
// the default rules (extract/rules/*.json), word lists (extract/words/*.json)
// and aliases (extract/aliases/*.json).
#pragma once

#include <string_view>
#include <vector>

namespace polgraph {

struct EmbeddedFile {
  std::string_view name;     // file name, e.g. "met.json"
  std::string_view content;  // the file's bytes
};

/// The default rules files, in name order.
const std::vector<EmbeddedFile>& DefaultRuleFiles();
/// The default word files, in name order.
const std::vector<EmbeddedFile>& DefaultWordFiles();
/// The default aliases files, in name order.
const std::vector<EmbeddedFile>& DefaultAliasFiles();

}  // namespace polgraph
