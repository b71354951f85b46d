#include "extract/extraction_pool.h"

namespace polgraph {

ExtractionPool::ExtractionPool(const MakeExtractor& make, unsigned threads) {
  extractors_.push_back(make());  // bad rules fail here, on one thread
  std::vector<std::future<std::unique_ptr<Extractor>>> more;
  for (unsigned i = 1; i < threads; ++i) more.push_back(std::async(std::launch::async, make));
  for (auto& extractor : more) extractors_.push_back(extractor.get());
  if (threads > 1)
    for (const auto& extractor : extractors_)
      workers_.emplace_back([this, e = extractor.get()] { Work(*e); });
}

ExtractionPool::~ExtractionPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    queue_.clear();
  }
  ready_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

std::future<void> ExtractionPool::Submit(Job job) {
  std::packaged_task<void(const Extractor&)> task(std::move(job));
  std::future<void> done = task.get_future();
  if (workers_.empty()) {
    task(*extractors_.front());
    return done;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(std::move(task));
  }
  ready_.notify_one();
  return done;
}

void ExtractionPool::Work(const Extractor& extractor) {
  for (;;) {
    std::packaged_task<void(const Extractor&)> task;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    task(extractor);
  }
}

}  // namespace polgraph
