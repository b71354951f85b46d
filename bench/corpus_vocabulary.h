// The word lists the benchmark corpus generator draws from: people, offices,
// organizations, countries, places and the stock phrases of news writing.
// All of it written for polgraph's benchmarks (no text taken from real feeds).
// The lists are fixed: a corpus depends only on the generator's seed.
#pragma once

#include <span>
#include <string_view>

namespace polgraph::bench {

struct Country {
  std::string_view name;     // "Uzbekistan"
  std::string_view demonym;  // "Uzbek"
  std::string_view capital;  // "Tashkent"
};

/// Full names of Kazakh officials (about 120).
std::span<const std::string_view> KazakhNames();
/// Full names of foreign officials: Russian, Central Asian, Western and other (about 200).
std::span<const std::string_view> ForeignNames();
/// Offices a person may be appointed to or relieved of ("Minister of Energy").
std::span<const std::string_view> Offices();
/// Short titles standing before a name ("President", "Foreign Minister").
std::span<const std::string_view> Titles();
/// Organizations: ministries, agencies, courts, parties, companies, blocs.
std::span<const std::string_view> Organizations();
std::span<const Country> Countries();
/// Kazakh cities and regions.
std::span<const std::string_view> Places();
/// What a meeting or a programme is about ("energy cooperation").
std::span<const std::string_view> Topics();
/// Economic sectors and indicators ("industrial output", "retail trade").
std::span<const std::string_view> Indicators();
/// Sources quoted at the end of a sentence ("Akorda press service reports").
std::span<const std::string_view> Sources();
/// Photo credits for `Images | ...` lines.
std::span<const std::string_view> PhotoCredits();
std::span<const std::string_view> Weekdays();
std::span<const std::string_view> Months();
/// Nouns and adjectives used to build neutral filler clauses.
std::span<const std::string_view> Adjectives();
std::span<const std::string_view> Projects();

}  // namespace polgraph::bench
