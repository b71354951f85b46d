#include "export/events_csv_writer.h"

#include <iomanip>
#include <sstream>
#include <string>
#include <string_view>

#include "base/error.h"

namespace polgraph {
namespace {

constexpr std::string_view kHeader =
    "event_id,date,year,month,day,source_actor,source_type,relation,event_text,cameo_code,"
    "root_code,target_actor,target_type,role,statement,sentence,item_id,title,publisher,url,"
    "file,item";
constexpr std::string_view kRecordEnd = "\r\n";

// A text field: defused against formulas, quoted when it holds a comma, a
// quote or a line end (std::quoted doubles the quotes inside).
std::string Field(std::string_view text) {
  std::string value(text);
  if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos)
    value.insert(0, "'");
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::ostringstream quoted;
  quoted << std::quoted(value, '"', '"');
  return quoted.str();
}

std::string Number(int value) { return value > 0 ? std::to_string(value) : std::string(); }

}  // namespace

void WriteEventsCsv(const std::vector<Triple>& events, const RelationTraits& relations,
                    std::ostream& out) {
  out << kHeader << kRecordEnd;
  long id = 0;
  for (const Triple& t : events) {
    const Evidence& e = t.evidence;
    const std::string& cameo = relations.Of(t.relation).cameo;
    bool dated = e.date.IsKnown();
    out << ++id << ',' << (dated ? e.date.ToIso() : "") << ','
        << (dated ? Number(e.date.year()) : "") << ',' << (dated ? Number(e.date.month()) : "")
        << ',' << (dated ? Number(e.date.day()) : "") << ',' << Field(t.subject.name) << ','
        << ToString(t.subject.type) << ',' << t.relation.name() << ','
        << Field(relations.LabelOf(t.relation)) << ',' << cameo << ',' << cameo.substr(0, 2) << ','
        << Field(t.object.name) << ',' << (t.object.empty() ? "" : ToString(t.object.type)) << ','
        << Field(t.role) << ',' << Field(t.statement) << ',' << Field(e.sentence) << ','
        << Field(e.item_id) << ',' << Field(e.title) << ',' << Field(e.publisher) << ','
        << Field(e.url) << ',' << Field(e.source) << ',' << e.item << kRecordEnd;
  }
  out.flush();
  if (!out) throw Error("events CSV output: the stream failed");
}

}  // namespace polgraph
