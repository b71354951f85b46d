// The aliases table: canonical names with their aliases and transliterations,
// and offices with their holders over date ranges. Loaded from JSON (the
// default table is compiled in; --aliases FILE adds to it).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/date.h"
#include "extract/triple.h"

namespace polgraph {

class Aliases {
 public:
  struct Entry {
    EntityRef entity;                  // canonical name and type
    std::vector<std::string> aliases;  // other names and transliterations
  };
  struct Office {
    std::vector<std::string> names;  // "President of Kazakhstan", "Head of State", ...
    std::string holder;              // canonical name of the holder
    Date from, to;                   // `to` unknown: still in office
  };

  /// The table compiled into polgraph (Kazakhstan's top offices and more).
  static Aliases Default();

  /// Adds the entries of a JSON aliases document. `source` names it in errors.
  /// Throws Error naming the file, the line and the problem.
  void Load(std::string_view json, const std::string& source);

  /// Canonical entity for a name or alias (case and accents folded), if known.
  std::optional<EntityRef> Canonical(std::string_view name) const;

  /// Who held `office` ("President of Kazakhstan", "Head of State", ...) on `date`.
  std::optional<EntityRef> Holder(std::string_view office, Date date) const;

 private:
  std::vector<Entry> entries_;
  std::vector<Office> offices_;
};

}  // namespace polgraph
