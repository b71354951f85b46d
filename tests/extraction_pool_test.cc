// The extraction pool: batches come back finished in the order they were
// read, with the triples one thread gives, whatever the number of threads;
// an error in any batch stops the run and reaches the caller after the
// batches in flight are done.
#include "extract/extraction_pool.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "base/error.h"

namespace polgraph {
namespace {

std::unique_ptr<Extractor> MakeDefaultExtractor() {
  return std::make_unique<Extractor>(RuleSet::Default(), Aliases::Default());
}

// Item n of a made-up feed: every third one names a meeting.
Item NumberedItem(int n) {
  Item item;
  item.source = "week.txt";
  item.position = n;
  item.id = "week-" + std::to_string(n);
  item.date = *Date::ParseIso("2025-03-10");
  item.title = "Briefing number " + std::to_string(n);
  if (n % 3 == 0) {
    item.paragraphs = {
        "Prime Minister Erlan Karin met with Finance Minister Madina Abylkassymova "
        "in Astana to discuss the budget."};
  } else {
    item.paragraphs = {"The weather in the capital stayed cold for the " + std::to_string(n) +
                       "th day."};
  }
  return item;
}

struct Batch {
  std::vector<Item> items;
  std::vector<std::string> triples;  // "item subject relation object"
};

// Reads `count` numbered items in batches of `size`, extracts them on a pool
// of `threads` and returns the triples in the order the batches finished.
std::vector<std::string> ExtractAll(unsigned threads, int count, size_t size,
                                    std::vector<std::string>* finished_ids = nullptr) {
  ExtractionPool pool(MakeDefaultExtractor, threads);
  int next = 1;
  std::vector<std::string> out;
  ExtractInOrder<Batch>(
      pool,
      [&](Batch& batch) {
        while (batch.items.size() < size && next <= count)
          batch.items.push_back(NumberedItem(next++));
        return !batch.items.empty();
      },
      [](const Extractor& extractor, Batch& batch) {
        for (const Item& item : batch.items)
          for (const Triple& t : extractor.Extract(item))
            batch.triples.push_back(item.id + " " + t.subject.name + " " + t.relation.name() + " " +
                                    t.object.name);
      },
      [&](Batch& batch) {
        out.insert(out.end(), batch.triples.begin(), batch.triples.end());
        if (finished_ids)
          for (const Item& item : batch.items) finished_ids->push_back(item.id);
      });
  return out;
}

TEST_CASE("extraction pool gives the triples of one thread, in input order", "[extract]") {
  std::vector<std::string> ids_one, ids_three;
  const std::vector<std::string> one = ExtractAll(1, 40, 4, &ids_one);
  REQUIRE(one.size() >= 13);  // items 3, 6, ..., 39 name a meeting
  CHECK(one.front().rfind("week-3 Erlan Karin met Madina Abylkassymova", 0) == 0);
  const unsigned threads = GENERATE(2u, 3u);
  CAPTURE(threads);
  CHECK(ExtractAll(threads, 40, 4, &ids_three) == one);
  CHECK(ids_three == ids_one);
  CHECK(ids_one.size() == 40);
}

TEST_CASE("extraction pool stops at a failing batch and rethrows its error", "[extract]") {
  const unsigned threads = GENERATE(1u, 3u);
  CAPTURE(threads);
  ExtractionPool pool(MakeDefaultExtractor, threads);
  int read = 0;
  std::vector<int> finished;
  std::atomic<int> running{0};
  auto run = [&] {
    ExtractInOrder<int>(
        pool,
        [&](int& batch) {
          batch = ++read;
          return batch <= 50;
        },
        [&](const Extractor&, int& batch) {
          ++running;
          if (batch == 5) {
            --running;
            throw Error("feed.txt: batch 5 is bad");
          }
          --running;
        },
        [&](int& batch) { finished.push_back(batch); });
  };
  CHECK_THROWS_WITH(run(), "feed.txt: batch 5 is bad");
  CHECK(finished == std::vector<int>{1, 2, 3, 4});
  CHECK(running == 0);  // nothing it started runs on after it returns
  CHECK(read < 50);     // reading stopped soon after the failure
}

TEST_CASE("extraction pool passes on the error of making an extractor", "[extract]") {
  auto bad_rules = []() -> std::unique_ptr<Extractor> {
    throw Error("rules.json: rule met.with: missing )");
  };
  CHECK_THROWS_WITH(ExtractionPool(bad_rules, 2), "rules.json: rule met.with: missing )");
}

TEST_CASE("extraction pool workers share one extractor, made once", "[extract]") {
  int made = 0;
  std::mutex mutex;
  std::set<const Extractor*> used;
  {
    ExtractionPool pool(
        [&] {
          ++made;
          return MakeDefaultExtractor();
        },
        3);
    std::vector<std::future<void>> done;
    for (int i = 0; i < 12; ++i)
      done.push_back(pool.Submit([&](const Extractor& extractor) {
        std::lock_guard<std::mutex> lock(mutex);
        used.insert(&extractor);
      }));
    for (auto& d : done) d.get();
  }
  CHECK(made == 1);
  CHECK(used.size() == 1);
}

TEST_CASE("extraction pool runs the start hook once on each worker, before its jobs", "[extract]") {
  const std::thread::id main_thread = std::this_thread::get_id();
  std::mutex mutex;
  std::set<std::thread::id> started;
  bool ran_before_start = false, started_on_main = false;
  {
    ExtractionPool pool(MakeDefaultExtractor, 3, [&] {
      std::lock_guard<std::mutex> lock(mutex);
      if (std::this_thread::get_id() == main_thread) started_on_main = true;
      started.insert(std::this_thread::get_id());
    });
    std::vector<std::future<void>> done;
    for (int i = 0; i < 30; ++i)
      done.push_back(pool.Submit([&](const Extractor&) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!started.count(std::this_thread::get_id())) ran_before_start = true;
      }));
    for (auto& d : done) d.get();
  }
  CHECK(started.size() == 3);  // once on each worker, none on the caller's thread
  CHECK_FALSE(started_on_main);
  CHECK_FALSE(ran_before_start);
}

}  // namespace
}  // namespace polgraph
