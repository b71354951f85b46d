// A plain-text table for terminals: columns padded to their widest cell,
// measured in what the terminal shows (UTF-8 code points, combining marks
// take no room, East Asian wide characters take two), separated by two
// spaces, numbers right-aligned, no trailing spaces. Cells are shown with
// control and bidirectional characters escaped (cli/visible_text.h).
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace polgraph::cli {

/// Columns a terminal uses to show `text`.
size_t DisplayWidth(std::string_view text);
/// Columns a terminal uses to show `text` as a table cell (escaped as
/// VisibleText when it is not plain printable ASCII).
size_t CellWidth(std::string_view text);

class TextTable {
 public:
  enum class Align { kLeft, kRight };
  struct Column {
    std::string header;
    Align align = Align::kLeft;
  };

  explicit TextTable(std::vector<Column> columns);

  /// REQUIRES: one cell per column.
  void AddRow(std::vector<std::string> cells);
  size_t rows() const { return rows_.size(); }

  /// Writes the header and the rows.
  void Write(std::ostream& out) const;

  /// Writes the header and `count` rows that are not kept: `fill(i, cells)`
  /// puts the cells of row i in `cells` (one per column), and is called
  /// twice per row, to measure the columns, then to write. The same text as
  /// AddRow for each row, then Write; for tables of tens of thousands of rows.
  void WriteRows(std::ostream& out, size_t count,
                 const std::function<void(size_t, std::vector<std::string>&)>& fill) const;
  /// As WriteRows, but with the cells' widths known: `widths[i]` is the
  /// CellWidth of the widest cell of column i, and `fill` is called once
  /// per row. REQUIRES: one width per column.
  void WriteRows(std::ostream& out, size_t count, std::vector<size_t> widths,
                 const std::function<void(size_t, std::vector<std::string>&)>& fill) const;

 private:
  void WriteRow(const std::vector<std::string>& cells, const std::vector<size_t>& widths,
                std::ostream& out) const;

  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace polgraph::cli
