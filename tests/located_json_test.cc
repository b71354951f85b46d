#include "base/located_json.h"

#include <catch2/catch.hpp>

#include "base/error.h"

using polgraph::JsonNode;
using polgraph::ParseLocatedJson;

TEST_CASE("ParseLocatedJson keeps the line of every value", "[aliases]") {
  JsonNode root = ParseLocatedJson(
      "{\n  \"a\": [1,\n    \"two\",\n    {\"b\": true}],\n"
      "  \"c\": null\n}",
      "x.json");
  REQUIRE(root.IsObject());
  CHECK(root.line == 1);
  const JsonNode* a = root.Get("a");
  REQUIRE(a);
  REQUIRE(a->items.size() == 3);
  CHECK(a->line == 2);
  CHECK(a->items[0].kind == JsonNode::Kind::kNumber);
  CHECK(a->items[0].text == "1");
  CHECK(a->items[1].text == "two");
  CHECK(a->items[1].line == 3);
  CHECK(a->items[2].line == 4);
  CHECK(a->items[2].Get("b")->boolean);
  CHECK(root.Get("c")->kind == JsonNode::Kind::kNull);
  CHECK(root.Get("c")->line == 5);
  CHECK(root.Get("d") == nullptr);
}

TEST_CASE("ParseLocatedJson reports syntax errors with their line", "[aliases]") {
  try {
    ParseLocatedJson("{\n\"a\": 1\n\"b\": 2}", "x.json");
    FAIL("no error");
  } catch (const polgraph::Error& e) {
    CHECK(e.place().file == "x.json");
    CHECK(e.place().line == 3);
    CHECK(std::string(e.what()) ==
          "x.json:3: invalid JSON: Missing a comma or '}' after an object member.");
  }
}

// Issue 7, hostile input: a rules or aliases file of deeply nested arrays ran
// the recursive parser (and the tree's destructor) out of stack.
TEST_CASE("ParseLocatedJson refuses nesting deeper than 256 levels", "[aliases]") {
  auto [depth, message] = GENERATE(table<size_t, std::string>({
      {256, ""},
      {257, "deep.json:1: arrays and objects nested more than 256 deep"},
      {500000, "deep.json:1: arrays and objects nested more than 256 deep"},
  }));
  CAPTURE(depth);
  const std::string json = std::string(depth, '[') + std::string(depth, ']');
  std::string error;
  try {
    JsonNode root = ParseLocatedJson(json, "deep.json");
    CHECK(root.IsArray());
  } catch (const polgraph::Error& e) {
    error = e.what();
  }
  CHECK(error == message);
}

// Issue 15, item 8: a key given twice kept only one of the values, silently.
TEST_CASE("ParseLocatedJson refuses a key given twice", "[aliases]") {
  CHECK_THROWS_WITH(ParseLocatedJson("{\"name\": \"A\",\n \"name\": \"B\"}", "k.json"),
                    "k.json:2: key \"name\" appears twice in one object");
  CHECK_THROWS_WITH(ParseLocatedJson("[{\"a\": 1}, {\"b\": {\"c\": 1, \"c\": 2}}]", "k.json"),
                    "k.json:1: key \"c\" appears twice in one object");
  // One key in each of two objects, and a key named like its parent's, are fine.
  JsonNode root = ParseLocatedJson(R"([{"a": 1}, {"a": {"a": 2}}])", "k.json");
  CHECK(root.items.size() == 2);
}

TEST_CASE("ParseLocatedJson finds a key given twice in an object of any size", "[aliases]") {
  // Small objects are searched member by member, large ones through a set of
  // their keys: the repeat is found wherever it falls, first seen or last.
  for (int members : {2, 15, 16, 17, 40}) {
    for (int repeat_of : {0, members / 2, members - 1}) {
      CAPTURE(members, repeat_of);
      std::string json = "{";
      for (int i = 0; i < members; ++i) json += "\"k" + std::to_string(i) + "\": 1,\n";
      JsonNode whole = ParseLocatedJson(json.substr(0, json.size() - 2) + "}", "k.json");
      CHECK(whole.members.size() == static_cast<size_t>(members));
      json += "\"k" + std::to_string(repeat_of) + "\": 2}";
      CHECK_THROWS_WITH(ParseLocatedJson(json, "k.json"),
                        "k.json:" + std::to_string(members + 1) + ": key \"k" +
                            std::to_string(repeat_of) + "\" appears twice in one object");
    }
  }
}
