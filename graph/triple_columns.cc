#include "graph/triple_columns.h"

namespace polgraph {

const char* ColumnName(TripleColumn column) {
  switch (column) {
    case TripleColumn::kItem:
      return "item";
    case TripleColumn::kId:
      return "id";
    case TripleColumn::kDate:
      return "date";
    case TripleColumn::kSubject:
      return "subject";
    case TripleColumn::kSubjectType:
      return "subject_type";
    case TripleColumn::kRelation:
      return "relation";
    case TripleColumn::kObject:
      return "object";
    case TripleColumn::kObjectType:
      return "object_type";
    case TripleColumn::kRole:
      return "role";
    case TripleColumn::kSentence:
      return "sentence";
    case TripleColumn::kRule:
      return "rule";
    case TripleColumn::kSource:
      return "source";
    case TripleColumn::kTitle:
      return "title";
    case TripleColumn::kUrl:
      return "url";
    case TripleColumn::kPublisher:
      return "publisher";
    case TripleColumn::kStatement:
      return "statement";
  }
  return "";
}

}  // namespace polgraph
