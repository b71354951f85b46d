// The RE2 macros of mention.h. Built from a few named pieces so that each
// macro is readable; every piece is a word shape or a short literal
// alternation (no gazetteer), with non-capturing groups only. Letters are
// written as explicit code point ranges (Latin with its accents, Cyrillic)
// rather than \p{L}: the Unicode classes make every copy of a word shape
// hundreds of instructions long, and rules combine several macros.
#include <string>
#include <utility>
#include <vector>

#include "extract/mention.h"

namespace polgraph {
namespace {

// A capital letter, and a letter or digit of a word.
const std::string kUpper = R"([A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{17F}\x{400}-\x{42F}])";
const std::string kLower =
    R"([a-z\x{DF}-\x{F6}\x{F8}-\x{FF}\x{100}-\x{17F}\x{430}-\x{45F}])";
const std::string kLetter =
    R"([a-zA-Z0-9\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{300}-\x{36F}\x{400}-\x{4FF}])";

// A capitalized word: hyphenated parts, inner apostrophes followed by two or
// more letters (O'Brien, Sha’ban; a possessive 's is left out), joined Arabic
// particles (al-Sisi), or a dotted acronym (U.S.).
const std::string kWord = "(?:" + kUpper + R"((?:\.)" + kUpper +
                          R"()+\.|(?:(?:al|el|ad|as|ash|at|az|an|ar)-)?)" + kUpper + kLetter +
                          "*(?:-" + kLetter + "+|['’]" + kLetter + "{2,})*)";
// An initial: J., Kassym-J.
const std::string kInitial = "(?:" + kUpper + kLetter + "*-)?" + kUpper + R"(\.)";
// Honorifics and ranks written abbreviated.
const std::string kAbbreviation =
    R"((?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Sen|Rep|Gov|Prof|Amb|Pres|St)\.)";
const std::string kParticle =
    R"((?:von|van|der|den|de|del|della|di|da|dos|du|la|le|al|el|bin|bint|ibn|ben|ul|ter|zu))";
// Lowercase words that stand in titles before a name.
const std::string kLowerTitle =
    R"((?:spokesman|spokeswoman|spokesperson|press|secretary|judge|chief|head|minister|)"
    R"(adviser|advisor|ambassador|envoy|deputy|chairman|chairwoman|chair|president|negotiator|)"
    R"(founder|member|leader|speaker|akim|governor|mayor|commander|general|officer|official|)"
    R"(presidential|prime|foreign|acting|first|former|entrepreneurs?|counselor|assistant|)"
    R"(director|representative|parliament))";
const std::string kOrgHead =
    R"((?:Ministry|Ministries|Agency|Committee|Commission|Court|Council|Parliament|Senate|)"
    R"(Majilis|Mazhilis|Majlis|Qurultay|Kurultai|Duma|Assembly|Congress|Chamber|Party|)"
    R"(Government|Cabinet|Administration|Office|Department|Service|Bureau|Bank|Fund|Union|)"
    R"(Organization|Organisation|Nations|Forces|Army|Navy|University|Academy|Institute|Center|)"
    R"(Centre|Corporation|Company|Group|Holding|Foundation|Association|Federation|Alliance|)"
    R"(Coalition|Kenesh|Kenesi|Rada|Bundestag|Knesset|Secretariat|Authority|Tribunal|Board|)"
    R"(Inc\.?|LLC|JSC|Ltd\.?|PLC|Corp\.?))";
// An acronym: NATO, EU, G20.
const std::string kAcronym = R"([A-Z][A-Z0-9]+\b)";

std::string Group(const std::string& body) { return "(?:" + body + ")"; }

std::vector<std::pair<std::string, std::string>> BuildMacros() {
  const std::string name_word = Group(kInitial + "|" + kWord);
  const std::string name =
      Group(name_word + R"((?:\s+(?:)" + kParticle + R"(\s+){0,2})" + name_word + ")*" +
            R"((?:\s+(?:uulu|kyzy|ogly|oglu|qizi|ugli)\b)?)");
  const std::string title_word = Group(kAbbreviation + "|" + kWord + "|" + kLowerTitle);
  // "of the Constitutional Court", "for Legal Affairs", "of Labor and Social Protection".
  const std::string words = Group(kWord + R"((?:\s+)" + kWord + ")*");
  const std::string complement =
      Group(R"((?:of|for|to|on)\s+(?:the\s+)?)" + words + R"((?:\s+and\s+)" + words + ")?");
  const std::string title = Group(title_word + R"((?:\s+)" + title_word + R"(|\s+)" + complement +
                                  R"(|\s*[-–—]\s*)" + title_word + ")*");
  const std::string person = Group(R"((?:)" + title + R"(\s+)?)" + name);
  const std::string org =
      Group(R"((?:)" + kWord + R"(\s+)*)" + kOrgHead + R"((?:\s+)" + complement + ")*|" + kAcronym);
  const std::string country = Group(kWord + R"((?:\s+(?:of\s+(?:the\s+)?)?)" + kWord + "){0,4}");
  const std::string entity = Group(person + R"((?:\s+)" + complement + ")*");
  const std::string item = Group(R"((?:the\s+)?)" + entity);
  const std::string name_list =
      Group(item + R"((?:(?:\s*,\s*(?:and\s+)?|\s+and\s+))" + item + ")*");
  const std::string pronoun = R"((?:\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er)\b))";
  return {
      {"UPPER", kUpper},    {"LOWER", kLower},    {"LETTER", kLetter},
      {"CAPWORD", kWord},   {"NAME", name},       {"TITLE", title},   {"PERSON", person},
      {"ORG", org},         {"COUNTRY", country}, {"ENTITY", entity}, {"NAME_LIST", name_list},
      {"PRONOUN", pronoun},
  };
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& MentionMacros() {
  static const std::vector<std::pair<std::string, std::string>> kMacros = BuildMacros();
  return kMacros;
}

}  // namespace polgraph
