// An RE2 program compiled the first time it is used, not when it is made:
// most of polgraph's start-up was compiling every rule's programs, though a
// short input runs only a few of them. Made from a pattern already known to
// parse (RuleSet checks the syntax at load, see CheckRegexSyntax), so that
// compiling later can fail only for a program over the memory limit.
//
// Promises: the program is compiled at most once, by the first thread that
// uses it, while the others wait; after that using it costs one atomic load.
// Thread-safe: several threads may use one LazyRegex at once (RE2 objects
// are safe to match from several threads).
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <re2/re2.h>

#include "base/error.h"

namespace polgraph {

class LazyRegex {
 public:
  /// No pattern: false in a test, and never compiled.
  LazyRegex() = default;
  /// `pattern` compiled with `options` on first use. A compile error is
  /// thrown as Error(what + RE2's message, place).
  LazyRegex(std::string pattern, const RE2::Options& options, Place place, std::string what);

  LazyRegex(LazyRegex&&) noexcept = default;
  LazyRegex& operator=(LazyRegex&&) noexcept = default;

  /// True when there is a pattern.
  explicit operator bool() const { return state_ != nullptr; }

  /// The compiled program, compiling it if this is its first use. Throws Error
  /// when it does not compile (every use throws the same).
  /// REQUIRES: a pattern (operator bool).
  const RE2& get() const;
  const RE2& operator*() const { return get(); }
  const RE2* operator->() const { return &get(); }

  /// True once the program is compiled (whether it compiled or not).
  bool compiled() const;

  const std::string& pattern() const;

 private:
  struct State {
    std::string pattern;
    RE2::Options options;
    Place place;
    std::string what;
    std::mutex mutex;                        // held while compiling
    std::unique_ptr<RE2> re;                 // written once, under mutex
    std::atomic<const RE2*> ready{nullptr};  // re, once compiled and ok
  };
  const RE2& Compile() const;

  std::unique_ptr<State> state_;
};

/// Throws Error(what + RE2's message, place) when `pattern` is not valid RE2
/// syntax with `options`; otherwise returns its named groups. Parses without
/// compiling: a small part of the cost of a compile.
std::map<std::string, int> CheckRegexSyntax(const std::string& pattern, const RE2::Options& options,
                                            const Place& place, const std::string& what);

}  // namespace polgraph
