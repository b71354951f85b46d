// The aliases table: canonical names with their aliases and transliterations,
// and offices with their holders over date ranges. Loaded from JSON (the
// default table is compiled in; --aliases FILE adds to it). The format is
// described in docs/aliases.md.
//
// Names are compared folded: case, accents, hyphens, dots and apostrophes do
// not matter ("kassym jomart TOKAYEV" is "Kassym-Jomart Tokayev"). A name that
// matches no alias exactly may still match through a looser transliteration
// key (zh/j, kh/h, doubled letters, y between vowels: "Kasym-Zhomart Tokaev"),
// when that key points to one entity only.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/date.h"
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
    Date from, to;        // days surely in office; `to` unknown: still in; from > to: no sure day
    std::string country;  // the office's country, may be empty
  };

  /// The table compiled into polgraph (Kazakhstan's top offices and more).
  static Aliases Default();

  /// Adds the entries of a JSON aliases document. `source` names it in errors.
  /// Throws Error naming the file, the line and the problem.
  void Load(std::string_view json, const std::string& source);

  /// Canonical entity for a name or alias (case and accents folded), if known.
  std::optional<EntityRef> Canonical(std::string_view name) const;

  /// Who held `office` ("President of Kazakhstan", "Head of State", ...) on `date`.
  /// With an unknown date: the holder still in office.
  std::optional<EntityRef> Holder(std::string_view office, Date date) const;

  /// Holder() among the offices of `country` only (all offices when empty).
  std::optional<EntityRef> Holder(std::string_view office, Date date,
                                  std::string_view country) const;

  /// Holder() among the offices of `country` only: an office without a
  /// country never answers, and an empty `country` gives nothing. This is
  /// what a title alone ("the President") resolves through: the office of
  /// the item's own country, never another's.
  std::optional<EntityRef> HolderIn(std::string_view office, Date date,
                                    std::string_view country) const;

  /// The countries whose offices `person` (any of its names) held at some
  /// time, in file order; empty for people the table gives no office.
  std::vector<std::string> OfficeCountries(std::string_view person) const;

  /// The offices (one per holder and term) called `name`, in file order.
  std::vector<const Office*> OfficesNamed(std::string_view name) const;

  /// True when one office is called both `a` and `b` ("Head of State" and
  /// "Kazakh President").
  bool SameOffice(std::string_view a, std::string_view b) const;

  const std::vector<Entry>& entries() const { return entries_; }
  const std::vector<Office>& offices() const { return offices_; }

  struct Document;  // a document being loaded (defined in aliases.cc)

 private:
  size_t AddEntity(const Document& doc, EntityRef entity, const std::string& where, long line);
  void AddAlias(const Document& doc, size_t entry, std::string_view alias, const std::string& where,
                long line);
  void LoadEntities(const Document& doc);
  void LoadOffices(const Document& doc);
  void GroupOffices();  // numbers the offices added since the last call
  std::optional<EntityRef> FindHolder(std::string_view office, Date date, std::string_view country,
                                      bool country_required) const;

  std::vector<Entry> entries_;
  std::vector<Office> offices_;
  std::unordered_map<std::string, size_t> by_key_;                        // folded name -> entry
  std::unordered_map<std::string, std::vector<size_t>> by_loose_;         // loose key -> entries
  std::unordered_map<std::string, std::vector<size_t>> offices_by_name_;  // folded -> offices
  std::unordered_map<std::string, std::vector<std::string>> countries_by_holder_;  // folded
  // folded name -> the numbers of its offices' name lists, sorted (SameOffice)
  std::unordered_map<std::string, std::vector<uint32_t>> office_groups_by_name_;
  std::map<std::vector<std::string>, uint32_t> office_numbers_;  // a name list's number
  size_t grouped_ = 0;                                           // offices_ numbered so far
};

/// A folded surname through the aliases' loose transliteration key, each
/// vowel (y among them) as "*": one vowel written for another meets
/// ("zhaparov" and "zheparov" give "j*p*r*v"), a vowel more or less does not
/// ("reagan" is "r**g*n", "regan" "r*g*n"). Empty for a word of other
/// characters than a-z, or with fewer than five letters or three
/// consonants: short names meet by chance.
std::string SurnameSpellingKey(std::string_view folded_word);

}  // namespace polgraph
