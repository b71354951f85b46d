// LoadLibPq and TheLibPq of libpq_loader.h: dlopen, then dlsym of each
// function by its name in libpq-fe.h; the library is never closed once loaded.
#include "graph/libpq_loader.h"

#include <dlfcn.h>

#include "base/error.h"

namespace polgraph {
namespace {

// What the user is told to install, after the loader's own reason.
constexpr char kWhat[] = " (PostgreSQL's client library; Debian: libpq5)";

[[noreturn]] void FailToLoad(const std::string& file, const char* reason) {
  throw Error("cannot load " + file + kWhat + ": " + (reason ? reason : "unknown reason"));
}

// Sets `function` to the symbol `name` of the library `handle`.
template <typename Function>
void Resolve(void* handle, const std::string& file, const char* name, Function& function) {
  dlerror();  // clears an earlier error
  void* symbol = dlsym(handle, name);
  if (symbol == nullptr) FailToLoad(file, dlerror());
  function = reinterpret_cast<Function>(symbol);
}

}  // namespace

LibPq LoadLibPq(const std::string& file) {
  // RTLD_NOW: a library whose own dependencies are missing fails here, not
  // at its first call. RTLD_LOCAL: its symbols stay out of the global scope.
  void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) FailToLoad(file, dlerror());
  LibPq pq;
  try {
#define POLGRAPH_LIBPQ_RESOLVE(name) Resolve(handle, file, #name, pq.name);
    POLGRAPH_LIBPQ_FUNCTIONS(POLGRAPH_LIBPQ_RESOLVE)
#undef POLGRAPH_LIBPQ_RESOLVE
  } catch (const Error&) {
    dlclose(handle);
    throw;
  }
  return pq;  // the handle stays open: the functions must stay callable
}

const LibPq& TheLibPq() {
  // Initialised once, under the compiler's guard; a throw leaves it to the next call.
  static const LibPq pq = LoadLibPq(kLibPqFile);
  return pq;
}

}  // namespace polgraph
