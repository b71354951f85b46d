// Stage 2 of a sentence's extraction, arguments: which mentions or phrases of
// the sentence may name each argument of a rule match. The subject is the
// phrase ending right before the verb; a list ("A, B and C") is split into
// items where no mention covers the separator and runs on past the pattern
// while mentions follow as list items; an item's person is its named one
// (titles come first); a statement's object is a mention in what was said; a
// pronoun ("he") points back to the person opening the sentence.
//
// Promises: pure functions of the sentence and the match spans; no entity is
// resolved here (resolution, argument_resolver.h, picks among the candidates
// in order). Candidates point into the sentence's mentions and live as long.
#pragma once

#include <optional>
#include <vector>

#include "extract/phrase_text.h"
#include "extract/rule_match.h"
#include "extract/sentence.h"

namespace polgraph {

/// A mention or phrase that may name an argument.
struct Candidate {
  const Mention* mention = nullptr;  // a mention; else the phrase `span` read as text
  TextSpan span;                     // the mention's span, or the phrase
  bool last = false;                 // the pick ends here, whether it names an entity or not
  // One capitalized word, no title before it, read as a person: it names
  // someone only where the item or the aliases say who ("Blair" where the
  // item names Tony Blair), not as written ('"Taken together, ...', "decided
  // in Scotland", "Ofsted boss"). Set for what was said, the objects of
  // `announced`.
  bool lone_word = false;
};

/// Candidates in the order they are tried.
using Candidates = std::vector<Candidate>;

/// The subject in `phrase`, the text before the verb: a pronoun's antecedent,
/// then the mention ending the phrase, else the phrase's tail ("the Head of State").
/// The phrase's tail starts after its last clause word (TailPhrase).
Candidates SubjectCandidates(const Sentence& sentence, TextSpan phrase,
                             const WordList& clause_words);

/// The items of a list phrase, the list extended over mentions that follow as
/// list items ("A, the Commission's Deputy Chair B, and member of the Commission C").
/// A last item after ", and" that a verb follows opens a new clause and is
/// left out ("met A, and B said"), and so is one that only describes the
/// people after it ("met his EU counterparts").
std::vector<TextSpan> ListItems(const Sentence& sentence, TextSpan list);

/// The first item of the phrase after the verb (the whole phrase if it has none).
TextSpan FirstItem(const Sentence& sentence, TextSpan phrase);

/// One list item: a pronoun's antecedent, its last named person, a person
/// title, its first mention unless that completes an office, else its text.
Candidates ItemCandidates(const Sentence& sentence, TextSpan item);

/// What was said (`announced`): the mentions inside `statement`, the
/// statement's span (StatementSpan of extract/statement_text.h).
Candidates StatementCandidates(const Sentence& sentence, TextSpan statement);

/// The sentence's first person when it opens the sentence (after at most an
/// introductory phrase and a comma) and is not a possessive ("Patrushev's");
/// else a later person who opens a clause (after a comma or one opening word)
/// and is followed by a lowercase word other than "and" / "or" / "of"
/// ("After meetings with A, B and C, Clark told ...": Clark).
const Mention* GrammaticalSubject(const Sentence& sentence);

/// Whether "he" or "she" comes before the sentence's first named person
/// ("He met X", "After the talks, she said X ..."): the sentence's subject is
/// the earlier antecedent, which stays.
bool OpensWithPronoun(const Sentence& sentence);

/// True when `subject` is followed by "'s" and a person who stands in for
/// or beside it: "appointed by X's predecessor", "X's aide said". Not a
/// possessive whose noun is the act ("X's decree", "X's appointment of").
bool ActsThroughAnother(const Sentence& sentence, TextSpan subject);

/// The sentence speaks in the first person ("I", "me", "we", "our"): quoted
/// words, whose people are talked about; the one who speaks them is named
/// outside the quote.
bool SpeaksInFirstPerson(const Sentence& sentence);

/// The sentence opens with someone unnamed speaking: "A party spokesman
/// said ...", "One source told ...". A later "he added" stands for no one.
bool OpensWithUnnamedSpeaker(const Sentence& sentence);

/// True when `subject`, opening the match `whole`, follows a preposition: it
/// is the complement of a head the rule did not read ("officials in Powys
/// said", "a spokesman for Mr Blair said", "a book by X, a lawyer, says") and
/// did not act. Not when a relative clause follows it ("received by X, who
/// met Y"): it is that clause's subject.
bool FollowsPreposition(const Sentence& sentence, TextSpan subject, TextSpan whole);

/// True when `subject`, opening the match `whole`, is the object of a
/// relative clause's verb: "The lawyer who had represented [Mr Novak] had
/// said ...", "Officials who met [X] said ...". The clause's head spoke.
bool FollowsRelativeVerb(const Sentence& sentence, TextSpan subject, TextSpan whole);

/// True when a denial introduces the clause of the match `whole`: a denial
/// word (the "denial_words" list: denied, rejected), then "that" at most four
/// words after it, in the same clause before the match: "denied that X had
/// met Y", "dismissed reports that X had been sacked". The act is denied,
/// not told.
bool IsDenied(const Sentence& sentence, TextSpan whole, const WordList& denial_words);

/// True when list item `office` names no person and `next`, after a comma
/// (no "and"), does: "the first president of Kazakhstan, Nursultan
/// Nazarbayev" is one person, named by `next`.
bool IsApposition(const Sentence& sentence, TextSpan office, TextSpan next);

/// The full name set off by commas right after a `subject` that names no
/// one, an office: "The Prime Minister, [Helen Marsh], has appointed ...",
/// "The shadow education secretary, [Tim Collins], said". Empty when the
/// subject names a person, or no person's full name stands there.
std::optional<TextSpan> NameAfterOffice(const Sentence& sentence, TextSpan subject);

/// How a role group reads.
enum class RoleReading {
  kOffice,       // an office: the role
  kNamesPerson,  // holds a person's name: not an office
  kCutsMention,  // begins inside a name or office: a misreading
};
RoleReading ReadRole(const Sentence& sentence, TextSpan role);

}  // namespace polgraph
