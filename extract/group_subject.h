// Who a group subject stands for: "the two leaders", "both ministers", "the
// presidents", "the pair" are the people the item named before whom the
// group's noun fits, when there are as many as its number says; else nobody.
//
// The noun: "leaders" fits a person given one of the titles of the word list
// leader_titles (president, prime minister, king, party leader, ...); a noun
// of the list people_nouns ("pair", "men", "sides") fits anyone named;
// another plural office ("presidents", "foreign ministers", "heads of
// state") fits a person given that office. A title with a rank modifier
// ("deputy", "former") fits no group.
//
// The number: "two", "three", "four", "both" (two), "pair" and "duo" (two).
// A titled noun with a number stands for the people of the item given the
// title, when there are exactly that many; without a number, for all of
// them when there are two or more. A people noun stands for the people of
// the nearest sentences before, taken a sentence at a time back from the
// last, when a sentence brings their count to exactly the number (past it:
// nobody); without a number, for nobody.
#pragma once

#include <string_view>
#include <vector>

#include "extract/entity_resolver.h"
#include "extract/mention.h"
#include "extract/triple.h"
#include "extract/word_lists.h"

namespace polgraph {

/// The members of `group` (the subject's text, "The two leaders") among
/// `people` (EntityResolver::PeopleBefore), in order of first mention; empty
/// when the group is not one this unit reads or the item does not say
/// unambiguously who its members are.
std::vector<EntityRef> GroupMembers(std::string_view group, const std::vector<NamedPerson>& people,
                                    const MentionFinder& finder, const WordLists& words);

}  // namespace polgraph
