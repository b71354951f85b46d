// The per-item rules for counting a triple once (GUIDELINES.md), by what the
// relation is (relation_traits.h): a symmetric one (met) counts A-B and B-A
// once; a speech (announced) once per speaker; one that carries an office
// (appointed, dismissed) is the same act when relation, object and role
// agree, and an unnamed appointer ("?") gives way to a named one; any other
// once per subject, object and role. A headline that restates the body adds
// nothing.
#pragma once

#include <string>
#include <vector>

#include "extract/relation_traits.h"
#include "extract/triple.h"

namespace polgraph {

/// The triples one sentence gave, and whether the sentence is the headline.
struct SentenceTriples {
  bool headline = false;
  std::vector<Triple> triples;
};

/// The item's triples in reading order with duplicates removed. When
/// `removed` is given, a line per removed triple says why; `relations` says
/// what each relation is.
std::vector<Triple> Deduplicate(std::vector<SentenceTriples> sentences,
                                std::vector<std::string>* removed = nullptr,
                                const RelationTraits& relations = RelationTraits::Builtin());

}  // namespace polgraph
