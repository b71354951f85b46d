#include "extract/triple_dedup.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

namespace polgraph {
namespace {

// Lowercase ASCII letters and digits, other bytes kept, runs of the rest as one space.
std::string Fold(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool Same(const EntityRef& a, const EntityRef& b) { return Fold(a.name) == Fold(b.name); }

// The same office: equal, one unknown, or one the other cut short ("Secretary of
// the Security Council" and "... of the Russian Federation"). "Deputy Minister
// of X" is not "Minister of X".
bool RolesCompatible(const std::string& a, const std::string& b) {
  std::string fa = Fold(a), fb = Fold(b);
  if (fa.size() > fb.size()) std::swap(fa, fb);
  return fa.empty() || fb == fa || fb.starts_with(fa + " ");
}

bool SamePair(const Triple& a, const Triple& b) {
  return (Same(a.subject, b.subject) && Same(a.object, b.object)) ||
         (Same(a.subject, b.object) && Same(a.object, b.subject));
}

// Whether `later` says nothing that `kept` does not.
bool Restates(const Triple& kept, const Triple& later, bool headline,
              const RelationTraits& relations) {
  if (kept.relation != later.relation) return false;
  const DeclaredRelation& relation = relations.Of(kept.relation);
  if (relation.speech) return Same(kept.subject, later.subject);
  if (relation.symmetric) return SamePair(kept, later);
  if (!relation.carries_office())
    return Same(kept.subject, later.subject) && Same(kept.object, later.object) &&
           Fold(kept.role) == Fold(later.role);
  if (!Same(kept.object, later.object)) return false;
  bool agents_agree =
      Same(kept.subject, later.subject) || kept.subject.IsUnnamed() || later.subject.IsUnnamed();
  return agents_agree && (headline || RolesCompatible(kept.role, later.role));
}

// Where a triple's possible duplicates are: Restates(a, b) holds only when
// the keys of a and b are equal, so a triple is compared with the triples of
// its key alone (near-linear time; a pairwise pass took N^2).
std::string DedupKey(const Triple& t, const RelationTraits& relations) {
  const DeclaredRelation& relation = relations.Of(t.relation);
  std::string key = t.relation.name();
  key += '\n';
  if (relation.speech) return key + Fold(t.subject.name);
  if (relation.carries_office()) return key + Fold(t.object.name);
  std::string s = Fold(t.subject.name), o = Fold(t.object.name);
  if (relation.symmetric && o < s) std::swap(s, o);
  key += s + '\n' + o;
  if (!relation.symmetric) key += '\n' + Fold(t.role);
  return key;
}

class Kept {
 public:
  Kept(std::vector<std::string>* removed, const RelationTraits& relations)
      : removed_(removed), relations_(relations) {}

  void Add(Triple t) {
    std::vector<size_t>& same_key = by_key_[DedupKey(t, relations_)];
    for (size_t index : same_key) {  // in reading order, as kept
      Triple& k = triples_[index];
      if (!Restates(k, t, false, relations_)) continue;
      bool office = relations_.CarriesOffice(k.relation);
      // A named appointer replaces an unnamed one for the same act (the key
      // stays: it is the object's).
      if (office && k.subject.IsUnnamed() && !t.subject.IsUnnamed()) {
        Note(k, "a named subject was found for it");
        if (t.role.size() < k.role.size()) t.role = k.role;
        k = std::move(t);
        return;
      }
      if (office && k.role.empty()) k.role = t.role;
      Note(t, "a duplicate in this item");
      return;
    }
    same_key.push_back(triples_.size());
    triples_.push_back(std::move(t));
  }

  std::vector<Triple> Take() {
    by_key_.clear();
    return std::move(triples_);
  }

 private:
  void Note(const Triple& t, const char* why) {
    if (!removed_) return;
    removed_->push_back(t.subject.name + " " + t.relation.name() + " " + t.object.name +
                        (t.role.empty() ? "" : " (" + t.role + ")") + ": " + why);
  }

  std::vector<Triple> triples_;
  std::unordered_map<std::string, std::vector<size_t>> by_key_;  // indices into triples_
  std::vector<std::string>* removed_;
  const RelationTraits& relations_;
};

}  // namespace

std::vector<Triple> Deduplicate(std::vector<SentenceTriples> sentences,
                                std::vector<std::string>* removed,
                                const RelationTraits& relations) {
  Kept body(removed, relations);
  for (SentenceTriples& s : sentences)
    if (!s.headline)
      for (Triple& t : s.triples) body.Add(std::move(t));
  std::vector<Triple> body_triples = body.Take();
  std::unordered_map<std::string, std::vector<size_t>> body_by_key;
  for (size_t i = 0; i < body_triples.size(); ++i)
    body_by_key[DedupKey(body_triples[i], relations)].push_back(i);
  Kept all(removed, relations);
  for (SentenceTriples& s : sentences)
    if (s.headline)
      for (Triple& t : s.triples) {
        auto same_key = body_by_key.find(DedupKey(t, relations));
        bool restated =
            same_key != body_by_key.end() &&
            std::any_of(same_key->second.begin(), same_key->second.end(),
                        [&](size_t k) { return Restates(body_triples[k], t, true, relations); });
        if (restated) {
          if (removed)
            removed->push_back(t.subject.name + " " + t.relation.name() + " " + t.object.name +
                               ": the headline restates the body");
          continue;
        }
        all.Add(std::move(t));
      }
  for (Triple& t : body_triples) all.Add(std::move(t));
  return all.Take();
}

}  // namespace polgraph
