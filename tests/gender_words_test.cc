#include "extract/gender_words.h"

#include <catch2/catch.hpp>

#include "extract/word_lists.h"

using polgraph::Gender;
using polgraph::GendersAgree;
using polgraph::GenderWords;
using polgraph::WordLists;

namespace {

const GenderWords& Genders() {
  static const GenderWords genders(WordLists::Default());
  return genders;
}

}  // namespace

TEST_CASE("GenderWords reads forms of address and titles first", "[gender]") {
  CHECK(Genders().Of("Pell", "Baroness") == Gender::kFemale);
  CHECK(Genders().Of("Arden", "Lord") == Gender::kMale);
  CHECK(Genders().Of("Grant", "Mrs") == Gender::kFemale);
  CHECK(Genders().Of("Grant", "Mr") == Gender::kMale);
  CHECK(Genders().Of("Anna Ruiz", "Home Office minister Dame") == Gender::kFemale);
  // The title wins over a given name that says otherwise.
  CHECK(Genders().Of("Michael Grant", "Mrs") == Gender::kFemale);
}

TEST_CASE("GenderWords reads a common given name opening a full name", "[gender]") {
  CHECK(Genders().Of("Margaret Hale", "") == Gender::kFemale);
  CHECK(Genders().Of("MARGARET Hale", "") == Gender::kFemale);
  CHECK(Genders().Of("Dmitry Volkov", "Deputy Minister") == Gender::kMale);
  // A surname alone, an unknown or a shared given name tells nothing.
  CHECK(Genders().Of("Margaret", "") == Gender::kUnknown);
  CHECK(Genders().Of("Zhenis Ospanov", "") == Gender::kUnknown);
  CHECK(Genders().Of("Robin Hale", "") == Gender::kUnknown);
  CHECK(Genders().Of("Hale", "Minister") == Gender::kUnknown);
}

TEST_CASE("GenderWords reads pronouns and tells which genders agree", "[gender]") {
  CHECK(GenderWords::OfPronoun("She") == Gender::kFemale);
  CHECK(GenderWords::OfPronoun("him") == Gender::kMale);
  CHECK(GenderWords::OfPronoun("they") == Gender::kUnknown);
  CHECK(GendersAgree(Gender::kUnknown, Gender::kFemale));
  CHECK(GendersAgree(Gender::kMale, Gender::kMale));
  CHECK_FALSE(GendersAgree(Gender::kMale, Gender::kFemale));
}
