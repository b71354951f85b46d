#include "extract/explain_report.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace polgraph {
namespace {

// Writes each call it observes as one line.
class Log : public ExtractionObserver {
 public:
  std::vector<std::string> lines;

  void SentenceStarted(const Sentence& s, std::string_view masked) override {
    lines.push_back("sentence " + std::string(s.text) + " / " + std::string(masked));
  }
  void MentionFound(const Sentence&, const Mention& m, const Resolution& r) override {
    lines.push_back("mention " + m.name + " -> " + r.entity.name);
  }
  void RuleTried(const Rule& rule) override { lines.push_back("rule " + rule.id); }
  void Matched(std::string_view text) override { lines.push_back("match " + std::string(text)); }
  void ContinuationMatched(std::string_view text) override {
    lines.push_back("continuation " + std::string(text));
  }
  void GroupRead(std::string_view group, std::string_view text,
                 std::span<const ResolvedArgument> entities) override {
    std::string line = std::string(group) + " " + std::string(text) + " ->";
    for (const ResolvedArgument& a : entities) line += " " + a.entity.name;
    lines.push_back(line);
  }
  void Dropped(std::string_view reason) override {
    lines.push_back("dropped " + std::string(reason));
  }
  void SentenceDone(const std::vector<Triple>& t) override {
    lines.push_back("triples " + std::to_string(t.size()));
  }
  void ItemDone(const std::vector<Triple>& t, std::vector<std::string> removed) override {
    lines.push_back("item " + std::to_string(t.size()) + " removed " +
                    std::to_string(removed.size()));
  }
};

const Extractor& Default() {
  static const Extractor extractor(RuleSet::Default(), Aliases::Default());
  return extractor;
}

Item OneSentence(const std::string& text) {
  Item item;
  item.source = "test.txt";
  item.position = 1;
  item.date = *Date::ParseIso("2025-05-01");
  item.paragraphs = {text};
  return item;
}

}  // namespace

TEST_CASE("An observer sees each stage's outcome in reading order", "[explain_report]") {
  Item item = OneSentence("President Emmanuel Macron appointed Michel Barnier as Prime Minister.");
  Log log;
  std::vector<Triple> observed = Default().Extract(item, log);
  CHECK(observed.size() == Default().Extract(item).size());

  CAPTURE(log.lines);
  REQUIRE(log.lines.size() > 4);
  CHECK(log.lines.front().starts_with("sentence President Emmanuel Macron appointed"));
  CHECK(log.lines[1] == "mention Emmanuel Macron -> Emmanuel Macron");
  auto at = [&](const std::string& line) {
    return std::find(log.lines.begin(), log.lines.end(), line) - log.lines.begin();
  };
  long rule = at("rule appointed.as");
  long subject = at("subject President Emmanuel Macron -> Emmanuel Macron");
  long object = at("objects Michel Barnier -> Michel Barnier");
  long role = at("role Prime Minister ->");
  CHECK(rule < subject);
  CHECK(subject < object);
  CHECK(object < role);
  CHECK(role < static_cast<long>(log.lines.size()));
  CHECK(log.lines.back() == "item 1 removed 0");
}

TEST_CASE("ExplainRecorder writes the report from what it observes", "[explain_report]") {
  std::string text = "Anna Ivanova met Pavel Orlov.";
  Sentence s{text, true, {}};
  Rule rule;
  rule.id = "met.test";
  ExplainRecorder recorder;
  recorder.SentenceStarted(s, "ZQ met ZQ.");
  recorder.RuleTried(rule);
  recorder.Matched("Anna Ivanova met Pavel Orlov");
  recorder.ContinuationMatched("and Olga Smirnova");
  ResolvedArgument a{{"Anna Ivanova", EntityType::kPerson}, "full name", {}, ""};
  ResolvedArgument nothing;
  std::vector<ResolvedArgument> group = {a, nothing};
  recorder.GroupRead("subjects", "Anna Ivanova", group);
  recorder.Dropped("first reason");
  recorder.Dropped("the reason that counts");
  Triple t;
  recorder.SentenceDone({t});
  recorder.ItemDone({t, t}, {"a duplicate"});

  const ExplainReport& r = recorder.report();
  REQUIRE(r.sentences.size() == 1);
  CHECK(r.sentences[0].headline);
  CHECK(r.sentences[0].masked == "ZQ met ZQ.");
  REQUIRE(r.sentences[0].rules.size() == 1);
  const ExplainReport::RuleNote& note = r.sentences[0].rules[0];
  CHECK(note.rule == "met.test");
  CHECK(note.matched);
  CHECK(note.match == "Anna Ivanova met Pavel Orlov + and Olga Smirnova");
  REQUIRE(note.groups.size() == 1);
  CHECK(note.groups[0].entities ==
        std::vector<std::string>{"Anna Ivanova (person, full name)", "(nothing)"});
  CHECK(note.dropped == "the reason that counts");
  CHECK(r.sentences[0].triples.size() == 1);
  CHECK(r.triples.size() == 2);
  CHECK(r.removed == std::vector<std::string>{"a duplicate"});
}

}  // namespace polgraph
