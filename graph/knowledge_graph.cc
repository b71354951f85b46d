#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cassert>

#include "graph/knowledge_graph_impl.h"
#include "graph/name_folding.h"

namespace polgraph {
namespace {

void IndexFolded(const std::string& name, EntityId id,
                 std::unordered_map<std::string, std::vector<EntityId>>* by_folded) {
  std::vector<EntityId>& ids = (*by_folded)[FoldName(name)];
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

// The last word of a folded name ("kassym jomart tokayev" -> "tokayev").
std::string_view LastWord(std::string_view folded) {
  size_t space = folded.rfind(' ');
  return space == std::string_view::npos ? folded : folded.substr(space + 1);
}

// The first word of a folded name ("xi jinping" -> "xi").
std::string_view FirstWord(std::string_view folded) { return folded.substr(0, folded.find(' ')); }

// The words of a folded name.
std::vector<std::string_view> Words(std::string_view folded) {
  std::vector<std::string_view> words;
  for (size_t start = 0; start <= folded.size();) {
    size_t space = std::min(folded.find(' ', start), folded.size());
    if (space > start) words.push_back(folded.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

// How well a known name matches what was typed, better first: every typed
// word is a word of the name, then every typed word begins one of its words,
// then by edit distance (to the name or, one more, to its last word).
struct NameMatch {
  int tier = 2;  // 0 words, 1 prefixes, 2 spelling only
  size_t distance = 0;
  auto operator<=>(const NameMatch&) const = default;  // NOLINT(modernize-use-nullptr)
};

NameMatch MatchTyped(std::string_view typed, std::string_view key) {
  NameMatch match;
  match.distance = std::min(EditDistance(typed, key), EditDistance(typed, LastWord(key)) + 1);
  std::vector<std::string_view> words = Words(key), typed_words = Words(typed);
  if (typed_words.empty()) return match;
  auto every = [&](auto matches) {
    return std::all_of(typed_words.begin(), typed_words.end(), [&](std::string_view t) {
      return std::any_of(words.begin(), words.end(),
                         [&](std::string_view w) { return matches(t, w); });
    });
  };
  if (every([](std::string_view t, std::string_view w) { return t == w; }))
    match.tier = 0;
  else if (every([](std::string_view t, std::string_view w) { return w.starts_with(t); }))
    match.tier = 1;
  return match;
}

}  // namespace

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

const KnowledgeGraph::Impl::ByName& KnowledgeGraph::Impl::Names() const {
  std::lock_guard<std::mutex> lock(index_mutex_);
  if (!names_built_) {
    by_name_.reserve(entities.size());
    for (uint32_t i = 0; i < entities.size(); ++i) by_name_.emplace(entities[i].name, EntityId{i});
    names_built_ = true;
  }
  return by_name_;
}

const KnowledgeGraph::Impl::ByFolded& KnowledgeGraph::Impl::Folded() const {
  std::lock_guard<std::mutex> lock(index_mutex_);
  if (!folded_built_) {
    by_folded_.reserve(entities.size());
    for (uint32_t i = 0; i < entities.size(); ++i) {
      IndexFolded(entities[i].name, EntityId{i}, &by_folded_);
      for (const std::string& alias : entities[i].aliases)
        IndexFolded(alias, EntityId{i}, &by_folded_);
    }
    folded_built_ = true;
  }
  return by_folded_;
}

void KnowledgeGraph::Impl::IndexAdded(const Entity& entity, EntityId id) {
  std::lock_guard<std::mutex> lock(index_mutex_);
  if (names_built_) by_name_.emplace(entity.name, id);
  if (folded_built_) {
    IndexFolded(entity.name, id, &by_folded_);
    for (const std::string& alias : entity.aliases) IndexFolded(alias, id, &by_folded_);
  }
}

std::optional<EntityId> EdgeList::Find(std::string_view name) const {
  auto it =
      std::lower_bound(entities.begin(), entities.end(), name,
                       [](const Entity& entity, std::string_view n) { return entity.name < n; });
  if (it == entities.end() || it->name != name) return std::nullopt;
  return EntityId{static_cast<uint32_t>(it - entities.begin())};
}

EntityId KnowledgeGraph::AddEntity(Entity entity) {
  assert(!Find(entity.name));
  EntityId id{static_cast<uint32_t>(impl_->entities.size())};
  boost::add_vertex(impl_->graph);
  if (!impl_->entities.empty() && entity.name < impl_->entities.back().name)
    impl_->ids_in_name_order = false;
  impl_->IndexAdded(entity, id);
  impl_->entities.push_back(std::move(entity));
  return id;
}

EdgeId KnowledgeGraph::AddEdge(Edge edge) {
  assert(edge.subject.value < entity_count() && edge.object.value < entity_count());
  EdgeId id{static_cast<uint32_t>(impl_->edges.size())};
  boost::add_edge(edge.subject.value, edge.object.value, id, impl_->graph);
  impl_->edges.push_back(std::move(edge));
  return id;
}

void KnowledgeGraph::Reserve(size_t entities, size_t edges) {
  impl_->entities.reserve(entities);
  impl_->edges.reserve(edges);
}

size_t KnowledgeGraph::entity_count() const { return impl_->entities.size(); }
size_t KnowledgeGraph::edge_count() const { return impl_->edges.size(); }
const Entity& KnowledgeGraph::entity(EntityId id) const { return impl_->entities.at(id.value); }
const Edge& KnowledgeGraph::edge(EdgeId id) const { return impl_->edges.at(id.value); }

size_t KnowledgeGraph::degree(EntityId id) const {
  return boost::in_degree(id.value, impl_->graph) + boost::out_degree(id.value, impl_->graph);
}

bool KnowledgeGraph::NameLess(EntityId a, EntityId b) const {
  if (impl_->ids_in_name_order) return a < b;
  return entity(a).name < entity(b).name;
}

std::optional<EntityId> KnowledgeGraph::Find(std::string_view name) const {
  const std::vector<Entity>& entities = impl_->entities;
  if (impl_->ids_in_name_order) {  // names sorted: no index needed
    auto it = std::lower_bound(entities.begin(), entities.end(), name,
                               [](const Entity& e, std::string_view n) { return e.name < n; });
    if (it == entities.end() || it->name != name) return std::nullopt;
    return EntityId{static_cast<uint32_t>(it - entities.begin())};
  }
  const Impl::ByName& by_name = impl_->Names();
  auto it = by_name.find(name);
  if (it == by_name.end()) return std::nullopt;
  return it->second;
}

std::vector<EntityId> KnowledgeGraph::Lookup(std::string_view name) const {
  std::vector<EntityId> found = LookupAsTyped(name);
  if (!found.empty()) return found;
  for (const std::string& latin : LatinSpellings(name)) {  // "Токаев"
    found = LookupAsTyped(latin);
    if (!found.empty()) return found;
  }
  return found;
}

std::vector<EntityId> KnowledgeGraph::LookupAsTyped(std::string_view name) const {
  if (std::optional<EntityId> exact = Find(name)) return {*exact};
  std::string folded = FoldName(name);
  if (folded.empty()) return {};
  const Impl::ByFolded& by_folded = impl_->Folded();
  auto it = by_folded.find(folded);
  if (it != by_folded.end()) return it->second;
  // A surname ("Tokayev"), then a first word: a family name written first
  // ("Xi") or a first name ("Olzhas").
  for (auto word : {LastWord, FirstWord}) {
    std::vector<EntityId> by_word;
    for (const auto& [key, ids] : by_folded) {
      if (key == folded || word(key) != folded) continue;
      for (EntityId id : ids)
        if (std::find(by_word.begin(), by_word.end(), id) == by_word.end()) by_word.push_back(id);
    }
    std::sort(by_word.begin(), by_word.end());
    if (!by_word.empty()) return by_word;
  }
  return {};
}

std::vector<std::string> KnowledgeGraph::Closest(std::string_view name, size_t limit) const {
  std::vector<std::string> typed = {FoldName(name)};
  for (const std::string& latin : LatinSpellings(name)) typed.push_back(FoldName(latin));
  std::unordered_map<uint32_t, NameMatch> best;  // the best match per entity
  for (const auto& [key, ids] : impl_->Folded()) {
    NameMatch match = MatchTyped(typed.front(), key);
    for (size_t i = 1; i < typed.size(); ++i) match = std::min(match, MatchTyped(typed[i], key));
    for (EntityId id : ids) {
      auto [it, added] = best.emplace(id.value, match);
      if (!added) it->second = std::min(it->second, match);
    }
  }
  std::vector<std::pair<NameMatch, EntityId>> scored;
  scored.reserve(best.size());
  for (const auto& [id, match] : best) scored.emplace_back(match, EntityId{id});
  auto best_then_name = [this](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return entity(a.second).name < entity(b.second).name;
  };
  size_t n = std::min(limit, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(n), scored.end(),
                    best_then_name);
  std::vector<std::string> names;
  for (size_t i = 0; i < n; ++i) names.push_back(entity(scored[i].second).name);
  return names;
}

}  // namespace polgraph
