// What the commands that run the extractor share: --rules FILE,
// --words FILE, --no-default-rules and --aliases FILE (each repeatable, one
// FILE per flag, so that the input FILEs after them stay input), and building the Extractor they
// describe (the files are read here; the library only sees their text).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extract/aliases.h"
#include "extract/extractor.h"

namespace polgraph::cli {

struct ExtractorOptions {
  std::vector<std::string> rules;    // extra rules files, loaded in order
  std::vector<std::string> words;    // extra word files, loaded in order before the rules
  std::vector<std::string> aliases;  // extra aliases files, loaded in order
  bool no_default_rules = false;
};

/// Adds --rules, --words, --no-default-rules and --aliases to `command`, stored into
/// `*options`. REQUIRES: `*options` outlives `command`'s parsing and callback.
void AddExtractorOptions(CLI::App* command, ExtractorOptions* options);

/// The extractor the options describe. Throws Error naming the file for an
/// unreadable or bad rules, words or aliases file, or when no rules are left.
std::unique_ptr<Extractor> MakeExtractor(const ExtractorOptions& options);

/// Adds --aliases FILE... to a command that reads the store (query): names and
/// office holders those files give are known too.
void AddAliasesOption(CLI::App* command, std::vector<std::string>* aliases_files);

/// The built-in aliases and those of the files. Throws Error naming the file
/// for an unreadable or bad file.
Aliases LoadAliases(const std::vector<std::string>& aliases_files);

/// Adds --rules to a command that reads the store (query, export, render):
/// the relations those files declare are drawn and queried as declared.
void AddRelationsOption(CLI::App* command, std::vector<std::string>* rules_files);

/// The built-in relations and those the rules files declare (their rules are
/// not compiled). Throws Error naming the file for an unreadable file or a
/// bad declaration.
RelationTraits LoadRelations(const std::vector<std::string>& rules_files);

}  // namespace polgraph::cli
