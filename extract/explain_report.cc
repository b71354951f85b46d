#include "extract/explain_report.h"

namespace polgraph {
namespace {

std::string Describe(const EntityRef& e, const std::string& how) {
  return e.name + " (" + std::string(ToString(e.type)) + (how.empty() ? "" : ", " + how) + ")";
}

}  // namespace

void ExplainRecorder::SentenceStarted(const Sentence& s, std::string_view masked) {
  report_.sentences.push_back({std::string(s.text), s.headline, std::string(masked), {}, {}, {}});
}

void ExplainRecorder::MentionFound(const Sentence& s, const Mention& m, const Resolution& r) {
  sentence().mentions.push_back(
      {std::string(s.Text({m.begin, m.end})), m.name, m.title, m.type, r.entity, r.how});
}

void ExplainRecorder::RuleTried(const Rule& rule) {
  sentence().rules.push_back({rule.id, false, "", {}, ""});
}

void ExplainRecorder::Matched(std::string_view text) {
  ExplainReport::RuleNote& note = rule();
  note.matched = true;
  if (!note.match.empty()) note.match += " | ";
  note.match += text;
}

void ExplainRecorder::ContinuationMatched(std::string_view text) {
  rule().match += " + " + std::string(text);
}

void ExplainRecorder::GroupRead(std::string_view group, std::string_view text,
                                std::span<const ResolvedArgument> entities) {
  ExplainReport::GroupNote g{std::string(group), std::string(text), {}};
  for (const ResolvedArgument& a : entities)
    g.entities.push_back(a.entity.empty() ? "(nothing)" : Describe(a.entity, a.how));
  rule().groups.push_back(std::move(g));
}

void ExplainRecorder::Dropped(std::string_view reason) { rule().dropped = reason; }

void ExplainRecorder::SentenceDone(const std::vector<Triple>& triples) {
  sentence().triples = triples;
}

void ExplainRecorder::ItemDone(const std::vector<Triple>& triples,
                               std::vector<std::string> removed) {
  report_.triples = triples;
  report_.removed = std::move(removed);
}

}  // namespace polgraph
