// Writes a synthetic, realistic news corpus in polgraph's feed format (see
// ../shared/corpus/FORMAT.md) for benchmarks: items newest first, each a
// `DD.MM.YYYY, HH:MM N` header, a title, sometimes an `Images | ...` credit,
// and body paragraphs of 15-35-word sentences. About one sentence in seven
// states a relation (met, held talks with, received, appointed X as Y,
// relieved of post, said, noted, according to ...); the rest is filler:
// economy, statistics, projects, quotes and speech without a named speaker.
// The same seed gives the same corpus, byte for byte, on every platform.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace polgraph::bench {

class CorpusGenerator {
 public:
  struct Stats {
    uint64_t items = 0;
    uint64_t sentences = 0;
    uint64_t relation_sentences = 0;  // sentences written from a relation template
    uint64_t words = 0;               // words in body sentences
  };

  explicit CorpusGenerator(uint64_t seed);
  ~CorpusGenerator();
  CorpusGenerator(const CorpusGenerator&) = delete;  // one stream of items per seed
  CorpusGenerator& operator=(const CorpusGenerator&) = delete;

  /// Appends the next item (header, title, body; '\n'-terminated lines) to `*out`.
  void AppendItem(std::string* out);

  const Stats& stats() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

/// Parses a size such as "200M", "1.5G", "64k" or "1000" (bytes); powers of
/// 1024. Returns false for anything else.
bool ParseByteSize(const std::string& text, uint64_t* bytes);

}  // namespace polgraph::bench
