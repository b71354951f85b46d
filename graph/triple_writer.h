// Writes triples as `polgraph extract` prints them, one a line, in the
// columns of graph/triple_columns.h: JSON Lines (what TripleJsonReader reads
// back) or TSV with a header row, where tabs and line breaks inside a value
// become spaces. Writers take a stream and never flush it.
#pragma once

#include <memory>
#include <ostream>

#include "extract/triple.h"

namespace polgraph {

enum class TripleFormat { kJsonLines, kTsv };

class TripleWriter {
 public:
  explicit TripleWriter(TripleFormat format);
  ~TripleWriter();
  TripleWriter(const TripleWriter&) = delete;  // owns a reused buffer
  TripleWriter& operator=(const TripleWriter&) = delete;

  /// The header row for TSV (the column names); nothing for JSON Lines.
  void WriteHeader(std::ostream& out) const;
  /// One line for `triple`.
  void Write(const Triple& triple, std::ostream& out);

 private:
  class JsonBuffer;
  TripleFormat format_;
  std::unique_ptr<JsonBuffer> json_;
};

}  // namespace polgraph
