#include "feed/json_item.h"

#include <algorithm>
#include <optional>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "base/error.h"
#include "base/json_keys.h"
#include "base/line_reader.h"
#include "feed/feed_format.h"

namespace polgraph {
namespace {

using rapidjson::Value;

// The member `name`, or nullptr when it is absent or null.
const Value* Member(const Value& object, const char* name) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || it->value.IsNull()) return nullptr;
  return &it->value;
}

// The string member `name`; nullopt when absent. Throws when it is not a string.
std::optional<std::string_view> StringMember(const Value& object, const char* name) {
  const Value* value = Member(object, name);
  if (!value) return std::nullopt;
  if (!value->IsString()) throw Error(std::string("\"") + name + "\" is not a string");
  return std::string_view(value->GetString(), value->GetStringLength());
}

std::string_view RequiredString(const Value& object, const char* name) {
  std::optional<std::string_view> text = StringMember(object, name);
  if (!text) throw Error(std::string("JSON item has no \"") + name + "\"");
  return *text;
}

// Throws when a decoded string holds control characters (from \u escapes).
void CheckDecoded(std::string_view text, const char* name) {
  if (std::string problem = TextProblem(text); !problem.empty()) {
    throw Error(std::string("in \"") + name + "\": " + problem);
  }
}

std::string ReadId(const Value& object) {
  const Value* id = Member(object, "id");
  if (!id) return "";
  if (id->IsString()) return std::string(id->GetString(), id->GetStringLength());
  if (id->IsUint64()) return std::to_string(id->GetUint64());
  if (id->IsInt64()) return std::to_string(id->GetInt64());
  throw Error("\"id\" is not a string or an integer");
}

void ReadDate(const Value& object, Item* item) {
  std::optional<std::string_view> text = StringMember(object, "date");
  if (!text) return;
  std::optional<Date> date = Date::ParseIso(*text);
  if (!date)
    throw Error("bad \"date\" '" + std::string(*text) + "' (expected ISO 8601 YYYY-MM-DD)");
  item->date = *date;
  if (text->size() >= 16 && IsValidTime(text->substr(11, 5))) item->time = text->substr(11, 5);
}

void ReadViews(const Value& object, Item* item) {
  const Value* views = Member(object, "views");
  if (!views) return;
  if (!views->IsInt64() || views->GetInt64() < 0) throw Error("\"views\" is not a count");
  item->views = views->GetInt64();
}

void ReadText(std::string_view text, Item* item) {
  while (!text.empty()) {
    const size_t end = std::min(text.find('\n'), text.size());
    const std::string_view paragraph = text.substr(0, end);
    CheckDecoded(TrimWhitespace(paragraph), "text");
    AddParagraph(paragraph, item);
    text.remove_prefix(std::min(end + 1, text.size()));
  }
}

}  // namespace

uint64_t ParseJsonItem(std::string_view line, Item* item) {
  rapidjson::Document doc;
  // Iterative: nesting as deep as the line is long must not exhaust the stack.
  doc.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(line.data(),
                                                                                    line.size());
  if (doc.HasParseError()) {
    throw Error("malformed JSON at column " + std::to_string(doc.GetErrorOffset() + 1) + ": " +
                rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsObject()) throw Error("JSON item is not an object");
  if (std::optional<std::string> key = RepeatedKey(doc))
    throw Error("key \"" + *key + "\" appears twice in one object");

  std::string title(TrimWhitespace(RequiredString(doc, "title")));
  std::replace_if(
      title.begin(), title.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  CheckDecoded(title, "title");
  if (title.empty()) throw Error("\"title\" is empty");
  const std::string_view text = RequiredString(doc, "text");
  // Optional; kept with the item and part of a derived id.
  std::optional<std::string_view> publisher = StringMember(doc, "source");
  std::optional<std::string_view> url = StringMember(doc, "url");
  if (publisher) CheckDecoded(*publisher, "source");
  if (url) CheckDecoded(*url, "url");

  item->title = std::move(title);
  item->publisher = std::string(TrimWhitespace(publisher.value_or("")));
  item->url = std::string(TrimWhitespace(url.value_or("")));
  ReadText(text, item);
  ReadDate(doc, item);
  ReadViews(doc, item);
  item->id = ReadId(doc);
  const uint64_t content_hash = ItemContentHash(*item);
  if (item->id.empty())
    item->id = DeriveItemIdFromHash(
        *item, content_hash,
        std::string(publisher.value_or("")) + '\n' + std::string(url.value_or("")));
  return content_hash;
}

}  // namespace polgraph
