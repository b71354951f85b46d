// Splits a sentence into word, number and punctuation tokens for the mention
// finder, in one pass. A word keeps its inner hyphens, apostrophes and dots
// ("Kassym-Jomart", "O'Brien", "Sha’ban", "U.S.", "primeminister.kz"); a
// possessive "’s" is cut off and remembered; a short capitalized abbreviation
// or an initial keeps its period ("Gen.", "J.").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace polgraph {

struct Token {
  enum class Kind : uint8_t { kWord, kNumber, kDash, kComma, kOther };
  uint32_t begin = 0, end = 0;  // bytes in the sentence; a possessive 's is not included
  Kind kind = Kind::kOther;
  bool upper = false;           // a word starting with a capital ("al-Sisi" counts)
  bool all_caps = false;        // two or more letters, none lowercase: "NATO", "U.S."
  bool possessive = false;      // followed by 's or a bare apostrophe
  bool initial = false;         // one capital and a period: "J."
  bool sentence_start = false;  // first word of the text (after quotes and brackets)

  std::string_view Text(std::string_view sentence) const {
    return sentence.substr(begin, end - begin);
  }
  bool IsWord() const { return kind == Kind::kWord; }
};

/// The tokens of `text`, in order. Spaces are dropped.
std::vector<Token> Tokenize(std::string_view text);
/// Tokenize(text) into `tokens`, replacing what it held and reusing its storage.
void Tokenize(std::string_view text, std::vector<Token>& tokens);

}  // namespace polgraph
