// AtomScanner: the literal words a text holds, case-blind, exactly as an
// RE2::Set of the same quoted literals finds them.
#include "extract/atom_scanner.h"

#include <random>

#include <re2/re2.h>
#include <re2/set.h>
#include <catch2/catch.hpp>

namespace polgraph {
namespace {

using V = std::vector<int>;

V Scan(const AtomScanner& scanner, std::string_view text) {
  V found;
  REQUIRE(scanner.Scan(text, &found));
  return found;
}

// What the trigger filter asked RE2 before: the atoms as case-blind literals.
V WithRe2(const std::vector<std::string>& atoms, std::string_view text) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  RE2::Set set(options, RE2::UNANCHORED);
  for (const std::string& atom : atoms) set.Add(RE2::QuoteMeta(atom), nullptr);
  REQUIRE(set.Compile());
  V found;
  set.Match(re2::StringPiece(text.data(), text.size()), &found);
  std::sort(found.begin(), found.end());
  return found;
}

TEST_CASE("AtomScanner finds each word once, whatever its case, inside other words too",
          "[rules]") {
  AtomScanner scanner({"met", "meeting", "said", "according to", "ting"});
  REQUIRE(scanner.Usable());
  CHECK(Scan(scanner, "The envoy MET the governor.") == V{0});
  CHECK(Scan(scanner, "After the Meeting, she said and said again.") == V{1, 2, 4});
  CHECK(Scan(scanner, "According To the mayor") == V{3});
  CHECK(Scan(scanner, "according  to the mayor") == V{});
  CHECK(Scan(scanner, "The water was metered.") == V{0});
  CHECK(Scan(scanner, "") == V{});
}

TEST_CASE("AtomScanner leaves to RE2 what it cannot answer alone", "[rules]") {
  CHECK_FALSE(AtomScanner({}).Usable());
  CHECK_FALSE(AtomScanner({"süd"}).Usable());       // a letter outside ASCII: RE2 folds its case
  CHECK_FALSE(AtomScanner({"\xE2\x80"}).Usable());  // a character cut short
  CHECK_FALSE(AtomScanner({"Said"}).Usable());      // atoms are lowercase
  AtomScanner scanner({"said", "kept"});
  V found = {7};
  // RE2 reads the long s and the Kelvin sign as 's' and 'k'.
  CHECK_FALSE(
      scanner.Scan("He \xC5\xBF"
                   "aid so.",
                   &found));
  CHECK(found.empty());
  CHECK_FALSE(
      scanner.Scan("\xE2\x84\xAA"
                   "ept",
                   &found));
  CHECK(Scan(scanner,
             "Zürich said: \xC3"
             "kept") == V{0, 1});
  // Curly quotes and dashes have no case: their bytes are the atom.
  AtomScanner quotes({"\xE2\x80\x99s appointment", "\xE2\x80\x94 said"});
  REQUIRE(quotes.Usable());
  CHECK(Scan(quotes, "the President\xE2\x80\x99S Appointment \xE2\x80\x94 SAID") == V{0, 1});
  CHECK(Scan(quotes, "the President's appointment - said") == V{});
}

TEST_CASE("AtomScanner agrees with an RE2::Set of the same literals", "[rules]") {
  const std::vector<std::string> atoms = {
      "met",       "meets",    "with",    "said",           "says",        "talks", "appoint",
      "named",     "relieved", "dismiss", "ed b",           "hold",        "held",  "sacked",
      "according", "d, ",      "-in-",    "\xE2\x80\x99s ", "\xE2\x80\x9c"};
  AtomScanner scanner(atoms);
  REQUIRE(scanner.Usable());
  // Texts made of pieces of the atoms, other words and bytes outside ASCII.
  const std::vector<std::string> pieces = {
      "me",       "t",    "ts",   "S",  "aid",          "SAID",     " ",    "with", "Talks",
      "appo",     "INT",  "ed",   " b", "d,",           ", ",       "-in",  "-",    "é",
      "\xD0\x9C", "held", "hold", "x",  "\xE2\x80\x99", "\xE2\x80", "\x9c", "\xE2", "s"};
  std::mt19937 random(16);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int n = std::uniform_int_distribution<int>(0, 120)(random); n > 0; --n)
      text += pieces[std::uniform_int_distribution<size_t>(0, pieces.size() - 1)(random)];
    INFO(text);
    CHECK(Scan(scanner, text) == WithRe2(atoms, text));
  }
}

// The scan reads a long text as two halves at once: an atom is found
// wherever it lies, across the middle too, in texts of every length.
TEST_CASE("AtomScanner finds an atom at every place in texts of every length", "[rules]") {
  const std::vector<std::string> atoms = {"according to", "said", "met"};
  AtomScanner scanner(atoms);
  REQUIRE(scanner.Usable());
  for (size_t length = 0; length <= 90; ++length) {
    for (size_t atom = 0; atom < atoms.size(); ++atom) {
      for (size_t at = 0; at + atoms[atom].size() <= length; ++at) {
        std::string text(length, 'x');
        text.replace(at, atoms[atom].size(), atoms[atom]);
        INFO(text);
        CHECK(Scan(scanner, text) == V{static_cast<int>(atom)});
      }
    }
    CHECK(Scan(scanner, std::string(length, 'x')).empty());
  }
}

}  // namespace
}  // namespace polgraph
