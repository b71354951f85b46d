// The events CSV (export/events_csv_writer.h): its header, one row per event
// with the relation's label and CAMEO code from the relation traits, the
// date's parts, fields quoted only where needed, and formulas defused.
#include "export/events_csv_writer.h"

#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::MakeItem;
using testing::MakeTriple;
using testing::Person;

std::vector<std::string> Rows(const std::vector<Triple>& events) {
  std::ostringstream out;
  WriteEventsCsv(events, RelationTraits::Builtin(), out);
  std::vector<std::string> rows;
  std::string text = out.str();
  for (size_t start = 0, end; (end = text.find("\r\n", start)) != std::string::npos;
       start = end + 2)
    rows.push_back(text.substr(start, end - start));
  return rows;
}

}  // namespace

TEST_CASE("events CSV writes one row per event with its code and provenance", "[events_csv]") {
  Item item = MakeItem("w7", 7, "2025-02-03", "Leaders meet in Oslo");
  item.url = "https://example.org/oslo";
  Triple met = MakeTriple(item, Person("Ines Moreau"), Relation::kMet, Person("Pavel Dvorak"), "",
                          "Moreau met Dvorak in Oslo, officials said.", "met.x");
  met.evidence.title = item.title;
  met.evidence.url = item.url;
  met.evidence.publisher = "Nordic Desk";
  Triple said = MakeTriple(item, Person("Pavel Dvorak"), Relation::kAnnounced, {}, "",
                           "Dvorak said \"we agree\".", "announced.said");
  said.statement = "we agree";
  Triple appointed = MakeTriple(item, EntityRef::Unnamed(), Relation::kAppointed,
                                Person("=HYPERLINK(\"x\")"), "Envoy, special", "s", "a.x");
  appointed.evidence.date = Date();

  std::vector<std::string> rows = Rows({met, said, appointed});
  REQUIRE(rows.size() == 4);
  CHECK(rows[0] ==
        "event_id,date,year,month,day,source_actor,source_type,relation,event_text,cameo_code,"
        "root_code,target_actor,target_type,role,statement,sentence,item_id,title,publisher,url,"
        "file,item");
  CHECK(rows[1] ==
        "1,2025-02-03,2025,2,3,Ines Moreau,person,met,met,040,04,Pavel Dvorak,person,,,"
        "\"Moreau met Dvorak in Oslo, officials said.\",w7,Leaders meet in Oslo,Nordic Desk,"
        "https://example.org/oslo,week.txt,7");
  CHECK(rows[2] ==
        "2,2025-02-03,2025,2,3,Pavel Dvorak,person,announced,said (about),010,01,,,,we agree,"
        "\"Dvorak said \"\"we agree\"\".\",w7,Leaders meet in Oslo,,https://example.org/oslo,"
        "week.txt,7");
  CHECK(rows[3] ==
        "3,,,,,?,unknown,appointed,appointed,,,\"'=HYPERLINK(\"\"x\"\")\",person,"
        "\"Envoy, special\",,s,w7,Leaders meet in Oslo,,https://example.org/oslo,week.txt,7");
}

}  // namespace polgraph
