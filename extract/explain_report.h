// What the extractor did with one item, step by step, for `polgraph explain`:
// the report, and the observer that writes it (extraction_observer.h).
#pragma once

#include <string>
#include <vector>

#include "extract/extraction_observer.h"
#include "extract/triple.h"

namespace polgraph {

struct ExplainReport {
  struct MentionNote {
    std::string text;   // the span in the sentence
    std::string name;   // as the mention finder read it
    std::string title;  // title before the name, if any
    EntityType type = EntityType::kUnknown;
    EntityRef resolved;  // what the resolver made of it
    std::string how;     // the resolver's reason
  };
  struct GroupNote {
    std::string group;  // subject, object, objects, role, content
    std::string text;
    std::vector<std::string> entities;  // "name (type, how)" per entity read from it
  };
  struct RuleNote {
    std::string rule;  // rule id
    bool matched = false;
    std::string match;  // the matched text
    std::vector<GroupNote> groups;
    std::string dropped;  // why a match gave nothing, if it did
  };
  struct SentenceNote {
    std::string text;
    bool headline = false;
    std::string masked;  // the sentence as the rules read it
    std::vector<MentionNote> mentions;
    std::vector<RuleNote> rules;  // rules that passed the prefilter
    std::vector<Triple> triples;  // produced here, before deduplication
  };
  std::vector<SentenceNote> sentences;
  std::vector<Triple> triples;       // the item's final triples
  std::vector<std::string> removed;  // duplicates removed, with the reason
};

/// Writes what it observes of one item into an ExplainReport.
class ExplainRecorder : public ExtractionObserver {
 public:
  /// The report so far; complete after the item.
  ExplainReport& report() { return report_; }

  void SentenceStarted(const Sentence& sentence, std::string_view masked) override;
  void MentionFound(const Sentence& sentence, const Mention& mention,
                    const Resolution& resolution) override;
  void RuleTried(const Rule& rule) override;
  void Matched(std::string_view text) override;
  void ContinuationMatched(std::string_view text) override;
  void GroupRead(std::string_view group, std::string_view text,
                 std::span<const ResolvedArgument> entities) override;
  void Dropped(std::string_view reason) override;
  void SentenceDone(const std::vector<Triple>& triples) override;
  void ItemDone(const std::vector<Triple>& triples, std::vector<std::string> removed) override;

 private:
  ExplainReport::SentenceNote& sentence() { return report_.sentences.back(); }
  ExplainReport::RuleNote& rule() { return sentence().rules.back(); }

  ExplainReport report_;
};

}  // namespace polgraph
