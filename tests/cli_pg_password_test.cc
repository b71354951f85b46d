// A PostgreSQL password in a --db URL is never printed (issue 15): ingest's
// summary, stats in tables and JSON, and errors show it as "***". Runs when
// POLGRAPH_TEST_PG names a server (tests/pg/with-postgres), else skips; the
// error case needs no server.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "tests/cli_run.h"
#include "tests/store_backends.h"

namespace polgraph {
namespace {

using testing::TempDir;

constexpr char kPassword[] = "pw-never-printed";

// `url` with kPassword after its user ("postgresql://ann@h/db" -> "postgresql://ann:pw@h/db").
std::string WithPassword(const std::string& url) {
  size_t start = url.find("://") + 3, at = url.find('@', start);
  if (at == std::string::npos)
    return url.substr(0, start) + "postgres:" + kPassword + "@" + url.substr(start);
  return url.substr(0, at) + ":" + kPassword + url.substr(at);
}

TEST_CASE("ingest and stats never print the password of a PostgreSQL URL", "[postgres]") {
  testing::StoreLocation store(testing::Backend::kPostgres);
  if (!store.ready()) return;
  TempDir dir;
  std::ofstream(dir.File("news.txt")) << "04.03.2026, 09:15\nTalks\nMarat Omarov met Saule "
                                         "Nurova in Astana.\n";
  // The test server trusts its clients: any password is accepted.
  const std::string url = "'" + WithPassword(store.location()) + "'";
  for (const std::string& args :
       {"ingest news.txt --db " + url, "stats --db " + url, "stats --json --db " + url}) {
    CAPTURE(args);
    testing::CliRun run = testing::RunPolgraph(dir.File(""), args);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find(":***@") != std::string::npos);
    CHECK(run.out.find(kPassword) == std::string::npos);
    CHECK(run.err.find(kPassword) == std::string::npos);
  }
}

TEST_CASE("a failed connection names the database with its password masked", "[postgres]") {
  TempDir dir;
  // Port 1 on the loopback: nothing listens there, the connection fails at once.
  testing::CliRun run =
      testing::RunPolgraph(dir.File(""), std::string("stats --db 'postgresql://ann:") + kPassword +
                                             "@127.0.0.1:1/g?connect_timeout=5'");
  CHECK(run.exit_code == 1);
  CHECK(
      run.err.starts_with("polgraph: postgresql://ann:***@127.0.0.1:1/g?connect_timeout=5: "
                          "cannot connect: "));
  CHECK(run.err.find(kPassword) == std::string::npos);
}

}  // namespace
}  // namespace polgraph
