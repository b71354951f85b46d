#include "cli/command_heap.h"

#ifdef POLGRAPH_MIMALLOC
#include <mimalloc.h>
#include <sys/mman.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#else
#include <malloc.h>
#endif

namespace polgraph::cli {

#ifdef POLGRAPH_MIMALLOC
namespace {

// Workers whose heaps may take large pages. Each such heap holds 5-6 MB more
// than in 4 kB pages (it touches a few 2 MB pages it fills only in part), so
// their number is bounded: two, all of them on a 2-core machine, 11 MB more at
// most on a larger one (docs/performance.md, "Workers' heaps in large pages").
constexpr int kLargePageWorkers = 2;

mi_arena_id_t large_page_arena;
bool have_large_page_arena = false;
std::atomic<int> large_page_workers{0};

}  // namespace

// The range: a query reading a hub's 20,000 neighbours took 4,900 faults in
// 4 kB pages; extraction on two workers spent 12-18% more CPU with their
// heaps in 4 kB pages than in this range. Address space only: a page is
// memory once touched.
void SetUpCommandHeap() {
  constexpr size_t kRange = size_t{64} << 30;  // the heaps can grow no further
  constexpr size_t kAlign = size_t{32} << 20;  // mimalloc's segments are aligned so
  void* mapped = mmap(nullptr, kRange + kAlign, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mapped == MAP_FAILED) return;  // the heaps grow as they would have
  auto start = (reinterpret_cast<uintptr_t>(mapped) + kAlign - 1) & ~(kAlign - 1);
  madvise(reinterpret_cast<void*>(start), kRange, MADV_HUGEPAGE);
  // Exclusive: only the heaps made in it below take from it. The main
  // thread's heap in it: mimalloc's first segment was taken from the kernel
  // before main() (in 4 kB pages) and would serve a query.
  if (!mi_manage_os_memory_ex(reinterpret_cast<void*>(start), kRange, /*is_committed=*/true,
                              /*is_large=*/false, /*is_zero=*/true, /*numa_node=*/-1,
                              /*exclusive=*/true, &large_page_arena))
    return;
  have_large_page_arena = true;
  UseLargePagesOnThisThread();
}

void UseLargePagesOnThisThread() {
  if (!have_large_page_arena) return;
  // The main thread is the first; kLargePageWorkers workers follow it.
  if (large_page_workers.fetch_add(1) > kLargePageWorkers) return;
  if (mi_heap_t* heap = mi_heap_new_in_arena(large_page_arena)) mi_heap_set_default(heap);
}
#else
// glibc's malloc (the sanitizer and fuzz builds, or POLGRAPH_MIMALLOC=OFF):
// RE2 allocates its submatch engine's work arrays (hundreds of KB for the
// rules' programs) on every match and frees them after. glibc's defaults hand
// such blocks back to the kernel (munmap, heap trimming) each time, so every
// match paid for fresh pages: an eighth of extraction time went to the kernel.
// Keeping them in the heap costs no peak memory (the same blocks are reused).
void SetUpCommandHeap() {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

void UseLargePagesOnThisThread() {}
#endif

}  // namespace polgraph::cli
