#include "cli/input_options.h"

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
    warnings << "polgraph: warning: " << error.what() << '\n';
  };
  return read;
}

void ReportSkipped(size_t skipped, std::ostream& warnings) {
  if (skipped > 0) warnings << "polgraph: skipped " << skipped << " bad item(s)\n";
}

}  // namespace polgraph::cli
