#include "cli/extractor_options.h"

#include <fstream>
#include <string>

#include "base/error.h"
#include "cli/input_options.h"

namespace polgraph::cli {
namespace {

// The largest rules, words or aliases file read (the built-in ones are a few
// hundred KiB): /dev/zero or a mistyped path to a disk image must not eat memory.
constexpr size_t kMaxConfigFileBytes = 16 << 20;

std::string ReadWholeFile(const std::string& path, const char* what) {
  std::ifstream in = OpenInputFile(path, what);
  std::string text;
  char chunk[64 * 1024];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    text.append(chunk, static_cast<size_t>(in.gcount()));
    if (text.size() > kMaxConfigFileBytes)
      throw Error(std::string(what) + " file is larger than the limit of " +
                      std::to_string(kMaxConfigFileBytes >> 20) + " MiB",
                  Place{path, 0, ""});
  }
  if (in.bad()) throw Error(std::string("error reading ") + what + " file", Place{path, 0, ""});
  return text;
}

}  // namespace

void AddExtractorOptions(CLI::App* command, ExtractorOptions* options) {
  command
      ->add_option("--rules", options->rules,
                   "Load extraction rules from this JSON file too (repeatable; see "
                   "docs/rules.md)")
      ->expected(1)
      ->allow_extra_args(false);
  command
      ->add_option("--words", options->words,
                   "Load word lists (titles, organization words, countries, ...) from this JSON "
                   "file too (repeatable; see docs/rules.md)")
      ->expected(1)
      ->allow_extra_args(false);
  command->add_flag("--no-default-rules", options->no_default_rules,
                    "Use only the rules given with --rules, not the built-in ones");
  command
      ->add_option("--aliases", options->aliases,
                   "Load name aliases and office holders from this JSON file too (repeatable)")
      ->expected(1)
      ->allow_extra_args(false);
}

std::unique_ptr<Extractor> MakeExtractor(const ExtractorOptions& options) {
  if (options.no_default_rules && options.rules.empty())
    throw Error("--no-default-rules needs at least one --rules FILE");
  WordLists words = WordLists::Default();
  for (const std::string& path : options.words) words.Load(ReadWholeFile(path, "words"), path);
  RuleSet rules =
      options.no_default_rules ? RuleSet(std::move(words)) : RuleSet::Default(std::move(words));
  // The built-in rules' examples are checked by the tests, with the default
  // words; the user's words change what those rules read, so check them again.
  if (!options.words.empty()) rules.CheckAll();
  for (const std::string& path : options.rules) rules.Load(ReadWholeFile(path, "rules"), path);
  return std::make_unique<Extractor>(std::move(rules), LoadAliases(options.aliases));
}

void AddRelationsOption(CLI::App* command, std::vector<std::string>* rules_files) {
  command
      ->add_option("--rules", *rules_files,
                   "Relations declared in this rules file too: their colour, style and "
                   "behaviour (repeatable; see docs/rules.md)")
      ->expected(1)
      ->allow_extra_args(false);
}

RelationTraits LoadRelations(const std::vector<std::string>& rules_files) {
  RelationTraits relations = RelationTraits::Builtin();
  for (const std::string& path : rules_files) relations.Load(ReadWholeFile(path, "rules"), path);
  return relations;
}

void AddAliasesOption(CLI::App* command, std::vector<std::string>* aliases_files) {
  command
      ->add_option("--aliases", *aliases_files,
                   "Load name aliases and office holders from this JSON file too (repeatable)")
      ->expected(1)
      ->allow_extra_args(false);
}

Aliases LoadAliases(const std::vector<std::string>& aliases_files) {
  Aliases aliases = Aliases::Default();
  for (const std::string& path : aliases_files) aliases.Load(ReadWholeFile(path, "aliases"), path);
  return aliases;
}

}  // namespace polgraph::cli
