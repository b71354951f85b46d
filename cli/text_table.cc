#include "cli/text_table.h"

#include <algorithm>
#include <cassert>

#include "base/utf8.h"
#include "cli/visible_text.h"

namespace polgraph::cli {
namespace {

bool IsCombining(char32_t c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) || c == 0x200D ||
         (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200B;
}

bool IsWide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Printable ASCII only: shown as it is (VisibleText would copy it unchanged).
bool IsPlainAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; }))
    return text.size();  // ASCII: one column a byte
  size_t width = 0;
  for (size_t pos = 0; pos < text.size();) {
    utf8::CodePoint cp = utf8::Decode(text, pos);
    pos += cp.length;
    if (!IsCombining(cp.value)) width += IsWide(cp.value) ? 2 : 1;
  }
  return width;
}

size_t CellWidth(std::string_view text) {
  return IsPlainAscii(text) ? text.size() : DisplayWidth(VisibleText(text));
}

TextTable::TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}

void TextTable::AddRow(std::vector<std::string> cells) {
  assert(cells.size() == columns_.size());
  for (std::string& cell : cells)
    if (!IsPlainAscii(cell)) cell = VisibleText(cell);  // names come from news
  rows_.push_back(std::move(cells));
}

void TextTable::Write(std::ostream& out) const {
  std::vector<size_t> widths(columns_.size());
  std::vector<std::string> headers;
  for (size_t i = 0; i < columns_.size(); ++i) {
    headers.push_back(columns_[i].header);
    widths[i] = DisplayWidth(columns_[i].header);
  }
  for (const auto& row : rows_) {
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(row[i]));
  }
  WriteRow(headers, widths, out);
  for (const auto& row : rows_) WriteRow(row, widths, out);
}

void TextTable::WriteRows(
    std::ostream& out, size_t count,
    const std::function<void(size_t, std::vector<std::string>&)>& fill) const {
  std::vector<size_t> widths(columns_.size());
  std::vector<std::string> row(columns_.size());
  for (size_t r = 0; r < count; ++r) {
    fill(r, row);
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], CellWidth(row[i]));
  }
  WriteRows(out, count, std::move(widths), fill);
}

void TextTable::WriteRows(
    std::ostream& out, size_t count, std::vector<size_t> widths,
    const std::function<void(size_t, std::vector<std::string>&)>& fill) const {
  assert(widths.size() == columns_.size());
  std::vector<std::string> cells;
  for (size_t i = 0; i < columns_.size(); ++i) {
    cells.push_back(columns_[i].header);
    widths[i] = std::max(widths[i], DisplayWidth(columns_[i].header));
  }
  WriteRow(cells, widths, out);
  for (size_t r = 0; r < count; ++r) {
    fill(r, cells);
    for (std::string& cell : cells)
      if (!IsPlainAscii(cell)) cell = VisibleText(cell);
    WriteRow(cells, widths, out);
  }
}

void TextTable::WriteRow(const std::vector<std::string>& cells, const std::vector<size_t>& widths,
                         std::ostream& out) const {
  thread_local std::string line;  // reused: tables run to tens of thousands of rows
  line.clear();
  for (size_t i = 0; i < cells.size(); ++i) {
    const size_t padding = widths[i] - DisplayWidth(cells[i]);
    if (i > 0) line += "  ";
    if (columns_[i].align == Align::kRight) line.append(padding, ' ');
    line += cells[i];
    if (columns_[i].align != Align::kRight) line.append(padding, ' ');
  }
  line.erase(line.find_last_not_of(' ') + 1);
  out << line << '\n';
}

}  // namespace polgraph::cli
