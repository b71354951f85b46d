#include "cli/input_options.h"

#include <cerrno>
#include <filesystem>
#include <system_error>

#include "base/error.h"
#include "cli/visible_text.h"

namespace polgraph::cli {

void AddInputOptions(CLI::App* command, InputOptions* options) {
  command
      ->add_option("FILE", options->paths,
                   "News feeds to read: files in the feed format or JSON Lines, directories "
                   "(their .txt and .jsonl files, in name order), or - for standard input")
      ->required()
      ->type_name("PATH");
  command->add_flag("--lenient", options->lenient,
                    "Skip bad items (and missing or empty files) with a warning on stderr "
                    "instead of stopping at the first one; report how many were skipped");
}

ReadOptions MakeReadOptions(const InputOptions& options, std::ostream& warnings) {
  ReadOptions read;
  read.lenient = options.lenient;
  read.on_skip = [&warnings](const Error& error) {
    warnings << "polgraph: warning: " << VisibleText(error.what()) << '\n';
  };
  return read;
}

std::ifstream OpenInputFile(const std::string& path, const std::string& what) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Error("is a directory, not a " + what + " file", Place{path, 0, ""});
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const std::string cause = std::error_code(errno, std::generic_category()).message();
    throw Error("cannot read " + what + " file: " + cause, Place{path, 0, ""});
  }
  return in;
}

void ReportSkipped(size_t skipped, std::ostream& warnings) {
  if (skipped > 0) warnings << "polgraph: skipped " << skipped << " bad item(s)\n";
}

}  // namespace polgraph::cli
