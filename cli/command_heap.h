// The polgraph command's heap. With mimalloc (CMakeLists.txt), the main
// thread's heap and the first few extraction workers' heaps grow in a range
// of address space whose pages the kernel may back 2 MB at a time
// (transparent huge pages, MADV_HUGEPAGE): on a virtual machine a page fault
// costs microseconds, and extraction's hash tables and RE2's DFA states,
// spread over megabytes, miss the TLB less. With glibc's malloc (sanitizer and
// fuzz builds) it keeps RE2's large work arrays in the heap instead.
#pragma once

namespace polgraph::cli {

/// Sets the allocator up for this process: first thing in main().
void SetUpCommandHeap();

/// Moves the calling thread's heap into the large-page range if the budget
/// allows (the main thread and two workers per process); else a no-op.
/// Run first on each extraction worker (ExtractionPool's start hook).
void UseLargePagesOnThisThread();

}  // namespace polgraph::cli
