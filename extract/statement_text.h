// What a speech (`announced`) said, as the text kept with its triple: the
// rule's content group when it has one; else the clause after the match
// ("A said [the talks went well]"), or, when nothing follows it, the clause
// before it ("[The talks went well]," said A). Opening "that", the quotes,
// commas and colons around it and its closing full stop are left out.
#pragma once

#include <string_view>

#include "extract/rule_match.h"
#include "extract/sentence.h"

namespace polgraph {

/// The statement of a speech match in `sentence`; "" when the sentence holds
/// nothing but the match. The view points into `sentence.text`.
std::string_view StatementText(const Sentence& sentence, const MatchSpans& spans);

}  // namespace polgraph
