#include "graph/link_reader.h"

#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "graph/store.h"

namespace polgraph {
namespace {

// Keys are places in a list of the names seen; entities are kept as read.
class NameLinkReader : public LinkReader {
 public:
  NameLinkReader(const Store& store, TripleFilter filter)
      : store_(store), filter_(std::move(filter)) {}

  std::optional<EntityKey> Find(const std::string& name) override {
    if (name.empty()) return std::nullopt;
    return KeyOf(name);
  }

  bool TakesPart(EntityKey key) override {
    return store_.TakesPart(filter_, names_.at(static_cast<size_t>(key)));
  }

  void LoadLinks(const std::vector<EntityKey>& keys,
                 const std::function<void(EntityKey)>& takes_part,
                 const std::function<void(KeyedLink&)>& link) override {
    std::vector<std::string> names;
    std::unordered_set<EntityKey> asked(keys.begin(), keys.end());
    for (EntityKey key : keys) names.push_back(names_.at(static_cast<size_t>(key)));
    KeyedLink keyed;
    store_.LoadAround(
        filter_, names,
        [&](const Entity& entity) {
          EntityKey key = KeyOf(entity.name);
          entities_.try_emplace(key, entity);
          if (asked.contains(key)) takes_part(key);
        },
        [&](const EdgeSummary& edge) {
          keyed.subject = KeyOf(edge.subject);
          keyed.object = KeyOf(edge.object);
          keyed.relation = edge.relation;
          keyed.count = edge.count;
          keyed.first = edge.first;
          keyed.last = edge.last;
          keyed.roles = edge.roles;
          link(keyed);
        });
  }

  void LoadEntities(const std::vector<EntityKey>& keys,
                    const std::function<void(EntityKey, Entity&)>& visit) override {
    for (EntityKey key : keys) {
      auto it = entities_.find(key);
      if (it == entities_.end()) continue;
      Entity entity = it->second;
      visit(key, entity);
    }
  }

 private:
  EntityKey KeyOf(const std::string& name) {
    auto [it, added] = keys_.try_emplace(name, static_cast<EntityKey>(names_.size()));
    if (added) names_.push_back(name);
    return it->second;
  }

  const Store& store_;
  TripleFilter filter_;
  std::vector<std::string> names_;  // by key
  std::unordered_map<std::string, EntityKey> keys_;
  std::unordered_map<EntityKey, Entity> entities_;  // read so far
};

}  // namespace

std::unique_ptr<LinkReader> MakeNameLinkReader(const Store& store, const TripleFilter& filter) {
  return std::make_unique<NameLinkReader>(store, filter);
}

}  // namespace polgraph
