// polgraph aliases import FILE...: converts TABARI/PETRARCH actor
// dictionaries into an aliases file (docs/aliases.md) for --aliases. The
// conversion is the library's (extract/petrarch_actors.h); this reads the
// files, writes the document and reports the counts on stderr.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "extract/aliases.h"
#include "extract/petrarch_actors.h"

namespace polgraph::cli {
namespace {

struct ImportOptions {
  std::vector<std::string> files;
  std::string output = "-";
  bool lenient = false;
};

void RunImport(const ImportOptions& options) {
  std::vector<ActorFile> files;
  for (const std::string& path : options.files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot read actor dictionary", Place{path, 0, ""});
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({path, text.str()});
  }
  Aliases defaults = Aliases::Default();
  ActorImport result = ImportPetrarchActors(files, options.lenient, &defaults);
  AtomicOutputFile output(options.output);
  output.WriteAndCommit([&](std::ostream& out) { out << result.json; });
  for (const std::string& problem : result.problems) std::cerr << "warning: " << problem << "\n";
  std::cerr << "imported " << result.people << " people with " << result.offices
            << " dated roles; left out " << result.skipped_actors
            << " countries, organizations and titled or one-word names";
  if (options.lenient) std::cerr << "; skipped " << result.skipped_lines << " bad lines";
  std::cerr << "\n";
}

}  // namespace

void AddAliasesCommand(CLI::App& app) {
  CLI::App* aliases = app.add_subcommand("aliases", "Work with aliases files (docs/aliases.md)");
  aliases->require_subcommand(1);
  auto options = std::make_shared<ImportOptions>();
  CLI::App* import = aliases->add_subcommand(
      "import",
      "Convert TABARI/PETRARCH actor dictionaries into an aliases file for --aliases: people, "
      "their spellings and dated roles");
  import->add_option("FILE", options->files, "Actor dictionaries (.actors.txt)")->required();
  import->add_option("-o,--output", options->output, "Write the aliases file here (- for stdout)")
      ->capture_default_str();
  import->add_flag("--lenient", options->lenient,
                   "Skip bad lines with a warning and a count instead of stopping at the first");
  import->callback([options] { RunImport(*options);
});
}  // namespace polgraph::cli

}  // namespace polgraph::cli
