#include "extract/rule_set.h"

#include <algorithm>
#include <exception>
#include <set>
#include <thread>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "base/error.h"
#include "base/located_json.h"
#include "extract/embedded_data.h"
#include "extract/masked_sentence.h"
#include "extract/mention.h"

namespace polgraph {
namespace {

constexpr int kMaxMacroDepth = 8;
constexpr int64_t kMaxProgramBytes = 64 << 20;

const std::set<std::string_view> kGroupNames = {"subject", "subjects", "object",
                                                "objects", "role",     "content"};
const std::set<std::string_view> kRuleFields = {"id",          "relation", "pattern",
                                                "description", "examples", "flags",
                                                "unless",      "trigger",  "continue"};
const std::set<std::string_view> kFlags = {"role_from_title", "headline_only", "collective",
                                           "group"};
const std::set<std::string_view> kDocumentFields = {"description", "macros", "relations",
                                                    "not_entities", "rules"};

RE2::Options CompileOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_max_mem(kMaxProgramBytes);
  return options;
}

bool IsMacroNameChar(char c, bool first) {
  return (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
}

// Length of the macro name at `text[pos]` (just after '{') if a '}' closes it, else 0.
size_t MacroNameLength(std::string_view text, size_t pos) {
  size_t n = 0;
  while (pos + n < text.size() && IsMacroNameChar(text[pos + n], n == 0)) ++n;
  if (n == 0 || pos + n >= text.size() || text[pos + n] != '}') return 0;
  return n;
}

// Line (1-based) of byte `offset` in `text`.
long LineOf(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<long>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::string StringField(const rapidjson::Value& object, const char* name, const Place& place,
                        bool required) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd()) {
    if (required) throw Error(std::string("missing \"") + name + "\"", place);
    return "";
  }
  if (!it->value.IsString()) throw Error(std::string("\"") + name + "\" must be a string", place);
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::vector<std::string> StringList(const rapidjson::Value& object, const char* name,
                                    const Place& place) {
  std::vector<std::string> out;
  auto it = object.FindMember(name);
  if (it == object.MemberEnd()) return out;
  if (!it->value.IsArray())
    throw Error(std::string("\"") + name + "\" must be a list of strings", place);
  for (const auto& v : it->value.GetArray()) {
    if (!v.IsString())
      throw Error(std::string("\"") + name + "\" must be a list of strings", place);
    out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

// Checks `pattern`'s syntax (throws Error carrying RE2's message) and
// returns its named groups; compiles nothing.
std::map<std::string, int> CheckSyntax(const std::string& pattern, const Place& place,
                                       const std::string& what) {
  return CheckRegexSyntax(pattern, CompileOptions(), place, what);
}

// `pattern`, compiled on first use. REQUIRES: CheckSyntax(pattern) passed.
LazyRegex Lazy(std::string pattern, const Place& place, std::string what) {
  return LazyRegex(std::move(pattern), CompileOptions(), place, std::move(what));
}

}  // namespace

// A rule as read from JSON, not yet compiled.
struct RuleSet::RawRule {
  Place place;
  std::string relation, pattern, description, unless, trigger;
  std::vector<std::string> examples, flags, continuations;
};

// A parsed (not yet compiled) rules document.
struct RuleSet::Document {
  std::string source;
  std::vector<std::pair<std::string, std::string>> macros;
  std::vector<std::string> not_entities;
  bool relations = false;  // declares relations (read by RelationTraits::Load)
  std::vector<RawRule> rules;
};

RuleSet::RuleSet() : RuleSet(WordLists::Default()) {}

RuleSet::RuleSet(WordLists words)
    : words_(std::move(words)), finder_(std::make_unique<MentionFinder>(words_)) {
  for (const auto& [name, regex] : MentionMacros()) macros_.emplace(name, regex);
  for (const WordList& list : words_.lists()) {
    if (list.macro.empty()) continue;
    if (!macros_.emplace(list.macro, MacroPattern(list)).second)
      throw Error("list " + list.name + ": macro " + list.macro + " is already defined",
                  list.place);
  }
}
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

RuleSet RuleSet::Default() { return Default(WordLists::Default()); }

RuleSet RuleSet::Default(WordLists words) {
  RuleSet set(std::move(words));
  std::vector<Document> docs;
  for (const EmbeddedFile& file : DefaultRuleFiles())
    docs.push_back(Parse(file.content, std::string(file.name)));
  // Macros first, so any default file may use another's macros.
  for (const Document& doc : docs) set.AddMacros(doc, false);
  for (const Document& doc : docs)
    set.AddRules(doc, false);  // examples: tests/rule_examples_test.cc
  set.CompilePrefilter();
  return set;
}

void RuleSet::Load(std::string_view json, const std::string& source) {
  Document doc = Parse(json, source);
  if (doc.relations) relations_.Load(json, source);
  AddMacros(doc, true);
  AddRules(doc, true);
  CompilePrefilter();
}

RuleSet::Document RuleSet::Parse(std::string_view json, const std::string& source) {
  rapidjson::Document root;
  root.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
  if (root.HasParseError()) {
    throw Error(std::string("not valid JSON: ") + rapidjson::GetParseError_En(root.GetParseError()),
                Place{source, LineOf(json, root.GetErrorOffset()), ""});
  }
  const Place file{source, 0, ""};
  if (!root.IsObject()) throw Error("a rules file is a JSON object with \"rules\"", file);
  for (const auto& m : root.GetObject()) {
    std::string_view field(m.name.GetString(), m.name.GetStringLength());
    if (!kDocumentFields.count(field))
      throw Error("unknown field \"" + std::string(field) + "\"", file);
  }
  Document doc;
  doc.source = source;
  if (auto it = root.FindMember("macros"); it != root.MemberEnd()) {
    if (!it->value.IsObject()) throw Error("\"macros\" must be an object", file);
    for (const auto& m : it->value.GetObject()) {
      std::string name(m.name.GetString(), m.name.GetStringLength());
      if (!m.value.IsString()) throw Error("macro " + name + " must be a string", file);
      if (MacroNameLength(name + "}", 0) != name.size())
        throw Error("bad macro name \"" + name + "\" (use A-Z, 0-9 and _)", file);
      doc.macros.emplace_back(name, m.value.GetString());
    }
  }
  doc.relations = root.HasMember("relations");
  doc.not_entities = StringList(root, "not_entities", file);
  auto rules = root.FindMember("rules");
  if (rules == root.MemberEnd()) {
    if (doc.macros.empty() && doc.not_entities.empty() && !doc.relations)
      throw Error("no \"rules\", \"macros\" or \"not_entities\"", file);
    ParseLocatedJson(json, source);  // for what RapidJSON lets by: a key given twice
    return doc;
  }
  if (!rules->value.IsArray()) throw Error("\"rules\" must be a list", file);
  int n = 0;
  for (const auto& r : rules->value.GetArray()) {
    ++n;
    Place place{source, 0, "#" + std::to_string(n)};
    if (!r.IsObject()) throw Error("a rule must be an object", place);
    place.rule = StringField(r, "id", place, true);
    if (place.rule.empty()) throw Error("empty \"id\"", place);
    for (const auto& m : r.GetObject()) {
      std::string_view field(m.name.GetString(), m.name.GetStringLength());
      if (kRuleFields.count(field)) continue;
      std::string message = "unknown field \"" + std::string(field) + "\"";
      if (field == "subject_types" || field == "object_types")
        message += " (entity types are declared with the relation)";
      throw Error(message, place);
    }
    RawRule raw;
    raw.place = place;
    raw.relation = StringField(r, "relation", place, true);
    raw.pattern = StringField(r, "pattern", place, true);
    raw.description = StringField(r, "description", place, false);
    raw.unless = StringField(r, "unless", place, false);
    raw.trigger = StringField(r, "trigger", place, false);
    raw.examples = StringList(r, "examples", place);
    raw.flags = StringList(r, "flags", place);
    raw.continuations = StringList(r, "continue", place);
    doc.rules.push_back(std::move(raw));
  }
  ParseLocatedJson(json, source);  // for what RapidJSON lets by: a key given twice
  return doc;
}

void RuleSet::AddMacros(const Document& doc, bool check) {
  for (const auto& [name, regex] : doc.macros) {
    if (macros_.count(name))
      throw Error("macro " + name + " is already defined", Place{doc.source, 0, ""});
    macros_.emplace(name, regex);
  }
  const Place file{doc.source, 0, ""};
  for (const std::string& pattern : doc.not_entities) {
    try {
      std::string expanded = Expand(pattern);
      if (check) CheckSyntax(expanded, file, "not_entities: ");  // each alone, for its own error
      not_entity_patterns_.push_back("(?:" + expanded + ")");
    } catch (const Error& e) {
      throw e.WithinPlace(file);
    }
  }
  // One program for all of them: every picked entity is checked.
  if (!doc.not_entities.empty()) {
    std::string any;
    for (const std::string& pattern : not_entity_patterns_)
      any += (any.empty() ? "" : "|") + pattern;
    if (check) CheckSyntax(any, file, "not_entities: ");
    not_entity_ = Lazy(std::move(any), file, "not_entities: ");
  }
}

std::string RuleSet::Expand(std::string_view pattern) const { return ExpandWith(pattern, nullptr); }

std::string RuleSet::ExpandWith(std::string_view pattern,
                                const std::set<std::string, std::less<>>* stubs) const {
  // Iterative expansion: each {NAME} becomes (?:definition), expanded in turn
  // (or (?:) when NAME is in `stubs`).
  std::string out;
  std::vector<std::pair<std::string_view, size_t>> stack = {{pattern, 0}};
  std::vector<std::string> open;  // names being expanded, innermost last
  while (!stack.empty()) {
    auto& [text, pos] = stack.back();
    if (pos >= text.size()) {
      stack.pop_back();
      if (!open.empty() && stack.size() == open.size()) {
        open.pop_back();
        out += ')';
      }
      continue;
    }
    char c = text[pos];
    if (c == '\\' && pos + 1 < text.size()) {  // an escape: \p{L}, \x{41} and \{ are no macros
      size_t n = 2;
      if (std::string_view("pPx").find(text[pos + 1]) != std::string_view::npos &&
          pos + 2 < text.size() && text[pos + 2] == '{') {
        size_t close = text.find('}', pos + 2);
        n = close == std::string_view::npos ? text.size() - pos : close + 1 - pos;
      }
      out.append(text.substr(pos, n));
      pos += n;
      continue;
    }
    size_t n = c == '{' ? MacroNameLength(text, pos + 1) : 0;
    if (n == 0) {
      out += c;
      ++pos;
      continue;
    }
    std::string name(text.substr(pos + 1, n));
    pos += n + 2;
    auto it = macros_.find(name);
    if (it == macros_.end()) throw Error("unknown macro {" + name + "}");
    if (stubs && stubs->count(name)) {
      out += "(?:)";
      continue;
    }
    if (std::find(open.begin(), open.end(), name) != open.end())
      throw Error("macro {" + name + "} refers to itself (through {" + open.back() + "})");
    if (static_cast<int>(open.size()) >= kMaxMacroDepth)
      throw Error("macro {" + name + "} nests more than " + std::to_string(kMaxMacroDepth) +
                  " macros deep (the limit)");
    open.push_back(name);
    out += "(?:";
    stack.emplace_back(it->second, 0);
  }
  return out;
}

void RuleSet::AddRules(const Document& doc, bool check) {
  ScreenMacros();
  for (const RawRule& raw : doc.rules) {
    if (std::any_of(rules_.begin(), rules_.end(),
                    [&](const Rule& r) { return r.id == raw.place.rule; }))
      throw Error("duplicate rule id", raw.place);
    Rule rule;
    try {
      rule = ReadRule(raw, doc.source, check);
    } catch (const Error& e) {
      throw e.WithinPlace(raw.place);
    }
    if (check) Check(rule);
    rules_.push_back(std::move(rule));
  }
}

Rule RuleSet::ReadRule(const RawRule& raw, const std::string& source, bool check) const {
  const Place& place = raw.place;
  auto relation = Relation::Parse(raw.relation);
  if (!relation || !relations_.IsDeclared(*relation))
    throw Error("unknown relation \"" + raw.relation + "\" (" + relations_.Names() +
                    ", or declare it in \"relations\")",
                place);
  Rule rule;
  rule.id = place.rule;
  rule.relation = *relation;
  rule.description = raw.description;
  rule.source = source;
  rule.pattern = raw.pattern;
  // Syntax errors first, in the author's own text (an unexpanded {MACRO} is a literal to RE2).
  CheckSyntax(raw.pattern, place, "");
  rule.expanded = Expand(raw.pattern);
  // The groups, from the pattern with its macros that hold no group stubbed
  // out: parsing the whole expansion (9 kB a rule) was most of start-up.
  // With `check`, the whole expansion too, for its syntax errors.
  if (check) CheckSyntax(rule.expanded, place, "after expanding macros: ");
  for (const std::string& flag : raw.flags) {
    if (!kFlags.count(flag)) throw Error("unknown flag \"" + flag + "\"", place);
    if (flag == "role_from_title") rule.role_from_title = true;
    if (flag == "headline_only") rule.headline_only = true;
    if (flag == "collective") rule.collective = true;
    if (flag == "group") rule.group = true;
  }
  AssignGroups(CheckSyntax(Skeleton(raw.pattern), place, "after expanding macros: "), &rule);
  rule.re = Lazy(rule.expanded, place, "after expanding macros: ");
  if (!raw.unless.empty()) {
    std::string unless = Expand(raw.unless);
    if (check) CheckSyntax(unless, place, "unless: ");
    rule.unless = Lazy(std::move(unless), place, "unless: ");
  }
  for (const std::string& c : raw.continuations) {
    std::string expanded = Expand(c);
    if (check) CheckSyntax(expanded, place, "continue: ");
    for (const auto& [name, index] : CheckSyntax(Skeleton(c), place, "continue: ")) {
      if (name != "object" && name != "objects" && name != "role")
        throw Error("continue: only object, objects and role groups may be used", place);
    }
    rule.continuations.push_back(Lazy(std::move(expanded), place, "continue: "));
  }
  rule.trigger = raw.trigger.empty() ? rule.expanded : Expand(raw.trigger);
  if (check) CheckSyntax(rule.trigger, place, "trigger: ");  // else: CompilePrefilter
  rule.examples = raw.examples;
  return rule;
}

void RuleSet::Check(const Rule& rule) const {
  const Place place{rule.source, 0, rule.id};
  try {
    const RE2& re = *rule.re;
    if (rule.unless) rule.unless.get();
    for (const LazyRegex& c : rule.continuations) c.get();
    if (rule.examples.empty()) return;
    std::unique_ptr<RE2> own_trigger;
    if (rule.trigger != rule.expanded) {
      own_trigger = std::make_unique<RE2>(rule.trigger, CompileOptions());
      if (!own_trigger->ok()) throw Error("trigger: " + own_trigger->error());
    }
    const RE2& trigger = own_trigger ? *own_trigger : re;
    for (const std::string& example : rule.examples) {
      // Checked as the extractor reads a sentence: mentions masked.
      std::string masked = MaskMentions(example, *finder_);
      re2::StringPiece match;
      if (!re.Match(masked, 0, masked.size(), RE2::UNANCHORED, &match, 1))
        throw Error("example does not match: \"" + example + "\" (as the rules read it: \"" +
                    masked + "\")");
      // From where the match starts: the extractor looks for a second match
      // only where the trigger still matches (RuleMatcher).
      const size_t start = static_cast<size_t>(match.data() - masked.data());
      if (!trigger.Match(masked, start, masked.size(), RE2::UNANCHORED, nullptr, 0))
        throw Error(start == 0 || !RE2::PartialMatch(masked, trigger)
                        ? "example does not match the trigger: \"" + example + "\""
                        : "the trigger matches the example only before the pattern's match: \"" +
                              example + "\"");
    }
  } catch (const Error& e) {
    throw e.WithinPlace(place);
  }
}

void RuleSet::CheckAll() const {
  // Compiling is most of it: the rules are checked on all cores, each alone,
  // and the first failure in the rules' order is thrown, as if one by one.
  const size_t n = rules_.size();
  std::vector<std::exception_ptr> errors(n);
  auto check = [&](size_t first, size_t step) {
    for (size_t i = first; i < n; i += step) {
      try {
        Check(rules_[i]);
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  const size_t threads =
      std::clamp<size_t>(std::thread::hardware_concurrency(), 1, std::max<size_t>(n, 1));
  std::vector<std::thread> workers;
  for (size_t t = 1; t < threads; ++t) workers.emplace_back(check, t, threads);
  check(0, threads);
  for (std::thread& worker : workers) worker.join();
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
}

std::string RuleSet::Skeleton(std::string_view pattern) const {
  return ExpandWith(pattern, &groupless_macros_);
}

void RuleSet::ScreenMacros() {
  // A capturing group opens with "(" not followed by "?", or with "(?P<" or
  // "(?<"; an expansion without any of them surely holds no group. (An
  // escaped "\(" or one in a class is taken for a group: the macro is then
  // expanded in the skeleton, which costs time, never correctness.)
  auto may_capture = [](std::string_view text) {
    for (size_t pos = text.find('('); pos != std::string_view::npos;
         pos = text.find('(', pos + 1)) {
      std::string_view rest = text.substr(pos + 1);
      if (rest.empty() || rest[0] != '?' || rest.substr(0, 3) == "?P<" || rest.substr(0, 2) == "?<")
        return true;
    }
    return false;
  };
  for (const auto& [name, definition] : macros_) {
    if (screened_macros_.count(name)) continue;
    try {
      if (!may_capture(Expand("{" + name + "}"))) groupless_macros_.insert(name);
    } catch (const Error&) {
      // An unknown or nested-too-deep macro inside: expanded in full, which throws where used.
    }
    screened_macros_.insert(name);
  }
}

// Records the rule's group numbers; throws Error for unknown or missing groups.
void RuleSet::AssignGroups(const std::map<std::string, int>& groups, Rule* rule) const {
  for (const auto& [name, index] : groups) {
    if (!kGroupNames.count(name))
      throw Error("unknown group (?P<" + name +
                  ">): use subject, subjects, object, objects, role, content");
  }
  auto group = [&](const char* name) {
    auto it = groups.find(name);
    return it == groups.end() ? -1 : it->second;
  };
  rule->subject = group("subject");
  rule->subjects = group("subjects");
  rule->object = group("object");
  rule->objects = group("objects");
  rule->role = group("role");
  rule->content = group("content");
  bool has_object = rule->object >= 0 || rule->objects >= 0;
  bool has_subject = rule->subject >= 0 || rule->subjects >= 0;
  const DeclaredRelation& r = relations_.Of(rule->relation);
  if (r.speech) {
    if (!has_subject) throw Error("missing group (?P<subject>...) or (?P<subjects>...)");
  } else if (r.carries_office()) {
    if (!has_object) throw Error("missing group (?P<object>...) or (?P<objects>...)");
  } else if (rule->group && r.symmetric) {
    if (rule->subject < 0) throw Error("missing group (?P<subject>...): the group that met");
  } else if (!(has_subject && has_object) && rule->subjects < 0) {
    throw Error(
        "missing group: needs (?P<subject>...) and (?P<object>...) or (?P<objects>...), or "
        "(?P<subjects>...) alone");
  }
}

void RuleSet::CompilePrefilter() {
  auto filter = std::make_unique<TriggerFilter>();
  std::string error;
  std::vector<std::string> triggers;
  triggers.reserve(rules_.size());
  for (const Rule& rule : rules_) triggers.push_back(rule.trigger);
  if (int bad = filter->Compile(triggers, CompileOptions(), &error); bad >= 0)
    throw Error("trigger: " + error, Place{rules_[bad].source, 0, rules_[bad].id});
  prefilter_ = std::move(filter);
  own_triggers_.assign(rules_.size(), nullptr);
  for (size_t i = 0; i < rules_.size(); ++i)
    if (rules_[i].trigger != rules_[i].expanded)
      own_triggers_[i] = &prefilter_->Trigger(static_cast<int>(i));
}

std::vector<int> RuleSet::Candidates(std::string_view sentence) const {
  return prefilter_ ? prefilter_->Candidates(sentence) : std::vector<int>{};
}

bool RuleSet::IsNotEntity(std::string_view name) const {
  return not_entity_ && RE2::PartialMatch(re2::StringPiece(name.data(), name.size()), *not_entity_);
}

}  // namespace polgraph
