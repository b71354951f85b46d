// What a speech (`announced`) said, as the text kept with its triple: the
// rule's content group when it has one; else the clause after the match
// ("A said [the talks went well]"), or, when nothing follows it, the clause
// before it ("[The talks went well]," said A; "[...], A added, noting
// ...", "[...], said A, who ...", a quotation then "said A, the group's
// chairman"). After "told", the listener
// is left out: where a colon or "that" ends it ("told MPs: [...]"), else
// where a name, its programme and a listener noun (the "listener_nouns" word
// list) end it ("told the Times [...]", "told BBC Radio 4's Today programme
// [...]", "told Labour members [...]"); and a listener alone after the match
// sends the statement before it ("[...]," she told the Sunday programme).
// Opening "that", the quotes, commas and colons around it and its closing
// full stop are left out.
#pragma once

#include <string_view>

#include "extract/rule_match.h"
#include "extract/sentence.h"
#include "extract/word_lists.h"

namespace polgraph {

/// Where the statement of a speech match is in `sentence.text`; empty when
/// the sentence holds nothing but the match.
TextSpan StatementSpan(const Sentence& sentence, const MatchSpans& spans,
                       const WordList& listener_nouns);

}  // namespace polgraph
