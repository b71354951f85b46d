// The columns of a triple as `polgraph extract` prints it (JSON Lines keys,
// TSV header) and TripleJsonReader reads it back: one list, in output order,
// so the writer and the reader cannot disagree on a name.
#pragma once

#include <string_view>

#include "extract/triple.h"

namespace polgraph {

enum class TripleColumn {
  kItem,
  kId,
  kDate,
  kSubject,
  kSubjectType,
  kRelation,
  kObject,
  kObjectType,
  kRole,
  kSentence,
  kRule,
  kSource,
  kTitle,
  kUrl,
  kPublisher,
  kStatement,
};

/// Every column, in output order.
inline constexpr TripleColumn kTripleColumns[] = {
    TripleColumn::kItem,      TripleColumn::kId,          TripleColumn::kDate,
    TripleColumn::kSubject,   TripleColumn::kSubjectType, TripleColumn::kRelation,
    TripleColumn::kObject,    TripleColumn::kObjectType,  TripleColumn::kRole,
    TripleColumn::kSentence,  TripleColumn::kRule,        TripleColumn::kSource,
    TripleColumn::kTitle,     TripleColumn::kUrl,         TripleColumn::kPublisher,
    TripleColumn::kStatement,
};

/// "item", "id", "date", "subject", "subject_type", "relation", "object",
/// "object_type", "role", "sentence", "rule", "source" (the input file),
/// "title", "url", "publisher" (the item's JSON Lines "source": "source" already
/// names the file), "statement" (what was said, for a speech).
const char* ColumnName(TripleColumn column);

/// Calls visit(column, text) for each column after kItem (the one number), in
/// output order, with its text in `t`; an empty object has no type ("").
template <typename Visit>
void ForEachTextColumn(const Triple& t, Visit&& visit) {
  const Evidence& e = t.evidence;
  visit(TripleColumn::kId, std::string_view(e.item_id));
  visit(TripleColumn::kDate, std::string_view(e.date.ToIso()));
  visit(TripleColumn::kSubject, std::string_view(t.subject.name));
  visit(TripleColumn::kSubjectType, ToString(t.subject.type));
  visit(TripleColumn::kRelation, std::string_view(t.relation.name()));
  visit(TripleColumn::kObject, std::string_view(t.object.name));
  visit(TripleColumn::kObjectType, t.object.empty() ? std::string_view() : ToString(t.object.type));
  visit(TripleColumn::kRole, std::string_view(t.role));
  visit(TripleColumn::kSentence, std::string_view(e.sentence));
  visit(TripleColumn::kRule, std::string_view(e.rule));
  visit(TripleColumn::kSource, std::string_view(e.source));
  visit(TripleColumn::kTitle, std::string_view(e.title));
  visit(TripleColumn::kUrl, std::string_view(e.url));
  visit(TripleColumn::kPublisher, std::string_view(e.publisher));
  visit(TripleColumn::kStatement, std::string_view(t.statement));
}

}  // namespace polgraph
