// The triple writer: JSON Lines that TripleJsonReader reads back into the
// same triple, and TSV whose header row is the column list and whose cells
// hold no tabs or line breaks.
#include "graph/triple_writer.h"

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "graph/triple_columns.h"
#include "graph/triple_json_reader.h"

namespace polgraph {
namespace {

Triple Appointment() {
  Triple t;
  t.subject = {"Kassym-Jomart Tokayev", EntityType::kPerson};
  t.relation = Relation::kAppointed;
  t.object = {"Murat Nurtleu", EntityType::kPerson};
  t.role = "Minister of Foreign Affairs";
  t.evidence.source = "feeds/akorda.txt";
  t.evidence.item = 12;
  t.evidence.item_id = "akorda-12";
  t.evidence.date = *Date::ParseIso("2024-03-05");
  t.evidence.sentence = "The head of state named Murat Nurtleu \"foreign minister\".";
  t.evidence.rule = "appointed.named";
  return t;
}

Triple Announcement() {
  Triple t;
  t.subject = {"Ministry of Energy", EntityType::kOrganization};
  t.relation = Relation::kAnnounced;
  t.evidence.source = "-";
  t.evidence.item = 3;
  t.evidence.item_id = "energy-3";
  t.evidence.sentence = "Prices stay as they are.";
  t.evidence.rule = "announced.said";
  return t;
}

std::string Write(TripleFormat format, const std::vector<Triple>& triples) {
  std::ostringstream out;
  TripleWriter writer(format);
  writer.WriteHeader(out);
  for (const Triple& t : triples) writer.Write(t, out);
  return out.str();
}

TEST_CASE("triple writer: JSON Lines read back give the same triples", "[triples]") {
  const std::vector<Triple> triples = {Appointment(), Announcement()};
  std::istringstream in(Write(TripleFormat::kJsonLines, triples));
  TripleJsonReader reader(in, "t.jsonl", ReadOptions{});
  std::vector<Triple> back;
  for (Triple t; reader.Next(&t);) back.push_back(t);
  REQUIRE(back.size() == triples.size());
  for (size_t i = 0; i < back.size(); ++i) {
    CAPTURE(i);
    CHECK(back[i].subject == triples[i].subject);
    CHECK(back[i].relation == triples[i].relation);
    CHECK(back[i].object == triples[i].object);
    CHECK(back[i].role == triples[i].role);
    CHECK(back[i].evidence.source == triples[i].evidence.source);
    CHECK(back[i].evidence.item == triples[i].evidence.item);
    CHECK(back[i].evidence.item_id == triples[i].evidence.item_id);
    CHECK(back[i].evidence.date == triples[i].evidence.date);
    CHECK(back[i].evidence.sentence == triples[i].evidence.sentence);
    CHECK(back[i].evidence.rule == triples[i].evidence.rule);
  }
}

TEST_CASE("triple writer: a JSON line holds every column, in order", "[triples]") {
  CHECK(Write(TripleFormat::kJsonLines, {Announcement()}) ==
        R"({"item":3,"id":"energy-3","date":"","subject":"Ministry of Energy",)"
        R"("subject_type":"organization","relation":"announced","object":"","object_type":"",)"
        R"("role":"","sentence":"Prices stay as they are.","rule":"announced.said","source":"-",)"
        R"("title":"","url":"","publisher":"","statement":""})"
        "\n");
}

TEST_CASE("triple writer: TSV has the columns as header and flat cells", "[triples]") {
  std::string header;
  for (TripleColumn column : kTripleColumns)
    header += (header.empty() ? "" : "\t") + std::string(ColumnName(column));
  CHECK(header ==
        "item\tid\tdate\tsubject\tsubject_type\trelation\tobject\tobject_type\trole\tsentence\t"
        "rule\tsource\ttitle\turl\tpublisher\tstatement");
  // Feeds hold no tabs or line breaks; should a sentence hold them, the row stays one row.
  Triple broken = Announcement();
  broken.evidence.sentence = "Prices\tstay\r\nas they are.";
  CHECK(
      Write(TripleFormat::kTsv, {Appointment(), broken}) ==
      header + "\n" +
          "12\takorda-12\t2024-03-05\tKassym-Jomart Tokayev\tperson\tappointed\tMurat "
          "Nurtleu\tperson\tMinister of Foreign Affairs\tThe head of state named Murat Nurtleu "
          "\"foreign minister\".\tappointed.named\tfeeds/akorda.txt\t\t\t\t\n"
          "3\tenergy-3\t\tMinistry of Energy\torganization\tannounced\t\t\t\tPrices stay  as they "
          "are.\tannounced.said\t-\t\t\t\t\n");
}

}  // namespace
}  // namespace polgraph
