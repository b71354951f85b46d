// Extraction rules, kept as data: JSON files of rules, each an id, a relation
// and an RE2 pattern with named groups (subject, object / objects, role),
// written with macros ({PERSON}, {TITLE}, {ORG}, {NAME_LIST}, ...) that are
// expanded before compiling. The default rules (extract/rules/) are compiled
// into the binary. See docs/rules.md.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace polgraph {

class RuleSet {
 public:
  RuleSet();
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;
  RuleSet(const RuleSet&) = delete;  // owns compiled RE2 programs

  /// The rules compiled into polgraph.
  static RuleSet Default();

  /// Adds the rules of a JSON rules document. `source` names it in errors.
  /// Throws Error naming the file, the rule id and RE2's message for a bad
  /// pattern, an unknown macro or a missing group.
  void Load(std::string_view json, const std::string& source);

  size_t size() const;

  class Impl;  // defined by the extractor's implementation
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace polgraph
