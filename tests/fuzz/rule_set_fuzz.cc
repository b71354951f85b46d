// Fuzzes the loading of a user's rules file (RuleSet::Load, as --rules does):
// bad JSON, bad patterns, unknown macros or groups must give polgraph::Error,
// never a crash, a hang or a stack overflow. The rules that load are then run
// on a few sentences, as the extractor runs them.
#include <string>

#include "base/error.h"
#include "extract/rule_set.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

constexpr std::string_view kSentences[] = {
    "President Kassym-Jomart Tokayev met Prime Minister Olzhas Bektenov in Astana.",
    "Akorda reports that the President received the Ambassador of Japan.",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!",
    "",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  polgraph::RuleSet rules;
  try {
    rules.Load(polgraph::fuzz::Text(data, size), "fuzz.json");
  } catch (const polgraph::Error&) {
    return 0;
  }
  for (std::string_view sentence : kSentences) {
    re2::StringPiece text(sentence.data(), sentence.size());
    for (int index : rules.Candidates(sentence)) {
      const polgraph::Rule& rule = rules.rules()[index];
      std::vector<re2::StringPiece> groups(1 + rule.re->NumberOfCapturingGroups());
      rule.re->Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(),
                     static_cast<int>(groups.size()));
    }
    rules.IsNotEntity(sentence);
  }
  return 0;
}
