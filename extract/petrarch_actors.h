// Converts TABARI / PETRARCH actor dictionaries (Phoenix.Countries.actors.txt
// and the like: an actor line "VLADIMIR_PUTIN_", spellings "+PUTIN_", coded
// roles "[RUSGOV 000507-080507]") into an aliases document (docs/aliases.md),
// so that users bring the dictionaries they already keep.
//
// What it gives:
// - a person entity for each actor whose name reads as a person's (two to
//   six words, none of them a title, an organization word or a digit), with
//   its spellings as aliases ("VLADIMIR_V._PUTIN" -> "Vladimir V. Putin");
//   spellings that hold a title ("PRESIDENT_PUTIN_") are dropped, and a
//   spelling another actor already has stays with the first;
// - an office for each dated role, named by its CAMEO code ("CAMEO RUSGOV")
//   in the code's country ("Russia"), so polgraph knows whose government a
//   person served in and when. No text writes "CAMEO RUSGOV", so such offices
//   never resolve a title alone; they place people in a country.
// Countries, organizations and one-word actors are left out (polgraph has
// its own country table; the dictionaries' country blocks list cities as
// spellings of countries).
//
// Dates: YYMMDD (years before 30 are 20YY) or YYYYMMDD; "<D" until D, ">D"
// from D, "D1-D2" from D1 to D2. Bad lines (a malformed date or code, a
// spelling before any actor) are errors naming the file and line; lenient
// conversion skips them and counts them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/aliases.h"

namespace polgraph {

struct ActorFile {
  std::string name;     // for errors: "Phoenix.Countries.actors.txt"
  std::string content;  // the file's text
};

struct ActorImport {
  std::string json;                   // the aliases document
  size_t people = 0;                  // person entities written
  size_t offices = 0;                 // dated roles written as office terms
  size_t skipped_lines = 0;           // bad lines skipped (lenient only)
  size_t skipped_actors = 0;          // countries, organizations, one-word or titled names
  std::vector<std::string> problems;  // "file:line: problem" of each skipped line
};

/// Converts `files` in order (a later actor's spelling that an earlier one
/// has is dropped). With `known` (the table the output will be loaded on top
/// of), an actor `known` already names takes its name there ("Kasymzhomart
/// Tokayev" -> "Kassym-Jomart Tokayev"), and a spelling that is another
/// entity's name there is dropped, so the output always loads on top of it.
/// Throws Error (file, line, problem) at the first bad line unless
/// `lenient`, which skips bad lines and lists them in `problems`.
ActorImport ImportPetrarchActors(const std::vector<ActorFile>& files, bool lenient,
                                 const Aliases* known = nullptr);

}  // namespace polgraph
