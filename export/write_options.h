// How the export formats are written beyond the graph itself: whether
// symmetric relations ("met") are undirected edges, which GEXF version, and
// the dates of the events behind each edge (for GEXF's one spell per event).
#pragma once

#include <vector>

#include "base/date.h"

namespace polgraph {

enum class GexfVersion {
  k1_2,  // namespace http://www.gexf.net/1.2draft, version="1.2" (NetworkX < 3.5)
  k1_3,  // namespace http://gexf.net/1.3 (Gephi 0.9.3+)
};

struct WriteOptions {
  /// Edges of a symmetric relation are undirected (GraphML directed="false",
  /// GEXF type="undirected"); false writes every edge directed, for readers
  /// that refuse mixed graphs (NetworkX).
  bool symmetric_undirected = true;
  GexfVersion gexf_version = GexfVersion::k1_3;
  /// By edge id: the sorted, distinct dates of the events behind the edge.
  /// Empty (or shorter than the edges): each edge's first and last date stand
  /// for them.
  std::vector<std::vector<Date>> event_dates;
};

}  // namespace polgraph
