// Extraction on worker threads, for whoever runs the extractor over many
// items (the extract and ingest commands, the benchmark). The workers share
// one Extractor, read-only: its rules, lexicon and aliases are built once
// (Extractor::Extract is thread-safe, each call keeping its own scratch), and
// each rule's RE2 program is compiled once, by the first worker that needs it,
// with one DFA cache that all workers fill and read. The caller reads batches
// of items in input order and gets them back finished in the same order,
// while the workers run: reading, writing and extracting overlap, and at most
// two batches per worker are in flight, so memory does not grow with the
// input. With one thread there are no workers: each batch runs on the
// caller's thread as it is read.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "extract/extractor.h"

namespace polgraph {

class ExtractionPool {
 public:
  using Job = std::function<void(const Extractor&)>;
  using MakeExtractor = std::function<std::unique_ptr<Extractor>()>;
  using StartWorker = std::function<void()>;

  /// Makes the extractor with `make`, once, on this thread, and starts
  /// `threads` workers sharing it; each worker first runs `start` (if any:
  /// the command's heap for that thread, say). Rethrows what `make` throws.
  /// REQUIRES: threads >= 1.
  ExtractionPool(const MakeExtractor& make, unsigned threads, const StartWorker& start = {});
  /// Drops jobs not yet started and waits for the running ones.
  ~ExtractionPool();
  ExtractionPool(const ExtractionPool&) = delete;
  ExtractionPool& operator=(const ExtractionPool&) = delete;

  /// Runs `job` with a worker's extractor. The future is ready when it has
  /// run and rethrows what it threw.
  std::future<void> Submit(Job job);

  /// Batches worth keeping in flight: two per worker.
  size_t InFlight() const { return 2 * threads_; }

 private:
  void Work();

  std::unique_ptr<Extractor> extractor_;
  size_t threads_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::packaged_task<void(const Extractor&)>> queue_;
  bool stopping_ = false;
};

/// Reads batches with `read` (false: the input is over) until it ends,
/// extracts each with `extract` on the pool, and hands each to `finish` in
/// the order read, on the caller's thread. On an exception from any step it
/// waits for the batches in flight, then rethrows: nothing it started runs on
/// after it returns.
template <typename Batch>
void ExtractInOrder(ExtractionPool& pool, const std::function<bool(Batch&)>& read,
                    const std::function<void(const Extractor&, Batch&)>& extract,
                    const std::function<void(Batch&)>& finish) {
  std::deque<std::pair<std::shared_ptr<Batch>, std::future<void>>> in_flight;
  try {
    for (bool more = true; more || !in_flight.empty();) {
      while (more && in_flight.size() < pool.InFlight()) {
        auto batch = std::make_shared<Batch>();
        if (!(more = read(*batch))) break;
        in_flight.emplace_back(batch, pool.Submit([batch, &extract](const Extractor& extractor) {
          extract(extractor, *batch);
        }));
      }
      if (in_flight.empty()) break;
      std::future<void> done = std::move(in_flight.front().second);
      done.get();
      finish(*in_flight.front().first);
      in_flight.pop_front();
    }
  } catch (...) {
    for (auto& [batch, done] : in_flight)
      if (done.valid()) done.wait();
    throw;
  }
}

}  // namespace polgraph
