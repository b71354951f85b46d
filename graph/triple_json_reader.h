// Reads triples back from JSON Lines as `polgraph extract` prints them
// (graph/triple_writer.h): one object a line with the columns of
// graph/triple_columns.h. So extraction can run in
// shards and the triples be loaded into one store centrally. Bad lines throw
// Error "file:line: problem"; in lenient mode they are skipped, reported to
// `on_skip` and counted.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "base/read_options.h"
#include "extract/triple.h"

namespace polgraph {

/// Parses one line. Throws Error (without a place) naming the problem.
Triple ParseTripleJson(std::string_view line);

class TripleJsonReader {
 public:
  /// `source` names the stream in errors. Uses options.lenient, on_skip and
  /// max_line_bytes.
  TripleJsonReader(std::istream& in, std::string source, ReadOptions options);
  ~TripleJsonReader();
  TripleJsonReader(const TripleJsonReader&) = delete;  // holds a position in `in`
  TripleJsonReader& operator=(const TripleJsonReader&) = delete;

  /// Reads the next triple into `*triple`; blank lines are passed over.
  /// Returns false at the end of the stream.
  bool Next(Triple* triple);
  /// Lines skipped so far (lenient mode).
  size_t skipped() const;
  /// 1-based number of the line last read.
  long line_number() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace polgraph
