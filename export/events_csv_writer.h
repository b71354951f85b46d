// The events export (`polgraph export --format events`): one CSV row per
// event (a stored triple), in the column style of political event data
// (ICEWS, Phoenix, GDELT), so the code people have for those loads it
// (pandas.read_csv, R's read.csv):
//   event_id,date,year,month,day,source_actor,source_type,relation,
//   event_text,cameo_code,root_code,target_actor,target_type,role,statement,
//   sentence,item_id,title,publisher,url,file,item
// source_actor / target_actor are the subject and object ("?" an unnamed
// agent, "" no object); event_text is the relation's label; cameo_code and
// root_code (its first two digits) come from the relation's declared CAMEO
// code ("" when it has none). RFC 4180 with CRLF line ends, UTF-8, quoting
// only where needed; a text field starting with = + - @, tab or CR gets a
// leading ' against spreadsheet formulas (OWASP).
#pragma once

#include <ostream>
#include <vector>

#include "extract/relation_traits.h"
#include "extract/triple.h"

namespace polgraph {

/// Writes the header and one row per triple, in the order given; event_id
/// counts from 1. Throws Error if the stream fails.
void WriteEventsCsv(const std::vector<Triple>& events, const RelationTraits& relations,
                    std::ostream& out);

}  // namespace polgraph
