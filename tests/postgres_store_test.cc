// PostgresStore beyond the shared store contract (tests/store_contract_test.cc):
// URLs without passwords in messages, several writers at once, and batches
// run again after a deadlock. Tests that need a server skip with a WARN
// unless POLGRAPH_TEST_PG is set (tests/pg/with-postgres sets it).
#include <chrono>
#include <cstddef>
#include <functional>
#include <set>
#include <thread>

#include <catch2/catch.hpp>

#include "base/error.h"
#include "graph/libpq_loader.h"
#include "graph/postgres_url.h"
#include "tests/graph_test_data.h"
#include "tests/store_backends.h"

namespace polgraph {
namespace {

using testing::Backend;
using testing::Batch;
using testing::StoreLocation;

TEST_CASE("postgres URLs are recognised and shown with their password masked", "[postgres]") {
  auto [url, is_postgres, shown] = GENERATE(table<std::string, bool, std::string>({
      {"postgresql://ann:secret@db.example:5432/polgraph", true,
       "postgresql://ann:***@db.example:5432/polgraph"},
      {"postgres://ann:s3cr%40t@db/polgraph?sslmode=require", true,
       "postgres://ann:***@db/polgraph?sslmode=require"},
      {"postgresql://ann@db/g?password=secret&sslmode=require", true,
       "postgresql://ann@db/g?password=***&sslmode=require"},
      {"postgresql://db/g?sslmode=require&password=secret", true,
       "postgresql://db/g?sslmode=require&password=***"},
      {"postgresql://db/g?password=secret", true, "postgresql://db/g?password=***"},
      {"postgresql://ann:secret@db", true, "postgresql://ann:***@db"},
      {"postgresql://", true, "postgresql://"},
      {"postgresql://[::1]:5433/g", true, "postgresql://[::1]:5433/g"},
      {"graph.db", false, "graph.db"},
      {"data/postgresql.db", false, "data/postgresql.db"},
      {"mysql://ann:secret@db/g", false, "mysql://ann:***@db/g"},
  }));
  CAPTURE(url);
  CHECK(IsPostgresUrl(url) == is_postgres);
  CHECK(MaskPassword(url) == shown);
  CHECK(DisplayStoreLocation(url) == (is_postgres ? shown : url));
}

// The message of the Error `action` throws, or "" when it throws none.
std::string ErrorOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST_CASE("postgres store errors name the database without its password", "[postgres]") {
  // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
  std::string url =
      "postgresql://ann:secret@127.0.0.1:1/polgraph?password=secret&connect_timeout=5";
  std::string shown =
      "postgresql://ann:***@127.0.0.1:1/polgraph?password=***&connect_timeout=5: cannot connect: ";
  std::vector<std::string> messages = {
      ErrorOf([&] { PostgresStore(url, StoreMode::kWrite); }),
      ErrorOf([&] { PostgresStore(url, StoreMode::kRead); }),
      // OpenStore hands such URLs to the PostgreSQL store.
      ErrorOf([&] { OpenStore(url, StoreMode::kRead); }),
  };
  for (const std::string& message : messages) {
    CHECK_THAT(message, Catch::StartsWith(shown) && !Catch::Contains("secret"));
  }
  CHECK_THAT(ErrorOf([] { OpenStore("postgres://127.0.0.1:1/polgraph", StoreMode::kRead); }),
             Catch::StartsWith("postgres://127.0.0.1:1/polgraph: cannot connect: "));
}

TEST_CASE("libpq is loaded with every function the store calls", "[postgres]") {
  const LibPq& pq = TheLibPq();
  CHECK(&TheLibPq() == &pq);
#define POLGRAPH_CHECK_RESOLVED(name) CHECK(pq.name != nullptr);
  POLGRAPH_LIBPQ_FUNCTIONS(POLGRAPH_CHECK_RESOLVED)
#undef POLGRAPH_CHECK_RESOLVED
}

TEST_CASE("a client library that cannot be loaded is an error naming it", "[postgres]") {
  const std::string kWhat = " (PostgreSQL's client library; Debian: libpq5): ";
  // No such file; and a library that loads but is not libpq (zlib, which
  // polgraph links anyway).
  CHECK_THAT(ErrorOf([&] { LoadLibPq("libpq-polgraph-missing.so.5"); }),
             Catch::StartsWith("cannot load libpq-polgraph-missing.so.5" + kWhat) &&
                 Catch::Contains("libpq-polgraph-missing.so.5: cannot open shared object file"));
  CHECK_THAT(ErrorOf([&] { LoadLibPq("libz.so.1"); }),
             Catch::StartsWith("cannot load libz.so.1" + kWhat) &&
                 Catch::Contains("undefined symbol: PQclear"));
}

// 48 items over four months, three triples each among twelve entities; an
// entity's type is sometimes left unknown, never given two known types.
Batch Newsroom() {
  const char* names[] = {"Aida Balayeva", "Akorda",     "Bakyt Sultanov",  "China",
                         "Erlan Karin",   "Mazhilis",   "Roman Sklyar",    "Senate",
                         "Turkey",        "Uzbekistan", "Yerlan Koshanov", "Zhaslan Madiyev"};
  const EntityType types[] = {
      EntityType::kPerson,  EntityType::kOrganization, EntityType::kPerson,
      EntityType::kCountry, EntityType::kPerson,       EntityType::kOrganization,
      EntityType::kPerson,  EntityType::kOrganization, EntityType::kCountry,
      EntityType::kCountry, EntityType::kPerson,       EntityType::kPerson};
  const Relation relations[] = {Relation::kMet, Relation::kAppointed, Relation::kAnnounced};
  Batch batch;
  for (int i = 0; i < 48; ++i) {
    std::string date = "2024-0" + std::to_string(3 + i % 4) + "-" + std::to_string(10 + i % 18);
    batch.items.push_back(testing::MakeItem("n" + std::to_string(i), i + 1, date,
                                            "Newsroom item " + std::to_string(i)));
    for (int j = 0; j < 3; ++j) {
      int s = (i + j) % 12, o = (i * 5 + j + 1) % 12;
      EntityRef subject{names[s], (i + j) % 5 == 0 ? EntityType::kUnknown : types[s]};
      EntityRef object{names[o], (i + j) % 7 == 0 ? EntityType::kUnknown : types[o]};
      std::string role =
          relations[j] == Relation::kAppointed ? "Minister " + std::to_string(i % 3) : "";
      batch.triples.push_back(testing::MakeTriple(batch.items.back(), subject, relations[j], object,
                                                  role, "Sentence " + std::to_string(j) + ".",
                                                  "rule." + std::to_string(j)));
    }
  }
  return batch;
}

// The items [first, last) of `all` with their triples.
Batch Slice(const Batch& all, size_t first, size_t last) {
  Batch part;
  part.items.assign(all.items.begin() + static_cast<std::ptrdiff_t>(first),
                    all.items.begin() + static_cast<std::ptrdiff_t>(last));
  std::set<std::string> ids;
  for (const Item& item : part.items) ids.insert(item.id);
  for (const Triple& triple : all.triples) {
    if (ids.contains(triple.evidence.item_id)) part.triples.push_back(triple);
  }
  return part;
}

std::multiset<std::string> Contents(const Store& store) {
  std::multiset<std::string> lines;
  store.LoadTriples({}, [&](const Triple& t) {
    lines.insert(t.evidence.item_id + " " + t.evidence.date.ToIso() + " " + t.subject.name + " " +
                 t.relation.name() + " " + t.object.name + " [" + t.role + "] " +
                 t.evidence.sentence + " " + t.evidence.rule);
  });
  store.LoadEntities({}, [&](const Entity& e) {
    lines.insert("entity " + e.name + " " + std::string(ToString(e.type)) + " " +
                 std::to_string(e.mentions));
  });
  return lines;
}

TEST_CASE("postgres store keeps every triple once when writers overlap", "[postgres]") {
  StoreLocation together(Backend::kPostgres), alone(Backend::kPostgres);
  if (!together.ready() || !alone.ready()) return;
  Batch all = Newsroom();
  AddedCounts sequential = alone.Open(StoreMode::kWrite)->AddBatch(all.items, all.triples);

  // Four writers on a fresh database (so their migrations race too), each
  // on 18 items overlapping its neighbours', in batches of 3; every other
  // writer goes backwards to provoke deadlocks.
  constexpr int kWriters = 4;
  std::vector<AddedCounts> added(kWriters);
  std::vector<std::string> errors(kWriters);
  std::vector<std::thread> writers;
  writers.reserve(kWriters);
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      try {
        auto store = together.Open(StoreMode::kWrite);
        size_t first = static_cast<size_t>(w) * 10,
               last = std::min<size_t>(first + 18, all.items.size());
        if (w == kWriters - 1) last = all.items.size();
        std::vector<Batch> batches;
        for (size_t i = first; i < last; i += 3)
          batches.push_back(Slice(all, i, std::min(i + 3, last)));
        if (w % 2 == 1) std::reverse(batches.begin(), batches.end());
        for (const Batch& batch : batches) {
          AddedCounts counts = store->AddBatch(batch.items, batch.triples);
          added[w].items += counts.items;
          added[w].triples += counts.triples;
          added[w].entities += counts.entities;
        }
      } catch (const std::exception& e) {
        errors[w] = e.what();
      }
    });
  }
  for (std::thread& writer : writers) writer.join();
  for (int w = 0; w < kWriters; ++w) {
    CAPTURE(w);
    CHECK(errors[w] == "");
  }
  AddedCounts total;
  for (const AddedCounts& counts : added) {
    total.items += counts.items;
    total.triples += counts.triples;
    total.entities += counts.entities;
  }
  CHECK(total == sequential);
  CHECK(sequential == AddedCounts{48, 144, 12});
  auto reader = together.Open(StoreMode::kRead);
  auto expected = alone.Open(StoreMode::kRead);
  CHECK(reader->Stats().triples == 144);
  CHECK(Contents(*reader) == Contents(*expected));
  CHECK(dynamic_cast<PostgresStore&>(*reader).schema_version() == PostgresStore::kSchemaVersion);
}

// Whether a session is waiting for a lock that `pid`'s session holds.
bool SomeoneWaitsFor(PgConnection& watcher, const std::string& pid) {
  return watcher
             .Execute(
                 "SELECT 1 FROM pg_stat_activity WHERE $1::integer = ANY(pg_blocking_pids(pid))",
                 {pid})
             .rows() > 0;
}

TEST_CASE("postgres store runs a batch again after a deadlock", "[postgres]") {
  StoreLocation where(Backend::kPostgres);
  if (!where.ready()) return;
  auto store = where.Open(StoreMode::kWrite);
  Item y = testing::MakeItem("y", 1, "2024-09-01", "Y"),
       z = testing::MakeItem("z", 2, "2024-09-02", "Z");
  std::vector<Triple> triples = {
      testing::MakeTriple(y, testing::Person("Erlan Karin"), Relation::kMet,
                          testing::Person("Roman Sklyar"), "", "s", "r"),
      testing::MakeTriple(z, testing::Person("Roman Sklyar"), Relation::kMet,
                          testing::Person("Erlan Karin"), "", "s", "r")};

  // Another client holds item z and, once the store's batch has taken y and
  // waits for z, asks for y: a deadlock. The other client waits long before
  // checking for deadlocks, so the store's session is the one PostgreSQL
  // aborts; its batch must go in whole on a later attempt.
  auto other = where.Connect();
  try {
    other->Execute("SET deadlock_timeout = '60s'");
  } catch (const Error& e) {
    WARN("cannot raise deadlock_timeout (" << e.what() << "); the retry may go untested");
  }
  std::string pid = other->Execute("SELECT pg_backend_pid()").Text(0, 0);
  const char* insert =
      "INSERT INTO items (item_id, source, position, title) VALUES ($1, 'o', 1, $1)";
  other->Execute("BEGIN");
  other->Execute(insert, {"z"});

  AddedCounts added;
  std::string error;
  std::thread writer([&] {
    try {
      added = store->AddBatch({y, z}, triples);
    } catch (const std::exception& e) {
      error = e.what();
    }
  });
  auto watcher = where.Connect();
  for (int i = 0; i < 2000 && !SomeoneWaitsFor(*watcher, pid); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  try {
    other->Execute(insert, {"y"});
  } catch (const PgError& e) {
    WARN("the other client was aborted instead: " << e.what());
  }
  other->Execute("ROLLBACK");
  writer.join();
  CHECK(error == "");
  CHECK(added == AddedCounts{2, 2, 2});
  CHECK(store->Stats().items == 2);
}

}  // namespace
}  // namespace polgraph
