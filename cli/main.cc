// polgraph: build a knowledge graph of political entities from news feeds.
// Exit codes: 0 success, 1 failure (bad input, I/O), 2 bad command line.
#ifdef POLGRAPH_MIMALLOC
#include <mimalloc.h>
#include <sys/mman.h>

#include <cstdint>
#else
#include <malloc.h>
#endif

#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/visible_text.h"

namespace {

using AddCommand = void (*)(CLI::App&);

// The subcommands, in the order --help lists them.
constexpr AddCommand kCommands[] = {
    polgraph::cli::AddItemsCommand,   polgraph::cli::AddExtractCommand,
    polgraph::cli::AddExplainCommand, polgraph::cli::AddIngestCommand,
    polgraph::cli::AddQueryCommand,   polgraph::cli::AddStatsCommand,
    polgraph::cli::AddExportCommand,  polgraph::cli::AddRenderCommand,
    polgraph::cli::AddAliasesCommand,
};

#ifdef POLGRAPH_MIMALLOC
// mimalloc is the command's allocator (CMakeLists.txt): the main thread's heap
// grows into a range of address space whose pages the kernel may back 2 MB at
// a time (transparent huge pages, MADV_HUGEPAGE): a page fault costs
// microseconds on a virtual machine, and a query reading a hub's 20,000
// neighbours took 4,900 faults in 4 kB pages. Address space only: a page is
// memory once touched.
void TuneAllocator() {
  constexpr size_t kRange = size_t{64} << 30;  // the main thread's heap can grow no further
  constexpr size_t kAlign = size_t{32} << 20;  // mimalloc's segments are aligned so
  void* mapped = mmap(nullptr, kRange + kAlign, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mapped == MAP_FAILED) return;  // the heap grows as it would have
  auto start = (reinterpret_cast<uintptr_t>(mapped) + kAlign - 1) & ~(kAlign - 1);
  madvise(reinterpret_cast<void*>(start), kRange, MADV_HUGEPAGE);
  // The main thread's heap in that range: mimalloc's first segment was taken
  // from the kernel before main() (in 4 kB pages) and would serve a query.
  mi_arena_id_t arena;
  if (!mi_manage_os_memory_ex(reinterpret_cast<void*>(start), kRange, /*is_committed=*/true,
                              /*is_large=*/false, /*is_zero=*/true, /*numa_node=*/-1,
                              /*exclusive=*/true, &arena))
    return;
  if (mi_heap_t* heap = mi_heap_new_in_arena(arena)) mi_heap_set_default(heap);
}
#else
// glibc's malloc (the sanitizer and fuzz builds, or POLGRAPH_MIMALLOC=OFF):
// RE2 allocates its submatch engine's work arrays (hundreds of KB for the
// rules' programs) on every match and frees them after. glibc's defaults hand
// such blocks back to the kernel (munmap, heap trimming) each time, so every
// match paid for fresh pages: an eighth of extraction time went to the kernel.
// Keeping them in the heap costs no peak memory (the same blocks are reused).
void TuneAllocator() {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
}
#endif

int Run(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  TuneAllocator();
  CLI::App app{"polgraph: who did what to whom, from political news feeds"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "polgraph 0.1.0");
  for (AddCommand add : kCommands) add(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version end here with 0; every real parse error is a
    // usage error, whatever CLI11's own code for it.
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const polgraph::Error& e) {
    std::cout.flush();
    std::cerr << "polgraph: " << polgraph::cli::VisibleText(e.what()) << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "polgraph: " << polgraph::cli::VisibleText(e.what()) << "\n";
    return 1;
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "polgraph: error writing to standard output\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (...) {  // setting the commands up failed (out of memory): nothing to print safely
    return 1;
  }
}
