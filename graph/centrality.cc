// Top(): degree, betweenness and PageRank centrality (declared in queries.h).
#include <algorithm>
#include <cmath>
#include <cstddef>

#include <boost/graph/betweenness_centrality.hpp>

#include "graph/queries.h"
#include "graph/undirected_view.h"

namespace polgraph {
namespace {

std::vector<double> DegreeScores(const UndirectedView& view) {
  std::vector<double> scores(boost::num_vertices(view));
  for (size_t v = 0; v < scores.size(); ++v)
    scores[v] = static_cast<double>(boost::degree(v, view));
  return scores;
}

// On an undirected graph Boost counts each unordered pair once.
std::vector<double> BetweennessScores(const UndirectedView& view) {
  std::vector<double> scores(boost::num_vertices(view));
  boost::brandes_betweenness_centrality(
      view,
      boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, view)));
  return scores;
}

struct WeightedLink {
  uint32_t from, to;
  double weight;
};

// Symmetric relations (met) both ways, others subject -> object; weight = times seen.
std::vector<WeightedLink> RankLinks(const KnowledgeGraph& graph) {
  std::vector<WeightedLink> links;
  for (uint32_t i = 0; i < graph.edge_count(); ++i) {
    const Edge& edge = graph.edge(EdgeId{i});
    if (edge.subject == edge.object) continue;
    double weight = static_cast<double>(std::max(edge.count, 1L));
    links.push_back({edge.subject.value, edge.object.value, weight});
    if (graph.relations().IsSymmetric(edge.relation))
      links.push_back({edge.object.value, edge.subject.value, weight});
  }
  return links;
}

// Power iteration with damping 0.85; the rank of entities with no outgoing
// link is spread evenly. Stops when the scores move less than 1e-10 in all.
// Each iteration divides once per entity (its share per unit of weight) and
// then adds once per link.
std::vector<double> PageRankScores(const KnowledgeGraph& graph) {
  constexpr double kDamping = 0.85;
  size_t n = graph.entity_count();
  if (n == 0) return {};
  std::vector<WeightedLink> links = RankLinks(graph);
  std::vector<double> out_weight(n, 0.0);
  for (const WeightedLink& link : links) out_weight[link.from] += link.weight;
  std::vector<double> rank(n, 1.0 / n), next(n), share(n);
  for (int iteration = 0; iteration < 200; ++iteration) {
    double dangling = 0;
    for (size_t v = 0; v < n; ++v) {
      dangling += out_weight[v] == 0 ? rank[v] : 0;
      share[v] = out_weight[v] == 0 ? 0 : kDamping * rank[v] / out_weight[v];
    }
    std::fill(next.begin(), next.end(), (1 - kDamping + kDamping * dangling) / n);
    for (const WeightedLink& link : links) next[link.to] += share[link.from] * link.weight;
    double change = 0;
    for (size_t v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (change < 1e-10) break;
  }
  return rank;
}

std::vector<double> Scores(const KnowledgeGraph& graph, Centrality by) {
  switch (by) {
    case Centrality::kDegree:
      return DegreeScores(MakeUndirectedView(graph));
    case Centrality::kBetweenness:
      return BetweennessScores(MakeUndirectedView(graph));
    case Centrality::kPageRank:
      return PageRankScores(graph);
  }
  return {};
}

}  // namespace

std::optional<Centrality> ParseCentrality(std::string_view name) {
  if (name == "degree") return Centrality::kDegree;
  if (name == "betweenness") return Centrality::kBetweenness;
  if (name == "pagerank") return Centrality::kPageRank;
  return std::nullopt;
}

std::vector<Ranked> Top(const KnowledgeGraph& graph, Centrality by, size_t limit) {
  std::vector<double> scores = Scores(graph, by);
  std::vector<Ranked> ranked;
  for (uint32_t v = 0; v < scores.size(); ++v) ranked.push_back({EntityId{v}, scores[v]});
  auto higher_then_name = [&](const Ranked& x, const Ranked& y) {
    if (x.score != y.score) return x.score > y.score;
    return graph.NameLess(x.entity, y.entity);
  };
  size_t n = std::min(limit, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                    higher_then_name);
  ranked.resize(n);
  return ranked;
}

}  // namespace polgraph
