// The network page's own code: reads the graph that polgraph wrote into
// #polgraph-data, draws it with sigma.js (WebGL) after a ForceAtlas2 layout
// (graphology-layout-forceatlas2), and wires search, filters, the time slider
// and the side panel. Data from the page's JSON only ever reaches the page as
// textContent or a property, never as markup. When drawn, <body> carries
// data-nodes and data-edges: the numbers of nodes and edges shown now (and
// data-load-ms, data-layout-ms, data-force-atlas2-ms: how long it took).
import Graph from "graphology";
import { random } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";

const data = JSON.parse(document.getElementById("polgraph-data").textContent);
const started = performance.now();

// ---- small DOM helpers (text only) ----
function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}
function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

// ---- styles, as export/graph_style.cc gives them ----
const relationStyles = new Map(data.relations.map((r) => [r.name, r]));
const fallbackRelation = relationStyles.get("");
const relationStyle = (name) => relationStyles.get(name) || fallbackRelation;
const typeStyles = new Map(data.types.map((t) => [t.name, t]));
const typeStyle = (name) => typeStyles.get(name) || typeStyles.get("unknown");
// Node fills are pale (made for labelled boxes); drawn as discs they get a
// darker tone of the same hue so they stand out on white.
function darker(hex, factor) {
  const n = parseInt(hex.slice(1), 16);
  const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => Math.round(v * factor));
  return "#" + c.map((v) => v.toString(16).padStart(2, "0")).join("");
}

// ---- the graph ----
const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
data.nodes.forEach((node, i) => {
  graph.addNode(String(i), {
    label: node.name,
    size: 3 + 2.2 * Math.sqrt(node.degree),
    color: darker(typeStyle(node.type).color, 0.72),
    entityType: node.type,
  });
});
data.edges.forEach((edge, i) => {
  graph.addDirectedEdgeWithKey(String(i), String(edge.source), String(edge.target), {
    size: Math.min(1 + Math.log2(Math.max(edge.count, 1)), 6),
    color: relationStyle(edge.relation).color,
    relation: edge.relation,
  });
});

// ---- layout: random start, then ForceAtlas2 in slices so the page stays live ----
random.assign(graph, { rng: seededRandom(1) });
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
const order = graph.order;
// ForceAtlas2 costs about 4 ms an iteration at 500 nodes and 60 ms at 5,000
// (Barnes-Hut) on one core: fewer iterations for larger graphs, and a button
// to run more (docs/performance.md).
const layoutIterations = order < 500 ? 300 : order < 2000 ? 150 : 60;
const layoutSettings = forceAtlas2.inferSettings(graph);

// ---- state of the filters and the selection ----
const relationNames = [...new Set(data.edges.map((e) => e.relation))].sort();
const typeNames = [...new Set(data.nodes.map((n) => n.type))].sort();
const shownRelations = new Set(relationNames);
const shownTypes = new Set(typeNames);
const dates = [...new Set(data.edges.map((e) => e.first).filter(Boolean))].sort();
let timeLimit = null; // null: every date; else the last date shown ("YYYY-MM-DD")
let selectedNode = null;
let selectedEdge = null;
let visibleNodes = new Set();
let visibleEdges = new Set();

function computeVisible() {
  visibleEdges = new Set();
  const touched = new Set();
  data.edges.forEach((edge, i) => {
    if (!shownRelations.has(edge.relation)) return;
    if (timeLimit !== null && edge.first && edge.first > timeLimit) return;
    if (!shownTypes.has(data.nodes[edge.source].type)) return;
    if (!shownTypes.has(data.nodes[edge.target].type)) return;
    visibleEdges.add(String(i));
    touched.add(edge.source);
    touched.add(edge.target);
  });
  // An entity shows while one of its links does; entities without any link
  // in the page show as long as their type is ticked and no date is chosen.
  visibleNodes = new Set();
  data.nodes.forEach((node, i) => {
    if (!shownTypes.has(node.type)) return;
    if (touched.has(i) || (timeLimit === null && graph.degree(String(i)) === 0))
      visibleNodes.add(String(i));
  });
  if (selectedNode !== null && !visibleNodes.has(selectedNode)) selectedNode = null;
  if (selectedEdge !== null && !visibleEdges.has(selectedEdge)) selectedEdge = null;
}

// ---- drawing ----
const container = document.getElementById("graph");
const status = document.getElementById("status");
computeVisible();
const renderer = new Sigma(graph, container, {
  enableEdgeEvents: true,
  defaultEdgeType: "arrow",
  labelRenderedSizeThreshold: order > 1000 ? 9 : 5,
  hideEdgesOnMove: order > 2000,
  zIndex: true,
  nodeReducer: (node, attrs) => {
    const out = { ...attrs };
    if (!visibleNodes.has(node)) return { ...out, hidden: true };
    if (selectedNode !== null) {
      if (node === selectedNode) return { ...out, highlighted: true, zIndex: 2 };
      if (graph.areNeighbors(node, selectedNode)) return { ...out, zIndex: 1, forceLabel: true };
      return { ...out, color: "#e2e2e2", label: "", zIndex: 0 };
    }
    return out;
  },
  edgeReducer: (edge, attrs) => {
    const out = { ...attrs };
    if (!visibleEdges.has(edge)) return { ...out, hidden: true };
    if (edge === selectedEdge) return { ...out, size: attrs.size + 3, zIndex: 2 };
    if (selectedNode !== null && !graph.hasExtremity(edge, selectedNode))
      return { ...out, color: "#eeeeee", zIndex: 0 };
    return out;
  },
});

function publishCounts() {
  document.body.dataset.nodes = String(visibleNodes.size);
  document.body.dataset.edges = String(visibleEdges.size);
}

function refresh() {
  computeVisible();
  renderer.refresh();
  if (document.body.dataset.layoutMs !== undefined) publishCounts();
}

// Drawing can cost more than the layout itself on a large graph (above all
// with software WebGL): slices take about a quarter second each; a graph of
// up to 1,000 nodes is redrawn after each, a larger one only at the end.
let done = 0;
let target = layoutIterations;
let forceAtlas2Ms = 0; // time inside ForceAtlas2 itself, without drawing
const more = document.getElementById("more-layout");
// ForceAtlas2 runs on a bare copy of the graph (positions only), so the
// drawn graph changes, and sigma redraws, once a slice and not once an iteration.
const layoutGraph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
graph.forEachNode((node, attrs) => layoutGraph.addNode(node, { x: attrs.x, y: attrs.y }));
graph.forEachEdge((edge, attrs, source, target) => layoutGraph.addEdgeWithKey(edge, source, target));
function copyPositions() {
  graph.updateEachNodeAttributes(
    (node, attrs) => {
      const position = layoutGraph.getNodeAttributes(node);
      attrs.x = position.x;
      attrs.y = position.y;
      return attrs;
    },
    { attributes: ["x", "y"] },
  );
}
function layoutSlice() {
  if (done < target && order > 1) {
    const sliceStarted = performance.now();
    while (done < target && performance.now() - sliceStarted < 250) {
      forceAtlas2.assign(layoutGraph, { iterations: 1, settings: layoutSettings });
      done += 1;
    }
    forceAtlas2Ms += performance.now() - sliceStarted;
    if (order <= 1000 || done >= target) copyPositions();
    status.textContent = "Laying out… " + Math.round((100 * done) / target) + "%";
    setTimeout(layoutSlice, 0); // not waiting for a frame: sigma draws when it can
    return;
  }
  status.textContent = "";
  more.disabled = false;
  renderer.refresh();
  if (document.body.dataset.layoutMs !== undefined) return;
  // Published once the drawing is on screen: the second frame after it.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      document.body.dataset.layoutMs = String(Math.round(performance.now() - started));
      document.body.dataset.forceAtlas2Ms = String(Math.round(forceAtlas2Ms));
      publishCounts();
    }),
  );
}
more.addEventListener("click", () => {
  more.disabled = true;
  target = done + layoutIterations;
  setTimeout(layoutSlice, 0);
});
document.body.dataset.loadMs = String(Math.round(performance.now() - started));
requestAnimationFrame(layoutSlice);

// ---- notice for a cut network ----
if (data.cut) {
  document.getElementById("notice").textContent =
    "This network has " + data.cut.entities + " entities and " + data.cut.edges +
    " links, more than a browser draws well. The page shows the " + data.cut.kept_entities +
    " entities with the most links and " + data.cut.kept_edges +
    " of the links among them (the most often seen). For another part, export with " +
    "--around NAME --depth N, --relation, --since or --until.";
}
document.getElementById("heading").textContent =
  "polgraph network: " + data.nodes.length + " entities, " + data.edges.length + " links";

// ---- relation and type filters, legend ----
function checkbox(parent, name, swatch, onChange, text = name) {
  const label = el("label");
  const box = el("input");
  box.type = "checkbox";
  box.checked = true;
  box.value = name;
  box.addEventListener("change", () => onChange(box.checked));
  label.appendChild(box);
  label.appendChild(swatch);
  label.appendChild(document.createTextNode(text));
  parent.appendChild(label);
}
function relationSwatch(name) {
  const swatch = el("span", null, "swatch");
  const style = relationStyle(name);
  swatch.style.borderTopColor = style.color;
  swatch.style.borderTopStyle = style.line === "dashed" ? "dashed" : "solid";
  return swatch;
}
function typeSwatch(name) {
  const swatch = el("span", null, "dot");
  swatch.style.background = darker(typeStyle(name).color, 0.72);
  return swatch;
}
const relationsBox = document.getElementById("relations");
relationNames.forEach((name) =>
  checkbox(
    relationsBox,
    name,
    relationSwatch(name),
    (on) => {
      on ? shownRelations.add(name) : shownRelations.delete(name);
      refresh();
    },
    relationLabel(name),
  ),
);
const typesBox = document.getElementById("types");
typeNames.forEach((name) =>
  checkbox(typesBox, name, typeSwatch(name), (on) => {
    on ? shownTypes.add(name) : shownTypes.delete(name);
    refresh();
  }),
);
const legend = document.getElementById("legend");
relationNames.forEach((name) => {
  const row = el("div");
  row.appendChild(relationSwatch(name));
  const line = relationStyle(name).line;
  row.appendChild(document.createTextNode(relationLabel(name) + (line === "dashed" ? " (dashed in render)" : "")));
  legend.appendChild(row);
});
typeNames.forEach((name) => {
  const row = el("div");
  row.appendChild(typeSwatch(name));
  row.appendChild(document.createTextNode(name));
  legend.appendChild(row);
});
legend.appendChild(el("div", "Node size: number of links. Line width: times seen.", "muted"));

// ---- time slider: position i shows links first seen on or before dates[i];
// the last position (dates.length) shows everything, undated links too ----
const time = document.getElementById("time");
const timeLabel = document.getElementById("time-label");
time.max = String(dates.length);
time.value = String(dates.length);
function showTime() {
  const i = Number(time.value);
  timeLimit = i >= dates.length ? null : dates[i];
  timeLabel.textContent =
    timeLimit === null
      ? dates.length
        ? "All dates (" + dates[0] + " to " + dates[dates.length - 1] + ") and undated links"
        : "No dated links"
      : "Links first seen on or before " + timeLimit + " (undated links stay)";
  refresh();
}
time.addEventListener("input", showTime);
showTime();

// ---- search with completion (a datalist of names and spellings) ----
const byName = new Map(); // lower-cased name or alias -> node key
data.nodes.forEach((node, i) => {
  [node.name, ...node.aliases].forEach((spelling) => {
    const key = spelling.toLowerCase();
    if (!byName.has(key)) byName.set(key, String(i));
  });
});
const names = document.getElementById("names");
const seenSpellings = new Set();
data.nodes.forEach((node) => {
  [node.name, ...node.aliases].forEach((spelling) => {
    if (seenSpellings.has(spelling)) return;
    seenSpellings.add(spelling);
    const option = document.createElement("option");
    option.value = spelling;
    names.appendChild(option);
  });
});
const search = document.getElementById("search");
function findTyped() {
  const key = byName.get(search.value.trim().toLowerCase());
  if (key !== undefined) selectNode(key, true);
}
search.addEventListener("change", findTyped);
search.addEventListener("keydown", (event) => {
  if (event.key === "Enter") findTyped();
});

// ---- the side panel ----
const panel = document.getElementById("panel");
function nodeName(index) {
  return data.nodes[index].name;
}
function relationLabel(name) {
  const style = relationStyles.get(name);
  return style && style.label ? style.label : name;
}
function edgeTitle(edge) {
  return nodeName(edge.source) + " " + relationLabel(edge.relation) + " " + nodeName(edge.target);
}
// The item an event was read from: its title, a link when its url is a web
// address (nothing else becomes an href), and who published it; the input
// file and the item's position only when the title is not known.
function itemLine(event) {
  const line = el("div", null, "meta item");
  const title = event.title || (event.source ? "item " + event.item + " of " + event.source : "");
  if (event.url && /^https?:\/\//i.test(event.url)) {
    const link = el("a", title || event.url);
    link.href = event.url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    line.appendChild(link);
  } else if (title) {
    line.appendChild(document.createTextNode(title));
  }
  if (event.publisher) line.appendChild(document.createTextNode(" · " + event.publisher));
  return line;
}
function eventBlock(edge, event, withTitle) {
  const block = el("div", null, "event");
  const meta = [event.date || "undated"];
  if (withTitle) meta.push(edgeTitle(edge));
  if (event.role) meta.push(event.role);
  block.appendChild(el("div", meta.join(" · "), "meta"));
  if (event.statement) block.appendChild(el("div", "said: " + event.statement, "statement"));
  block.appendChild(el("div", event.sentence, "sentence"));
  if (event.title || event.url || event.source) block.appendChild(itemLine(event));
  return block;
}

function showNode(key) {
  clear(panel);
  const node = data.nodes[Number(key)];
  panel.appendChild(el("h1", node.name, "name"));
  panel.appendChild(
    el("div", node.type + " · " + node.degree + " links · " + node.mentions + " mentions", "muted"),
  );
  if (node.aliases.length) panel.appendChild(el("div", "Also: " + node.aliases.join("; "), "muted"));
  const edges = [];
  graph.forEachEdge(key, (edgeKey) => edges.push(data.edges[Number(edgeKey)]));
  const offices = new Set();
  edges.forEach((edge) => {
    if (Number(key) === edge.target && edge.roles.length)
      edge.roles.forEach((role) => offices.add(edge.relation + ": " + role));
  });
  if (offices.size) {
    panel.appendChild(el("h2", "Offices"));
    const list = el("ul");
    [...offices].sort().forEach((office) => list.appendChild(el("li", office)));
    panel.appendChild(list);
  }
  panel.appendChild(el("h2", "Neighbours"));
  const neighbours = el("ul");
  graph
    .neighbors(key)
    .map((n) => data.nodes[Number(n)].name)
    .sort()
    .forEach((name) => neighbours.appendChild(el("li", name)));
  panel.appendChild(neighbours);
  const events = [];
  edges.forEach((edge) => edge.events.forEach((event) => events.push([edge, event])));
  events.sort((a, b) => (a[1].date || "9999").localeCompare(b[1].date || "9999"));
  panel.appendChild(el("h2", "Events (" + events.length + ")"));
  events.forEach(([edge, event]) => panel.appendChild(eventBlock(edge, event, true)));
}

function showEdge(key) {
  clear(panel);
  const edge = data.edges[Number(key)];
  panel.appendChild(el("h1", edgeTitle(edge), "name"));
  const span = edge.first ? edge.first + (edge.last && edge.last !== edge.first ? " to " + edge.last : "") : "undated";
  panel.appendChild(el("div", "seen " + edge.count + (edge.count === 1 ? " time" : " times") + " · " + span, "muted"));
  if (edge.roles.length) panel.appendChild(el("div", "Roles: " + edge.roles.join("; "), "muted"));
  panel.appendChild(el("h2", "Events (" + (edge.events.length + edge.more_events) + ")"));
  edge.events.forEach((event) => panel.appendChild(eventBlock(edge, event, false)));
  if (edge.more_events)
    panel.appendChild(el("div", "… and " + edge.more_events + " more (see polgraph query evidence)", "muted"));
}

function selectNode(key, moveCamera) {
  selectedNode = key;
  selectedEdge = null;
  showNode(key);
  renderer.refresh();
  if (moveCamera) {
    const position = renderer.getNodeDisplayData(key);
    if (position) renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.6 }, { duration: 300 });
  }
}
function selectEdge(key) {
  selectedEdge = key;
  selectedNode = null;
  showEdge(key);
  renderer.refresh();
}
renderer.on("clickNode", ({ node }) => selectNode(node, false));
renderer.on("clickEdge", ({ edge }) => selectEdge(edge));
renderer.on("clickStage", () => {
  selectedNode = null;
  selectedEdge = null;
  renderer.refresh();
});

// For tests and the curious: the graph and the renderer.
window.polgraphPage = { graph, renderer, data };
