#include "graph/breadth_first.h"

#include <algorithm>
#include <utility>

namespace polgraph {
namespace {

constexpr uint32_t kUnreached = UINT32_MAX;

}  // namespace

BreadthFirst::BreadthFirst(const KnowledgeGraph::Impl::Graph& g, uint32_t start, int depth,
                           std::optional<uint32_t> target)
    : vertex_count_(boost::num_vertices(g)) {
  reached_.push_back({start, 0, 0});
  Reach(start);
  SetPlace(start, 0);
  std::vector<std::pair<uint32_t, uint32_t>> found;  // (parent's place, vertex) of the next level
  bool hit = target == start;
  size_t begin = 0;  // the level being expanded is reached_[begin, end)
  for (int d = 1; d <= depth && !hit; ++d) {
    size_t end = reached_.size();
    found.clear();
    // The first of the level (in its order) to link a new vertex is its parent.
    for (size_t i = begin; i < end && !hit; ++i) {
      ForEachLink(g, reached_[i].vertex, [&](uint32_t w, EdgeId) {
        if (hit || !Reach(w)) return;
        found.emplace_back(static_cast<uint32_t>(i), w);
        hit = target == w;
      });
    }
    if (found.empty()) break;
    std::sort(found.begin(), found.end());
    for (auto [parent, w] : found) {
      SetPlace(w, static_cast<uint32_t>(reached_.size()));
      reached_.push_back({w, parent, d});
    }
    begin = end;
  }
}

std::optional<size_t> BreadthFirst::Find(uint32_t v) const {
  if (!dense_place_.empty()) {
    if (dense_place_[v] == kUnreached) return std::nullopt;
    return dense_place_[v];
  }
  auto it = sparse_place_.find(v);
  if (it == sparse_place_.end()) return std::nullopt;
  return it->second;
}

bool BreadthFirst::Reach(uint32_t v) {
  if (!dense_place_.empty()) {
    if (dense_place_[v] != kUnreached) return false;
    dense_place_[v] = 0;
    return true;
  }
  if (!sparse_place_.try_emplace(v, 0).second) return false;
  if (sparse_place_.size() > vertex_count_ / 256) {  // an array is cheaper from here on
    dense_place_.assign(vertex_count_, kUnreached);
    for (auto [vertex, place] : sparse_place_) dense_place_[vertex] = place;
    sparse_place_.clear();
  }
  return true;
}

void BreadthFirst::SetPlace(uint32_t v, uint32_t place) {
  if (!dense_place_.empty()) {
    dense_place_[v] = place;
  } else {
    sparse_place_[v] = place;
  }
}

}  // namespace polgraph
