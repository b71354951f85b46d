// Extraction rules, kept as data: JSON files of rules, each an id, a relation
// and an RE2 pattern with named groups (subject, object / objects, role),
// written with macros ({PERSON}, {TITLE}, {ORG}, {NAME_LIST}, ...) that are
// expanded before compiling. Patterns and triggers read masked sentences
// (masked_sentence.h: each mention one placeholder word, which the entity
// macros match); `unless` reads the match's own text. The default rules
// (extract/rules/) are compiled into the binary. Word lists that name a macro
// (word_lists.h: "office_nouns" is {OFFICE_NOUN}) are macros too, and the
// rule set's mention finder, which masks sentences and checks examples, knows
// the same lists. See docs/rules.md.
//
// A RuleSet is built once, then only read: its programs are safe to match
// from several threads at once. Loading checks each pattern's syntax, macros
// and groups but compiles nothing: a rule's programs compile on first use
// (lazy_regex.h), so that start-up does not pay for rules an input never
// tries. The rules of a user's file (Load) are compiled and their examples
// checked at load; the built-in rules' examples are checked by the tests.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "extract/lazy_regex.h"
#include "extract/relation_traits.h"
#include "extract/submatch_memo.h"
#include "extract/trigger_filter.h"
#include "extract/triple.h"
#include "extract/word_lists.h"

namespace polgraph {

class MentionFinder;

/// One rule, its programs compiled on first use. Group indexes are RE2
/// submatch numbers, -1 when absent.
struct Rule {
  std::string id;
  Relation relation = Relation::kMet;
  std::string description;
  std::string source;    // the rules file it came from
  std::string pattern;   // as written, macros unexpanded
  std::string expanded;  // as compiled
  std::string trigger;   // expanded; the pattern itself when the rule gives none
  LazyRegex re;
  LazyRegex unless;  // a match whose text this matches is dropped
  /// Anchored patterns tried where a match's last group ended, each adding
  /// more objects (and roles) for the same subject: "... and B as Y".
  std::vector<LazyRegex> continuations;
  /// The groups of match texts already seen (RuleMatcher); shared by the threads.
  std::shared_ptr<const SubmatchMemo> memo = std::make_shared<SubmatchMemo>();
  std::vector<std::string> examples;
  bool role_from_title = false;  // no role group: the object's title is the role
  bool headline_only = false;    // runs on the item's title only
  bool collective = false;       // the subject is a group: each person met in the item
  bool group = false;  // the subject is a group noun: the people named before (group_subject.h)
  int subject = -1, subjects = -1, object = -1, objects = -1, role = -1, content = -1;
};

class RuleSet {
 public:
  /// No rules; the macros of the mention table and of the default word lists.
  RuleSet();
  /// No rules; the macros of the mention table and of `words`. Throws Error
  /// naming the list's file and line when a list's macro is a mention macro.
  explicit RuleSet(WordLists words);
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;
  RuleSet(const RuleSet&) = delete;  // owns compiled RE2 programs

  /// The rules compiled into polgraph, with the default word lists.
  static RuleSet Default();
  /// The rules compiled into polgraph, reading `words` (the default lists and
  /// any the user added): {OFFICE_NOUN} and the other list macros are theirs.
  static RuleSet Default(WordLists words);

  /// Adds the relations and rules of a JSON rules document. `source` names it
  /// in errors. Macros from the mention table, from this document and from
  /// documents loaded before are visible; so are the built-in relations and
  /// those declared here or before. Its rules are compiled and checked at
  /// once (Check). Throws Error naming the file, the rule id and the problem
  /// (RE2's message for a bad pattern, an unknown macro, a missing group, an
  /// unknown relation, a duplicate id, an example that fails;
  /// RelationTraits::Load's for a bad relation declaration).
  void Load(std::string_view json, const std::string& source);

  /// Compiles every program of `rule` now (its pattern, unless, continuations)
  /// and checks that each of its examples, masked as the extractor reads a
  /// sentence, matches its pattern and its trigger. Throws Error naming the
  /// rule's file and id.
  void Check(const Rule& rule) const;

  /// Check() of every rule, in order; the first failure is thrown.
  void CheckAll() const;  // on all cores

  size_t size() const { return rules_.size(); }
  /// The built-in relations and those the loaded documents declared.
  const RelationTraits& relations() const { return relations_; }
  const WordLists& words() const { return words_; }
  /// The mention finder of words(): the one that masks the sentences the
  /// rules read (the examples were checked with it).
  const MentionFinder& finder() const { return *finder_; }
  const std::vector<Rule>& rules() const { return rules_; }

  /// Indexes into rules() of the rules whose trigger matches `masked` (a
  /// masked sentence), in ascending order: the only rules worth running on it.
  std::vector<int> Candidates(std::string_view masked) const;

  /// The compiled trigger of rule `index` when the rule gives one (Check: it
  /// matches from the start of each of the pattern's matches), else null.
  const RE2* OwnTrigger(int index) const { return own_triggers_[index]; }

  /// True when `name` is a news agency, press service or other source that is
  /// never an entity (the documents' "not_entities" patterns).
  bool IsNotEntity(std::string_view name) const;

  /// Expands {MACRO} references in `pattern` (exposed for tests and explain).
  /// Throws Error for an unknown macro or macros nested too deep.
  std::string Expand(std::string_view pattern) const;

 private:
  struct RawRule;
  struct Document;
  static Document Parse(std::string_view json, const std::string& source);
  // `check`: every pattern's whole expansion parsed, every rule Check()ed.
  void AddMacros(const Document& doc, bool check);
  void AddRules(const Document& doc, bool check);
  Rule ReadRule(const RawRule& raw, const std::string& source, bool check) const;
  std::string ExpandWith(std::string_view pattern,
                         const std::set<std::string, std::less<>>* stubs) const;
  // `pattern` expanded with each macro that holds no capturing group left
  // out ("(?:)"): the same groups, numbered alike, as Expand(pattern), in a
  // small part of the text.
  std::string Skeleton(std::string_view pattern) const;
  void ScreenMacros();  // sorts the macros not yet seen into groupless_macros_
  void AssignGroups(const std::map<std::string, int>& groups, Rule* rule) const;
  void CompilePrefilter();

  WordLists words_;
  std::unique_ptr<MentionFinder> finder_;  // built from words_
  std::map<std::string, std::string, std::less<>> macros_;
  std::set<std::string, std::less<>> groupless_macros_;  // expansions surely without groups
  std::set<std::string, std::less<>> screened_macros_;   // sorted into groupless_macros_ or not
  RelationTraits relations_ = RelationTraits::Builtin();
  std::vector<Rule> rules_;
  std::vector<std::string> not_entity_patterns_;  // expanded, each in (?:...)
  LazyRegex not_entity_;                          // all of them as one alternation
  std::unique_ptr<TriggerFilter> prefilter_;      // the triggers, one per rule
  std::vector<const RE2*> own_triggers_;  // into prefilter_; null: the pattern is the trigger
};

}  // namespace polgraph
