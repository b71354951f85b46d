// The built-in rules' examples: loading the built-in rules compiles nothing
// and checks no example (start-up), so this is where every example of every
// built-in rule is checked against its pattern and its trigger, and every
// program of every rule compiles.
#include <catch2/catch.hpp>
#include <string>

#include "base/error.h"
#include "extract/rule_set.h"

using polgraph::Error;
using polgraph::Rule;
using polgraph::RuleSet;

TEST_CASE("Every built-in rule compiles and matches each of its examples", "[rules]") {
  const RuleSet set = RuleSet::Default();
  REQUIRE(set.size() >= 20);
  size_t examples = 0;
  for (const Rule& rule : set.rules()) {
    CAPTURE(rule.source, rule.id);
    std::string failure;
    try {
      set.Check(rule);
    } catch (const Error& e) {
      failure = e.what();  // names the file and the rule: "met.json: rule met.x: example ..."
    }
    CHECK(failure == "");
    CHECK(rule.re.compiled());
    examples += rule.examples.size();
  }
  CHECK(examples >= set.size());  // most rules carry examples
}

TEST_CASE("A built-in rule's groups, read at load without compiling, are its program's",
          "[rules]") {
  const RuleSet set = RuleSet::Default();
  for (const Rule& rule : set.rules()) {
    CAPTURE(rule.id);
    const auto& groups = rule.re->NamedCapturingGroups();
    auto index = [&](const char* name) {
      auto it = groups.find(name);
      return it == groups.end() ? -1 : it->second;
    };
    CHECK(rule.subject == index("subject"));
    CHECK(rule.subjects == index("subjects"));
    CHECK(rule.object == index("object"));
    CHECK(rule.objects == index("objects"));
    CHECK(rule.role == index("role"));
    CHECK(rule.content == index("content"));
  }
}

TEST_CASE("Loading the built-in rules compiles none of them", "[rules]") {
  const RuleSet set = RuleSet::Default();
  for (const Rule& rule : set.rules()) {
    CAPTURE(rule.id);
    CHECK_FALSE(rule.re.compiled());
    for (const polgraph::LazyRegex& c : rule.continuations) CHECK_FALSE(c.compiled());
  }
}

TEST_CASE("CheckAll checks every built-in rule on all cores", "[rules]") {
  const RuleSet set = RuleSet::Default();
  CHECK_NOTHROW(set.CheckAll());
  for (const Rule& rule : set.rules()) CHECK(rule.re.compiled());
}
