#include "cli/input_options.h"

#include <cerrno>
#include <filesystem>
#include <system_error>

#include "base/error.h"
#include "base/utf8.h"
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

uint64_t InputBytes(const FeedReader& reader) {
  uint64_t total = 0;
  for (const std::string& file : reader.files()) {
    if (file == "-") continue;
    std::error_code error;
    const uintmax_t size = std::filesystem::file_size(file, error);
    if (!error) total += size;
  }
  return total;
}

uint64_t ItemBytes(const Item& item) {
  uint64_t bytes = item.title.size() + 24;
  for (const std::string& paragraph : item.paragraphs) bytes += paragraph.size() + 1;
  return bytes;
}

void YieldCounts::Add(const Item& item, size_t found) {
  ++items;
  triples += static_cast<long>(found);
  for (size_t pos = 0; pos < item.title.size();) {
    utf8::CodePoint cp = utf8::Decode(item.title, pos);
    pos += cp.length;
    if (!utf8::IsLetter(cp.value)) continue;
    // Latin letters with accents fold to ASCII ones; other scripts' do not.
    const bool latin = cp.value < 0x80 || (cp.value < 0x370);
    ++(latin ? latin_letters : other_letters);
  }
}

void ReportNothingFound(const YieldCounts& counts, std::ostream& notices) {
  if (counts.items == 0 || counts.triples > 0) return;
  notices << "polgraph: notice: no triple found in " << counts.items
          << (counts.items == 1 ? " item" : " items");
  if (counts.other_letters > counts.latin_letters)
    notices << "; their titles are mostly not in Latin letters: are the rules for this language?";
  notices << " (polgraph explain \"SENTENCE\" shows how a sentence is read)\n";
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
