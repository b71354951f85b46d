#include "extract/lazy_regex.h"

#include <utility>

namespace polgraph {
namespace {

// Small enough that RE2 gives up compiling at the first instruction, after
// parsing: two thirds of it (the forward program's share) is under the size
// of an empty program.
constexpr int64_t kParseOnlyMaxMem = 64;

}  // namespace

LazyRegex::LazyRegex(std::string pattern, const RE2::Options& options, Place place,
                     std::string what)
    : state_(std::make_unique<State>()) {
  state_->pattern = std::move(pattern);
  state_->options = options;
  state_->place = std::move(place);
  state_->what = std::move(what);
}

const RE2& LazyRegex::get() const {
  const RE2* re = state_->ready.load(std::memory_order_acquire);
  return re ? *re : Compile();
}

const RE2& LazyRegex::Compile() const {
  State& s = *state_;
  std::lock_guard<std::mutex> lock(s.mutex);
  if (!s.re) s.re = std::make_unique<RE2>(s.pattern, s.options);
  if (!s.re->ok()) throw Error(s.what + s.re->error(), s.place);
  s.ready.store(s.re.get(), std::memory_order_release);
  return *s.re;
}

bool LazyRegex::compiled() const {
  if (!state_) return false;
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->re != nullptr;
}

const std::string& LazyRegex::pattern() const {
  static const std::string kNone;
  return state_ ? state_->pattern : kNone;
}

std::map<std::string, int> CheckRegexSyntax(const std::string& pattern, const RE2::Options& options,
                                            const Place& place, const std::string& what) {
  RE2::Options parse_only = options;
  parse_only.set_max_mem(kParseOnlyMaxMem);
  parse_only.set_log_errors(false);
  RE2 re(pattern, parse_only);
  if (re.error_code() != RE2::NoError && re.error_code() != RE2::ErrorPatternTooLarge)
    throw Error(what + re.error(), place);
  return re.NamedCapturingGroups();
}

}  // namespace polgraph
