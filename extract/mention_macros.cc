// The RE2 macros of mention.h. Built from a few named pieces so that each
// macro is readable; every piece is a word shape or a short literal
// alternation (no gazetteer), with non-capturing groups only.
#include <string>
#include <utility>
#include <vector>

#include "extract/mention.h"

namespace polgraph {
namespace {

// A capitalized word: hyphenated parts, inner apostrophes followed by two or
// more letters (O'Brien, Sha’ban; a possessive 's is left out), and joined
// Arabic particles (al-Sisi).
const std::string kWord =
    R"((?:(?:al|el|ad|as|ash|at|az|an|ar)-)?\p{Lu}[\p{L}\p{M}\d]*)"
    R"((?:-[\p{L}\p{M}\d]+|['’][\p{L}\p{M}]{2,}[\p{L}\p{M}\d]*)*)";
// A dotted acronym: U.S., U.K., U.S.A.
const std::string kAcronym = R"(\p{Lu}(?:\.\p{Lu})+\.)";
// An initial: J., Kassym-J.
const std::string kInitial = R"((?:\p{Lu}[\p{L}\p{M}]*-)?\p{Lu}\.)";
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
    R"(director|representative))";
const std::string kOrgHead =
    R"((?:Ministry|Ministries|Agency|Committee|Commission|Court|Council|Parliament|Senate|)"
    R"(Majilis|Mazhilis|Majlis|Qurultay|Kurultai|Duma|Assembly|Congress|Chamber|Party|)"
    R"(Government|Cabinet|Administration|Office|Department|Service|Bureau|Bank|Fund|Union|)"
    R"(Organization|Organisation|Nations|Forces|Army|Navy|University|Academy|Institute|Center|)"
    R"(Centre|Corporation|Company|Group|Holding|Foundation|Association|Federation|Alliance|)"
    R"(Coalition|Kenesh|Kenesi|Rada|Bundestag|Knesset|Secretariat|Authority|Tribunal|Board|)"
    R"(Inc\.?|LLC|JSC|Ltd\.?|PLC|Corp\.?))";

std::string Group(const std::string& body) { return "(?:" + body + ")"; }

std::vector<std::pair<std::string, std::string>> BuildMacros() {
  const std::string capword = Group(kAcronym + "|" + kWord);
  const std::string name_word = Group(kAcronym + "|" + kInitial + "|" + kWord);
  const std::string name =
      Group(name_word + R"((?:\s+(?:)" + kParticle + R"(\s+){0,2})" + name_word + "){0,5}");
  const std::string title_word = Group(kAbbreviation + "|" + capword + "|" + kLowerTitle);
  // "of the Constitutional Court", "for Legal Affairs", "of Labor and Social Protection".
  const std::string complement = Group(R"((?:of|for|to|on)\s+(?:the\s+)?)" + capword +
                                       R"((?:\s+)" + capword + R"()*(?:\s+and\s+)" + capword +
                                       R"((?:\s+)" + capword + ")*)?");
  const std::string title = Group(title_word + R"((?:\s+)" + title_word + R"(|\s+)" +
                                  complement + R"(|\s*[-–—]\s*)" + title_word + ")*");
  const std::string person = Group(R"((?:)" + title + R"(\s+)?)" + name);
  const std::string org = Group(R"((?:)" + capword + R"(\s+){0,5})" + kOrgHead + R"((?:\s+)" +
                                complement + R"()*|\p{Lu}[\p{Lu}\d]+\b)");
  const std::string country =
      Group(capword + R"((?:\s+(?:of\s+(?:the\s+)?)?)" + capword + "){0,4}");
  const std::string entity = Group(org + "|" + person);
  const std::string item = Group(R"((?:the\s+)?)" + entity);
  const std::string name_list =
      Group(item + R"((?:\s*,\s*)" + item + R"()*(?:,?\s+and\s+)" + item + ")?");
  const std::string pronoun = R"((?:\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er)\b))";
  return {
      {"CAPWORD", capword}, {"NAME", name},       {"TITLE", title},
      {"PERSON", person},   {"ORG", org},         {"COUNTRY", country},
      {"ENTITY", entity},   {"NAME_LIST", name_list}, {"PRONOUN", pronoun},
  };
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& MentionMacros() {
  static const std::vector<std::pair<std::string, std::string>> kMacros = BuildMacros();
  return kMacros;
}

}  // namespace polgraph
