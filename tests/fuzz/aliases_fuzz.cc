// Fuzzes the loading of a user's aliases file (Aliases::Load, as --aliases
// does), then looks names and offices up in what loaded: bad input must give
// polgraph::Error, never a crash, a hang or a stack overflow; a loaded name
// resolves to its own entry.
#include <string>

#include "extract/aliases.h"
#include "base/error.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using polgraph::fuzz::Check;

constexpr std::string_view kNames[] = {"Kassym-Jomart Tokayev",
                                       "Kasym-Zhomart Tokaev",
                                       "President of Kazakhstan",
                                       "",
                                       "  ",
                                       "\xC3\xA9"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  polgraph::Aliases aliases;
  try {
    aliases.Load(polgraph::fuzz::Text(data, size), "fuzz.json");
  } catch (const polgraph::Error&) {
    return 0;
  }
  for (const polgraph::Aliases::Entry& entry : aliases.entries()) {
    std::optional<polgraph::EntityRef> found = aliases.Canonical(entry.entity.name);
    Check(!found || found->type == entry.entity.type, "a name resolves to its own type");
    for (const std::string& alias : entry.aliases) aliases.Canonical(alias);
  }
  for (std::string_view name : kNames) {
    aliases.Canonical(name);
    aliases.Holder(name, polgraph::Date());
    aliases.OfficesNamed(name);
    aliases.SameOffice(name, "Head of State");
  }
  return 0;
}
