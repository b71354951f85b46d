// The RE2 macros of mention.h. Rules run over masked sentences (see
// masked_sentence.h), so the entity macros are the mention placeholder, and
// only the word shapes are patterns. Letters are written as explicit code
// point ranges (Latin with its accents, Cyrillic) rather than \p{L}: the
// Unicode classes make every copy of a word shape hundreds of instructions
// long, and rules combine several macros.
#include <string>
#include <utility>
#include <vector>

#include "extract/masked_sentence.h"
#include "extract/mention.h"

namespace polgraph {
namespace {

// A capital letter, and a letter or digit of a word.
const std::string kUpper = R"([A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{17F}\x{400}-\x{42F}])";
const std::string kLower = R"([a-z\x{DF}-\x{F6}\x{F8}-\x{FF}\x{100}-\x{17F}\x{430}-\x{45F}])";
const std::string kLetter =
    R"([a-zA-Z0-9\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{300}-\x{36F}\x{400}-\x{4FF}])";

// A capitalized word: hyphenated parts, inner apostrophes followed by two or
// more letters (O'Brien, Sha’ban; a possessive 's is left out), joined Arabic
// particles (al-Sisi), or a dotted acronym (U.S.).
const std::string kWord = "(?:" + kUpper + R"((?:\.)" + kUpper +
                          R"()+\.|(?:(?:al|el|ad|as|ash|at|az|an|ar)-)?)" + kUpper + kLetter +
                          "*(?:-" + kLetter + "+|['’]" + kLetter + "{2,})*)";

std::vector<std::pair<std::string, std::string>> BuildMacros() {
  // A mention runs on over mentions and capitalized words beside it or
  // joined by "of", "to the", ...: "Ambassador of Kazakhstan to Turkiye
  // Almas Kenzhebayev" may be found as two mentions with a country the finder
  // does not know between them. The rule takes the whole; the extractor
  // picks the person in it. "on" joins no day ("War on Want", but "met X on
  // Monday, spokesman Y said" is no list of X and Y): a word after it is
  // joined if it does not end in "day".
  const std::string placeholder(kMentionPlaceholder);
  const std::string word = "(?:" + placeholder + "|" + kWord + ")";
  const std::string not_a_day =
      R"([A-Z](?:[A-Za-z-]*(?:[a-ce-z][a-z]{2}|[a-z][b-z][a-z]|[a-z]{2}[a-xz])|[a-z]?)\b)";
  const std::string joined = R"(\s+(?:(?:of|for|to)\s+(?:the\s+)?|on\s+the\s+)?)" + word +
                             R"(|\s+on\s+(?:)" + placeholder + "|" + not_a_day + ")";
  const std::string mention = "(?:" + word + "(?:" + joined + ")*)";
  const std::string item = R"((?:the\s+)?)" + mention;
  const std::string name_list =
      "(?:" + item + R"((?:(?:\s*,\s*(?:and\s+)?|\s+and\s+))" + item + ")*)";
  const std::string pronoun = R"((?:\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er)\b))";
  return {
      {"UPPER", kUpper},    {"LOWER", kLower},   {"LETTER", kLetter},      {"CAPWORD", kWord},
      {"NAME", mention},    {"TITLE", mention},  {"PERSON", mention},      {"ORG", mention},
      {"COUNTRY", mention}, {"ENTITY", mention}, {"NAME_LIST", name_list}, {"PRONOUN", pronoun},
  };
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& MentionMacros() {
  static const std::vector<std::pair<std::string, std::string>> kMacros = BuildMacros();
  return kMacros;
}

}  // namespace polgraph
