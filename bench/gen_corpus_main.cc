// polgraph-gen-corpus: writes a synthetic feed-format corpus of a given size
// for benchmarks (see corpus_generator.h). Seeded and reproducible.
//   polgraph-gen-corpus --size 200M --seed 1 -o corpus.txt
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "bench/corpus_generator.h"

namespace {

// Writes items to `out` until `bytes` are reached (the last item may pass it).
polgraph::bench::CorpusGenerator::Stats WriteCorpus(uint64_t bytes, uint64_t seed,
                                                    std::ostream& out) {
  polgraph::bench::CorpusGenerator generator(seed);
  std::string buffer;
  buffer.reserve(1 << 20);
  uint64_t written = 0;
  while (written < bytes) {
    generator.AppendItem(&buffer);
    if (buffer.size() >= (1 << 20) - 16384 || written + buffer.size() >= bytes) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      written += buffer.size();
      buffer.clear();
    }
  }
  return generator.stats();
}

void PrintStats(const polgraph::bench::CorpusGenerator::Stats& s, uint64_t bytes) {
  std::fprintf(stderr,
               "gen-corpus: %.1f MB, %llu items, %llu sentences (%.1f words each), "
               "%llu with a relation (%.1f%%)\n",
               bytes / 1048576.0, static_cast<unsigned long long>(s.items),
               static_cast<unsigned long long>(s.sentences),
               s.sentences ? static_cast<double>(s.words) / s.sentences : 0.0,
               static_cast<unsigned long long>(s.relation_sentences),
               s.sentences ? 100.0 * s.relation_sentences / s.sentences : 0.0);
}

}  // namespace

// A benchmark tool: an exception that escapes ends it with std::terminate's message.
int main(int argc, char** argv) {  // NOLINT(bugprone-exception-escape)
  std::ios::sync_with_stdio(false);
  CLI::App app{"Writes a synthetic news corpus in polgraph's feed format, for benchmarks"};
  std::string size_text = "10M";
  uint64_t seed = 1;
  std::string output = "-";
  bool quiet = false;
  app.add_option("--size", size_text, "Corpus size: bytes, or with K, M, G (powers of 1024)")
      ->capture_default_str();
  app.add_option("--seed", seed, "Seed; the same seed gives the same corpus")
      ->capture_default_str();
  app.add_option("-o,--output", output, "Output file ('-' = stdout)")->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "Do not print the corpus statistics on stderr");
  CLI11_PARSE(app, argc, argv);

  uint64_t bytes = 0;
  if (!polgraph::bench::ParseByteSize(size_text, &bytes)) {
    std::cerr << "gen-corpus: bad --size '" << size_text << "' (expected e.g. 200M, 1G, 5000)\n";
    return 2;
  }
  if (output == "-") {
    const auto stats = WriteCorpus(bytes, seed, std::cout);
    std::cout.flush();
    if (!quiet) PrintStats(stats, bytes);
    return std::cout ? 0 : 1;
  }
  // Write atomically: a temporary file next to the output, renamed when complete.
  const std::string temp = output + ".tmp";
  std::ofstream file(temp, std::ios::binary);
  if (!file) {
    std::cerr << "gen-corpus: cannot write " << temp << "\n";
    return 1;
  }
  const auto stats = WriteCorpus(bytes, seed, file);
  file.close();
  std::error_code error;
  if (!file || (std::filesystem::rename(temp, output, error), error)) {
    std::cerr << "gen-corpus: cannot write " << output << "\n";
    std::filesystem::remove(temp, error);
    return 1;
  }
  if (!quiet) PrintStats(stats, bytes);
  return 0;
}
