#include "extract/group_subject.h"

#include <algorithm>
#include <optional>
#include <string>

#include "base/utf8.h"

namespace polgraph {
namespace {

using Words = std::vector<std::string>;

// How many a number word ("two", "both", "pair") says; nothing for another word.
std::optional<size_t> NumberOf(std::string_view word) {
  if (word == "two" || word == "both" || word == "pair" || word == "duo") return 2;
  if (word == "three") return 3;
  if (word == "four") return 4;
  return std::nullopt;
}

// What a group's noun asks of a person's titles.
struct Noun {
  bool anyone = false;        // a people noun ("pair", "men"): no title asked
  std::vector<Words> titles;  // TitleWords of the offices that fit, any one of them
};

// The noun of `words` (articles and number dropped): a people noun, "leaders"
// or a plural office made singular ("heads of state" -> "head of state").
Noun NounOf(const Words& words, const MentionFinder& finder, const WordLists& lists) {
  std::string phrase, singular;
  for (const std::string& w : words) {
    phrase += (phrase.empty() ? "" : " ") + w;
    bool plural = w.size() > 3 && w.back() == 's' && w != "affairs";
    singular += (singular.empty() ? "" : " ") + (plural ? w.substr(0, w.size() - 1) : w);
  }
  Noun noun;
  const Words& people = lists.Get("people_nouns").words;
  if (std::find(people.begin(), people.end(), phrase) != people.end()) {
    noun.anyone = true;
  } else if (singular == "leader") {
    for (const std::string& title : lists.Get("leader_titles").words)
      noun.titles.push_back(finder.TitleWords(title));
  } else if (!singular.empty()) {
    noun.titles.push_back(finder.TitleWords(singular));
  }
  std::erase_if(noun.titles, [](const Words& t) { return t.empty(); });
  return noun;
}

// Whether one of `person`'s titles holds every word of one of `noun`'s
// offices and no rank modifier.
bool Fits(const NamedPerson& person, const Noun& noun, const MentionFinder& finder) {
  for (const Words& title : person.titles) {
    if (std::any_of(title.begin(), title.end(),
                    [&](const std::string& w) { return finder.IsRankModifier(w); }))
      continue;
    for (const Words& office : noun.titles)
      if (std::all_of(office.begin(), office.end(), [&](const std::string& w) {
            return std::find(title.begin(), title.end(), w) != title.end();
          }))
        return true;
  }
  return false;
}

// The people of the nearest sentences, a sentence at a time back from the
// last, once they are exactly `count`; empty when a sentence takes them past it.
std::vector<EntityRef> Nearest(const std::vector<NamedPerson>& people, size_t count) {
  int last = -1;
  for (const NamedPerson& p : people) last = std::max(last, p.last_sentence);
  for (int from = last; from >= 0; --from) {
    std::vector<EntityRef> out;
    for (const NamedPerson& p : people)
      if (p.last_sentence >= from) out.push_back(p.entity);
    if (out.size() == count) return out;
    if (out.size() > count) break;
  }
  return {};
}

}  // namespace

std::vector<EntityRef> GroupMembers(std::string_view group, const std::vector<NamedPerson>& people,
                                    const MentionFinder& finder, const WordLists& words) {
  Words noun_words = utf8::NameWords(group);
  if (!noun_words.empty() && noun_words.front() == "the") noun_words.erase(noun_words.begin());
  std::optional<size_t> count;
  if (!noun_words.empty() && noun_words.front() != "pair" && noun_words.front() != "duo" &&
      (count = NumberOf(noun_words.front())))
    noun_words.erase(noun_words.begin());
  if (noun_words.size() == 1 && !count) count = NumberOf(noun_words.front());  // "the pair"
  Noun noun = NounOf(noun_words, finder, words);
  if (noun.anyone) return count ? Nearest(people, *count) : std::vector<EntityRef>{};
  if (noun.titles.empty()) return {};
  std::vector<EntityRef> out;
  for (const NamedPerson& p : people)
    if (Fits(p, noun, finder)) out.push_back(p.entity);
  if (count ? out.size() != *count : out.size() < 2) return {};
  return out;
}

}  // namespace polgraph
