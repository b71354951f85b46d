// The network as one self-contained HTML page (`polgraph export --format
// html`): sigma.js, graphology and ForceAtlas2, bundled at build time from
// export/html/ and embedded in the binary, draw it in the browser from a
// file:// URL with no request leaving the page. The graph goes into the page
// as JSON (RapidJSON) inside <script type="application/json">, with <, >, &
// and U+2028/U+2029 written as \u escapes so no name can end the script.
//
// Beyond the graph, the page shows the events behind each edge: the triples
// whose subject, relation and object are the edge's (as the store gives them
// with LoadTriples), with date, role, sentence, item id and source.
//
// Larger networks are cut before they are written: the `max_nodes` entities
// with the most links (ties: lower id first), then, when more than
// `max_edges` edges join them, the most often seen (ties: lower id); the page
// says so. Each edge carries at most `max_events_per_edge` events (the
// earliest, in the store's order) and the number left out.
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "extract/triple.h"
#include "graph/knowledge_graph.h"

namespace polgraph {

struct HtmlPageLimits {
  size_t max_nodes = 5000;
  size_t max_edges = 20000;
  size_t max_events_per_edge = 100;
};

/// Writes the page for `graph` with the events `triples` give (triples that
/// match no edge of `graph` are left out). Throws Error if the stream fails,
/// a name is not valid UTF-8, or this polgraph was built without the page's
/// JavaScript (export/html/node_modules missing: run scripts/setup).
void WriteHtml(const KnowledgeGraph& graph, const std::vector<Triple>& triples, std::ostream& out,
               const HtmlPageLimits& limits = {});

/// The page for `graph` without events (for the export format table).
void WriteHtml(const KnowledgeGraph& graph, std::ostream& out);

/// `json` made safe to stand inside an HTML <script> element: every <, > and
/// & as \u003c, \u003e, \u0026, and U+2028, U+2029 as \u2028, \u2029 (these
/// characters only occur inside JSON strings, where the escapes mean the same).
std::string ScriptSafeJson(std::string_view json);

/// Whether the embedded page has its JavaScript bundle (false when polgraph
/// was built before scripts/setup installed export/html/node_modules).
bool HtmlPageAvailable();

}  // namespace polgraph
