#include "extract/triple_dedup.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace polgraph {
namespace {

// Lowercase ASCII letters and digits, other bytes kept, runs of the rest as one space.
std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const bool upper = c >= 'A' && c <= 'Z';
    const bool kept =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (upper) {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (kept) {
      out += c;
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

// The triples kept so far, in reading order, each with its DedupKey.
class Kept {
 public:
  // `expected`: how many triples will be added at most (room is made for them).
  Kept(std::vector<std::string>* removed, const RelationTraits& relations, size_t expected)
      : removed_(removed), relations_(relations) {
    triples_.reserve(expected);
    keys_.reserve(expected);
    by_key_.reserve(expected);
  }

  // Keeps `t` unless it restates a triple kept before. REQUIRES: `key` is
  // DedupKey(t).
  void Add(Triple t, std::string key) {
    auto entry = by_key_.try_emplace(std::move(key)).first;  // moves `key` only if new
    std::vector<size_t>& same_key = entry->second;
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
    keys_.push_back(&entry->first);
  }

  // Whether a kept triple says all that the headline's `t` says.
  // REQUIRES: `key` is DedupKey(t).
  bool RestateHeadline(const Triple& t, const std::string& key) const {
    auto same_key = by_key_.find(key);
    return same_key != by_key_.end() &&
           std::any_of(same_key->second.begin(), same_key->second.end(),
                       [&](size_t k) { return Restates(triples_[k], t, true, relations_); });
  }

  // Hands the kept triples over to `into`, in reading order, keys and all.
  void MoveInto(Kept& into) {
    for (size_t i = 0; i < triples_.size(); ++i) into.Add(std::move(triples_[i]), *keys_[i]);
    Clear();
  }

  std::vector<Triple> Take() {
    std::vector<Triple> out = std::move(triples_);
    Clear();
    return out;
  }

 private:
  void Clear() {
    triples_.clear();
    keys_.clear();
    by_key_.clear();
  }

  void Note(const Triple& t, const char* why) {
    if (!removed_) return;
    removed_->push_back(t.subject.name + " " + t.relation.name() + " " + t.object.name +
                        (t.role.empty() ? "" : " (" + t.role + ")") + ": " + why);
  }

  std::vector<Triple> triples_;
  std::vector<const std::string*> keys_;  // each of triples_'s key in by_key_
  std::unordered_map<std::string, std::vector<size_t>> by_key_;  // indices into triples_
  std::vector<std::string>* removed_;
  const RelationTraits& relations_;
};

}  // namespace

std::vector<Triple> Deduplicate(std::vector<SentenceTriples> sentences,
                                std::vector<std::string>* removed,
                                const RelationTraits& relations) {
  size_t body_count = 0, headline_count = 0;
  for (const SentenceTriples& s : sentences)
    (s.headline ? headline_count : body_count) += s.triples.size();
  // Each triple's key is computed once, before Add moves the triple.
  Kept body(removed, relations, body_count);
  for (SentenceTriples& s : sentences)
    if (!s.headline)
      for (Triple& t : s.triples) {
        std::string key = DedupKey(t, relations);
        body.Add(std::move(t), std::move(key));
      }
  Kept all(removed, relations, body_count + headline_count);
  for (SentenceTriples& s : sentences)
    if (s.headline)
      for (Triple& t : s.triples) {
        std::string key = DedupKey(t, relations);
        if (body.RestateHeadline(t, key)) {
          if (removed)
            removed->push_back(t.subject.name + " " + t.relation.name() + " " + t.object.name +
                               ": the headline restates the body");
          continue;
        }
        all.Add(std::move(t), std::move(key));
      }
  body.MoveInto(all);
  return all.Take();
}

}  // namespace polgraph
