#include "extract/extraction_pool.h"

namespace polgraph {

ExtractionPool::ExtractionPool(const MakeExtractor& make, unsigned threads,
                               const StartWorker& start)
    : extractor_(make()), threads_(threads) {
  if (threads > 1)
    for (unsigned i = 0; i < threads; ++i)
      workers_.emplace_back([this, start] {
        if (start) start();
        Work();
      });
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
    task(*extractor_);
    return done;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(std::move(task));
  }
  ready_.notify_one();
  return done;
}

void ExtractionPool::Work() {
  for (;;) {
    std::packaged_task<void(const Extractor&)> task;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    task(*extractor_);
  }
}

}  // namespace polgraph
