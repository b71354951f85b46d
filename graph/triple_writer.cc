#include "graph/triple_writer.h"

#include <algorithm>
#include <string>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/triple_columns.h"

namespace polgraph {
namespace {

// A TSV cell: tabs, carriage returns and newlines become spaces.
std::string Cell(std::string_view value) {
  std::string cell(value);
  std::replace_if(
      cell.begin(), cell.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return cell;
}

void WriteTsvLine(const Triple& t, std::ostream& out) {
  out << t.evidence.item;
  ForEachTextColumn(t,
                    [&out](TripleColumn, std::string_view value) { out << '\t' << Cell(value); });
  out << '\n';
}

}  // namespace

// One reused buffer a JSON line is built in before it is written out, and
// one reused writer (its stack of open objects stays allocated).
class TripleWriter::JsonBuffer {
 public:
  void Write(const Triple& t, std::ostream& out) {
    buffer_.Clear();
    json_.Reset(buffer_);
    json_.StartObject();
    json_.Key(ColumnName(TripleColumn::kItem));
    json_.Int64(t.evidence.item);
    ForEachTextColumn(t, [this](TripleColumn column, std::string_view value) {
      json_.Key(ColumnName(column));
      json_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    });
    json_.EndObject();
    buffer_.Put('\n');
    out.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
  }

 private:
  rapidjson::StringBuffer buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> json_{buffer_};
};

TripleWriter::TripleWriter(TripleFormat format)
    : format_(format),
      json_(format == TripleFormat::kJsonLines ? std::make_unique<JsonBuffer>() : nullptr) {}
TripleWriter::~TripleWriter() = default;

void TripleWriter::WriteHeader(std::ostream& out) const {
  if (format_ != TripleFormat::kTsv) return;
  const char* separator = "";
  for (TripleColumn column : kTripleColumns) {
    out << separator << ColumnName(column);
    separator = "\t";
  }
  out << '\n';
}

void TripleWriter::Write(const Triple& triple, std::ostream& out) {
  if (json_) {
    json_->Write(triple, out);
  } else {
    WriteTsvLine(triple, out);
  }
}

}  // namespace polgraph
