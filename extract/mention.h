// Entity mentions found in a sentence: a span of text naming a person, an
// organization or a country, with any title standing before a person's name.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/triple.h"

namespace polgraph {

struct Mention {
  size_t begin = 0, end = 0;  // byte offsets of the whole span in the sentence
  std::string name;           // the name with titles stripped ("Bakyt Nurmukhanov")
  std::string title;          // title before the name, if any ("Deputy Chairman of ...")
  EntityType type = EntityType::kUnknown;
};

/// Finds person, organization and country mentions in `sentence`, left to
/// right, non-overlapping. Stateless and thread-safe once constructed.
class MentionFinder {
 public:
  MentionFinder();
  ~MentionFinder();
  MentionFinder(const MentionFinder&) = delete;  // owns compiled patterns
  MentionFinder& operator=(const MentionFinder&) = delete;

  std::vector<Mention> Find(std::string_view sentence) const;

  /// Classifies a span a rule captured ("Deputy Chairman of the Constitutional
  /// Court Bakyt Nurmukhanov", "the Financial Monitoring Agency", "Kazakhstan"):
  /// strips titles and articles and gives the type. `name` is empty when the
  /// span names nothing (a common noun, a pronoun, a bare title).
  Mention Classify(std::string_view span) const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polgraph
