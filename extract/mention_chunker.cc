#include "extract/mention_chunker.h"

#include <string_view>

namespace polgraph {
namespace {

bool IsLowerTitleWord(const Unit& u) {
  return u.IsWord() && !u.upper && u.Has(kTitle | kDescriptor | kOrgHead) &&
         !u.Has(kStop | kArticle);
}

// Titles that take "to": "Ambassador to the US", "Assistant to the President"
// (the word list titles_taking_to).
bool TakesTo(const Unit& u) { return u.Has(kTitle) && u.Has(kTakesTo); }

class Chunker {
 public:
  explicit Chunker(const std::vector<Unit>& units) : u_(units) {}

  std::vector<Range> Run() const {
    std::vector<Range> chunks;
    for (size_t i = 0; i < u_.size();) {
      if (!CanStart(i)) {
        ++i;
        continue;
      }
      size_t end = Extend(i);
      chunks.push_back({i, end});
      i = end;
    }
    return chunks;
  }

 private:
  bool Capital(size_t i) const { return i < u_.size() && IsCapital(u_[i]); }

  // The end of a run of lowercase title words at i that holds a title and
  // reaches a capital (through "to the" after a title that takes it), or 0:
  // "press secretary Sherzod", "spokesman Dmitry", "envoy to the Urals".
  // With `at_end`, a run that ends the phrase also counts ("Uzbek leader").
  size_t LowerTitleRun(size_t i, bool at_end = false) const {
    bool title = false;
    size_t j = i;
    while (j < u_.size() && j - i < 5 && IsLowerTitleWord(u_[j])) title |= u_[j++].Has(kTitle);
    if (!title || j == i) return 0;
    if (Capital(j)) return j;
    // "envoy to the Urals Federal District Andrei Kalyuzhny": a title that
    // takes "to" reads on to the capital after it.
    if (TakesTo(u_[j - 1]) && j + 1 < u_.size() && u_[j].Is("to")) {
      size_t k = j + 1;
      if (u_[k].Is("the")) ++k;
      if (Capital(k)) return k;
    }
    return at_end && u_[j - 1].Has(kTitle) ? j : 0;
  }

  // After a name ("Shoigu", "Syrskyi"), a capital that opens a title
  // ("Secretary of ...", "Commander-in-Chief") starts a new phrase.
  bool OpensTitle(size_t j) const {
    for (size_t k = j; k < u_.size() && Capital(k) && k - j < 6; ++k) {
      if (u_[k].Has(kOrgHead | kOrgName)) return false;
      if (u_[k].Has(kTitle)) return true;
      if (!u_[k].Has(kDescriptor | kDemonym)) return false;
    }
    return false;
  }

  // True when an organization head or a title is among the `n` capitals from i.
  bool HeadWithin(size_t i, size_t n) const {
    for (size_t k = i; k < u_.size() && k - i < n && Capital(k); ++k)
      if (u_[k].Has(kOrgHead | kTitle)) return true;
    return false;
  }

  bool CanStart(size_t i) const { return Capital(i) || LowerTitleRun(i) != 0; }

  // True when the word before i is one a title follows but a name seldom
  // does: an article, "his", a possessive, "as", "new", "first" ("the
  // region's first Active Travel Commissioner", "as Flood Resilience
  // Commissioner"). There unknown capitals before a title are the title's
  // own words, where after a verb they are a name ("named Shoigu Secretary").
  bool AfterTitleOpener(size_t i) const {
    if (i == 0) return false;
    const Unit& prev = u_[i - 1];
    if (!prev.IsWord() || prev.upper) return false;
    return prev.Has(kArticle | kDeterminer) || prev.possessive || prev.Is("as") || prev.Is("new") ||
           prev.Is("first");
  }

  // Index after "of", "for the", ... at i when it joins what comes before
  // (`prev`) to a capital; 0 when it does not. `takes_to`: the chunk holds a
  // title that takes "to".
  size_t JointEnd(size_t i, const Unit& prev, bool has_of, bool takes_to) const {
    const Unit& u = u_[i];
    size_t next = i + 1;
    if (next < u_.size() && u_[next].Is("the") && !u.Is("and")) ++next;
    if (!Capital(next)) return 0;
    const Unit& after = u_[next];
    bool ok = false;
    if (u.Is("of") || u.Is("for")) {
      ok = prev.Has(kTitle | kOrgHead | kDescriptor | kOrgName) && !prev.Has(kCountry);
      // A document of an office-holder is not one name: "Decree of the President X".
      ok = ok && !(prev.Has(kThing) && after.Has(kTitle));
    } else if (u.Is("on")) {
      ok = prev.Has(kOrgHead | kDescriptor);
    } else if (u.Is("to")) {
      // "Ambassador to Kyrgyzstan", and "Ambassador of Japan to Kyrgyzstan".
      ok = TakesTo(prev) || (takes_to && prev.Has(kCountry));
    } else if (u.IsAmpersand() && IsNameLike(prev) && IsNameLike(after)) {
      ok = true;  // a firm's partners: "Marks & Spencer", "Ernst & Young"
    } else if (u.Is("and") || u.IsAmpersand()) {
      bool inside = has_of || prev.key == "extraordinary" || prev.Has(kTitle);
      ok = inside && prev.Has(kDescriptor | kOrgHead | kTitle) && !prev.Has(kCountry | kDemonym) &&
           after.Has(kDescriptor | kTitle | kOrgHead) && !after.Has(kCountry | kDemonym);
      // Two fields of one body or office: "Health and Safety Executive",
      // "Trade and Industry Secretary".
      ok = ok || (prev.Has(kDescriptor) && !prev.Has(kCountry | kDemonym | kOrgHead | kTitle) &&
                  !after.Has(kCountry | kDemonym) && HeadWithin(next, 3));
    } else if (u.kind == Token::Kind::kDash) {
      ok = prev.Has(kTitle | kOrgHead | kDescriptor | kOrgName) &&
           after.Has(kTitle | kDescriptor | kOrgHead | kDemonym);
    }
    return ok ? next : 0;
  }

  // One past the last unit of the chunk starting at i.
  size_t Extend(size_t i) const {
    size_t j = i;
    bool has_of = false, has_and = false, takes_to = false;
    const bool title_words = AfterTitleOpener(i);
    if (!Capital(j)) j = LowerTitleRun(j);  // starts with "presidential press secretary"
    while (true) {
      // j is a capital: take it.
      const Unit& taken = u_[j++];
      takes_to |= TakesTo(taken);
      if (taken.possessive && !(j < u_.size() && Capital(j) && u_[j].Has(kOrgHead) &&
                                !taken.Has(kCountry | kDemonym) && !IsNameLike(taken)))
        return j;
      if (j >= u_.size()) return j;
      if (Capital(j)) {
        // "Safety" of "Health and Safety Minister" is a field, not a name.
        if (IsNameLike(taken) && OpensTitle(j) && !has_and && !title_words) return j;
        // A body's name, then a person's given name and surname ("the
        // Senate of Uzbekistan's Oliy Majlis Dilorom Khasanova"); after "of"
        // the two are one title and name ("Chairman of the Board of
        // Samruk-Kazyna Almas Satkaliyev").
        if (taken.Has(kOrgName) && !has_of && IsNameLike(u_[j]) && j + 1 < u_.size() &&
            IsNameLike(u_[j + 1]))
          return j;
        continue;
      }
      bool body = taken.Has(kDemonym | kCountry | kOrgHead | kOrgName | kPlace);
      if (size_t run = LowerTitleRun(j, body)) {
        if (run < u_.size() && Capital(run)) {
          j = run;
          continue;
        }
        return run;  // "the Uzbek leader", "Kremlin spokesman"
      }
      const Unit& u = u_[j];
      if (IsJoint(u) && !u.Is("the")) {
        if (size_t next = JointEnd(j, taken, has_of, takes_to)) {
          has_of |= u.Is("of") || u.Is("for");
          has_and |= u.Is("and") || u.IsAmpersand();
          j = next;
          continue;
        }
      }
      if (u.Has(kPatronymic) && !u.upper && IsNameLike(taken)) return j + 1;  // "Turgunbek uulu"
      if (u.Has(kParticle) && !u.upper && IsNameLike(taken)) {
        size_t k = j;
        while (k < u_.size() && u_[k].Has(kParticle) && !u_[k].upper && k - j < 3) ++k;
        if (k < u_.size() && IsNameLike(u_[k])) {
          j = k;
          continue;
        }
      }
      if (u.Is("party") && IsCapital(taken)) return j + 1;  // "the Amanat party"
      if (has_of && u.Has(kPlaceNoun) && Capital(j + 1)) {
        ++j;  // "Governor of Kostanay region Kumar Aksakalov"
        if (Capital(j)) continue;
      }
      return j;
    }
  }

  const std::vector<Unit>& u_;
};

}  // namespace

bool IsCapital(const Unit& u) {
  return u.IsWord() && u.upper && !u.Has(kStop | kArticle | kDeterminer | kPronoun);
}

bool IsNameLike(const Unit& u) {
  return u.IsWord() && (u.initial || (u.upper && !u.Has(kKnownWord)));
}

bool IsJoint(const Unit& u) {
  return u.Is("of") || u.Is("for") || u.Is("on") || u.Is("to") || u.Is("and") || u.IsAmpersand() ||
         u.Is("the") || u.kind == Token::Kind::kDash;
}

std::vector<Range> Chunk(const std::vector<Unit>& units) { return Chunker(units).Run(); }

}  // namespace polgraph
