#include "extract/tokenizer.h"

#include <bit>
#include <cstring>

#include "base/utf8.h"

namespace polgraph {
namespace {

using utf8::Decode;

inline bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

inline bool IsWordChar(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  return utf8::IsLetter(c) || (c >= 0x300 && c <= 0x36F);
}

// Particles written joined to a name: "al-Sisi", "el-Sisi", "ibn-Saud".
bool HasJoinedParticle(std::string_view word) {
  static constexpr std::string_view kPrefixes[] = {"al-", "el-", "ad-", "as-", "ash-",
                                                   "at-", "az-", "an-", "ar-"};
  if (word.size() < 4 || (word[2] != '-' && word[3] != '-')) return false;
  for (std::string_view prefix : kPrefixes) {
    if (word.size() > prefix.size() && word.substr(0, prefix.size()) == prefix)
      return utf8::IsUpper(Decode(word, prefix.size()).value);
  }
  return false;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  void Run(std::vector<Token>& out) {
    std::vector<Token> tokens;  // a local, kept in registers: out's storage
    tokens.swap(out);
    tokens.clear();
    tokens.reserve(text_.size() / 5);  // about one token per six bytes of news
    bool at_start = true;
    while (pos_ < text_.size()) {
      if (text_[pos_] == ' ') {  // the common case, without decoding
        ++pos_;
        continue;
      }
      auto cp = Decode(text_, pos_);
      if (utf8::IsSpace(cp.value)) {
        pos_ += cp.length;
        continue;
      }
      Token token = IsWordChar(cp.value) ? Word() : Punctuation(cp);
      if (token.IsWord() || token.kind == Token::Kind::kNumber) {
        token.sentence_start = at_start;
        at_start = false;
      } else if (token.kind != Token::Kind::kOther || !IsOpener(cp.value)) {
        at_start = false;
      }
      tokens.push_back(token);
    }
    out.swap(tokens);
  }

 private:
  static bool IsOpener(char32_t c) { return utf8::IsQuote(c) || c == '(' || c == '['; }

  char32_t At(size_t pos) const { return Decode(text_, pos).value; }
  size_t LengthAt(size_t pos) const { return Decode(text_, pos).length; }

  Token Punctuation(utf8::CodePoint cp) {
    Token token;
    token.begin = static_cast<uint32_t>(pos_);
    pos_ += cp.length;
    token.end = static_cast<uint32_t>(pos_);
    token.kind = utf8::IsDash(cp.value) ? Token::Kind::kDash
                 : cp.value == ','      ? Token::Kind::kComma
                                        : Token::Kind::kOther;
    return token;
  }

  // After a word character: does the word go on past the joiner at pos_?
  bool JoinerContinues() const {
    char32_t c = At(pos_);
    size_t next = pos_ + LengthAt(pos_);
    if (next >= text_.size()) return false;
    char32_t after = At(next);
    if (c == '-' || c == 0x2010 || c == '.' || c == '+' || c == '&') return IsWordChar(after);
    return false;
  }

  // An apostrophe inside a word: O'Brien, Sha’ban go on; 's ends a possessive.
  enum class Apostrophe { kNone, kInside, kPossessive };
  Apostrophe ApostropheAt() const {
    if (!utf8::IsApostrophe(At(pos_))) return Apostrophe::kNone;
    size_t next = pos_ + LengthAt(pos_);
    char32_t after = next < text_.size() ? At(next) : 0;
    if (after == 's' || after == 'S') {
      size_t after_s = next + 1;
      if (after_s >= text_.size() || !IsWordChar(At(after_s))) return Apostrophe::kPossessive;
    }
    if (IsWordChar(after)) return Apostrophe::kInside;
    // "Ministers’ meeting": a bare apostrophe after s is a plural possessive.
    if (pos_ > 0 && (text_[pos_ - 1] == 's' || text_[pos_ - 1] == 'S'))
      return Apostrophe::kPossessive;
    return Apostrophe::kNone;
  }

  // Moves past the ASCII letters at pos_, counting them: the common case,
  // without decoding, in local variables, eight bytes at a time while they
  // last (a word of news fits in one or two). `lowers` grows when some of the
  // letters are lowercase (by how much says nothing).
  void TakeAsciiLetters(size_t& letters, size_t& lowers) {
    std::string_view text = text_;
    size_t pos = pos_;
    for (bool more = true; more && pos + 8 <= text.size();) {
      uint64_t bytes;
      std::memcpy(&bytes, text.data() + pos, 8);
      size_t n = LetterRun(bytes);
      uint64_t lower = bytes & kEach * 0x20;  // 'a'-'z' have the bit 0x20, 'A'-'Z' not
      if (n < 8) lower &= (uint64_t{1} << (8 * n)) - 1;
      lowers += lower != 0;
      pos += n;
      more = n == 8;
    }
    for (; pos < text.size() && IsAsciiLetter(text[pos]); ++pos) lowers += (text[pos] >> 5) & 1;
    letters += pos - pos_;
    pos_ = pos;
  }

  // How many of the eight bytes (in text order) are ASCII letters before the
  // first that is not.
  static size_t LetterRun(uint64_t bytes) {
    static_assert(std::endian::native == std::endian::little);
    const uint64_t high = kEach * 0x80;
    uint64_t folded = (bytes | kEach * 0x20) & ~high;          // 'A'-'Z' as 'a'-'z'; 7 bits a byte
    uint64_t from_a = (folded + kEach * (0x80 - 'a')) & high;  // >= 'a'
    uint64_t past_z = (folded + kEach * (0x80 - 'z' - 1)) & high;  // > 'z'
    uint64_t not_letter = ~(from_a & ~past_z & ~bytes) & high;     // bytes >= 0x80 are not
    return not_letter == 0 ? 8 : static_cast<size_t>(std::countr_zero(not_letter)) / 8;
  }
  static constexpr uint64_t kEach = 0x0101010101010101;  // a byte value in every byte

  Token Word() {
    Token token;
    token.begin = static_cast<uint32_t>(pos_);
    bool digit_first = utf8::IsDigit(At(pos_));
    size_t letters = 0, lowers = 0;
    while (pos_ < text_.size()) {
      TakeAsciiLetters(letters, lowers);
      if (pos_ >= text_.size()) break;
      utf8::CodePoint cp = Decode(text_, pos_);
      char32_t c = cp.value;
      if (IsWordChar(c)) {
        if (utf8::IsLetter(c)) {
          ++letters;
          if (!utf8::IsUpper(c)) ++lowers;
        }
        pos_ += cp.length;
        continue;
      }
      if (c == ' ') break;  // the usual end of a word
      if (digit_first && (c == '.' || c == ',' || c == ':') && pos_ + 1 < text_.size() &&
          utf8::IsDigit(At(pos_ + 1))) {
        ++pos_;
        continue;
      }
      if (JoinerContinues()) {
        pos_ += LengthAt(pos_);
        continue;
      }
      Apostrophe apostrophe = ApostropheAt();
      if (apostrophe == Apostrophe::kInside) {
        pos_ += LengthAt(pos_);
        continue;
      }
      if (apostrophe == Apostrophe::kPossessive) {
        token.end = static_cast<uint32_t>(pos_);
        token.possessive = true;
        pos_ += LengthAt(pos_);
        if (pos_ < text_.size() && (text_[pos_] == 's' || text_[pos_] == 'S')) ++pos_;
        break;
      }
      break;
    }
    if (!token.possessive) token.end = static_cast<uint32_t>(pos_);
    if (digit_first) {
      if (pos_ < text_.size() && text_[pos_] == '%') token.end = static_cast<uint32_t>(++pos_);
      token.kind = Token::Kind::kNumber;
      return token;
    }
    token.kind = Token::Kind::kWord;
    std::string_view word = text_.substr(token.begin, token.end - token.begin);
    char32_t first = Decode(word, 0).value;
    token.upper = utf8::IsUpper(first) || HasJoinedParticle(word);
    token.all_caps = letters >= 2 && lowers == 0;
    if (!token.possessive) TakePeriod(token, word, letters);
    return token;
  }

  // "Gen." "J." "Kassym-J." "U.S." keep their period when more text follows
  // (a period ending the sentence is not theirs).
  void TakePeriod(Token& token, std::string_view word, size_t letters) {
    if (pos_ >= text_.size() || text_[pos_] != '.') return;
    size_t after = pos_ + 1;
    while (after < text_.size() && (text_[after] == ' ' || text_[after] == '\t')) ++after;
    bool more = after < text_.size() && text_[after] != '"' && !utf8::IsQuote(At(after));
    size_t hyphen = word.find_last_of('-');
    std::string_view last = hyphen == std::string_view::npos ? word : word.substr(hyphen + 1);
    bool initial = last.size() == 1 && utf8::IsUpper(Decode(last, 0).value);
    bool dotted = word.find('.') != std::string_view::npos;
    bool abbreviation = token.upper && letters <= 4;
    if (initial || dotted || (abbreviation && more)) {
      ++pos_;
      token.end = static_cast<uint32_t>(pos_);
      token.initial = initial && word.size() == last.size();
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>& tokens) { Scanner(text).Run(tokens); }

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, tokens);
  return tokens;
}

}  // namespace polgraph
