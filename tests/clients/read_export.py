#!/usr/bin/python3
"""Reads a polgraph export with a real client and prints, as JSON, what the
client saw, for tests/*_test.cc to compare with the graph that was written.

  read_export.py graphml-networkx FILE   networkx.read_graphml
  read_export.py graphml-igraph FILE     igraph.Graph.Read_GraphML
  read_export.py json-networkx FILE      networkx.node_link_graph
  read_export.py gexf FILE               xml.etree (namespace, nodes, edges, spells)
  read_export.py gexf-networkx FILE      networkx.read_gexf (77 too when it knows
                                         no GEXF of the file's namespace)
  read_export.py csv NODES EDGES         the csv module (RFC 4180)
  read_export.py png FILE                size and colour variety of the pixels

Exits 77 when a module it needs is missing (the test is then skipped).
"""
import json
import math
import struct
import sys
import zlib

SKIP = 77


def need(module):
    try:
        return __import__(module)
    except ImportError:
        sys.exit(SKIP)


def scalar(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def networkx_summary(graph):
    nodes = {str(n): {k: scalar(v) for k, v in data.items()} for n, data in graph.nodes(data=True)}
    if graph.is_multigraph():
        triples = graph.edges(keys=True, data=True)
    else:  # one edge a pair: its id is the key
        triples = ((u, v, data.get("id"), data) for u, v, data in graph.edges(data=True))
    edges = [dict({k: scalar(v) for k, v in data.items()}, source=str(u), target=str(v), key=str(key))
             for u, v, key, data in triples]
    return {"directed": graph.is_directed(), "multigraph": graph.is_multigraph(),
            "nodes": nodes, "edges": edges}


def graphml_networkx(path):
    nx = need("networkx")
    return networkx_summary(nx.read_graphml(path, force_multigraph=True))


def graphml_igraph(path):
    igraph = need("igraph")
    graph = igraph.Graph.Read_GraphML(path)
    nodes = {v["id"]: {k: scalar(v[k]) for k in graph.vs.attributes() if k != "id"} for v in graph.vs}
    edges = []
    for e in graph.es:
        edge = {k: scalar(e[k]) for k in graph.es.attributes()}
        edge["source"] = graph.vs[e.source]["id"]
        edge["target"] = graph.vs[e.target]["id"]
        edges.append(edge)
    return {"directed": graph.is_directed(), "nodes": nodes, "edges": edges}


def json_networkx(path):
    nx = need("networkx")
    with open(path, encoding="utf-8") as f:
        return networkx_summary(nx.node_link_graph(json.load(f)))


def gexf(path):
    import xml.etree.ElementTree as ET
    root = ET.parse(path).getroot()
    ns = root.tag.split("}")[0] + "}"
    graph = root.find(ns + "graph")
    columns = {}
    for attributes in graph.findall(ns + "attributes"):
        for a in attributes.findall(ns + "attribute"):
            columns[(attributes.get("class"), a.get("id"))] = a.get("title")

    def element(e, cls):
        data = {k: v for k, v in e.attrib.items()}
        for value in e.iterfind(ns + "attvalues/" + ns + "attvalue"):
            data[columns[(cls, value.get("for"))]] = value.get("value")
        spells = [dict(s.attrib) for s in e.iterfind(ns + "spells/" + ns + "spell")]
        if spells:
            data["spells"] = spells
        return data

    return {"root": root.tag, "version": root.get("version"), "graph": dict(graph.attrib),
            "nodes": [element(n, "node") for n in graph.iterfind(ns + "nodes/" + ns + "node")],
            "edges": [element(e, "edge") for e in graph.iterfind(ns + "edges/" + ns + "edge")]}


def gexf_networkx(path):
    nx = need("networkx")
    import xml.etree.ElementTree as ET
    namespace = ET.parse(path).getroot().tag[1:].split("}")[0]
    known = [v["NS_GEXF"] for v in nx.readwrite.gexf.GEXF.versions.values()]
    if namespace not in known:
        sys.exit(SKIP)
    graph = nx.read_gexf(path)
    summary = networkx_summary(graph)
    summary["networkx"] = nx.__version__
    return summary


def csv_files(nodes_path, edges_path):
    import csv

    def rows(path):
        with open(path, newline="", encoding="utf-8") as f:
            return list(csv.reader(f))
    return {"nodes": rows(nodes_path), "edges": rows(edges_path)}


def png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return {"png": False}
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour_type = header[:4]
    pixels = zlib.decompress(idat)
    row = len(pixels) // height
    # Bytes of the pixels, without the filter byte that opens each row.
    values = set()
    for y in range(height):
        values.update(pixels[y * row + 1:(y + 1) * row])
    return {"png": True, "width": width, "height": height, "depth": depth,
            "colour_type": colour_type, "distinct_bytes": len(values)}


def main(argv):
    readers = {"graphml-networkx": graphml_networkx, "graphml-igraph": graphml_igraph,
               "json-networkx": json_networkx, "gexf": gexf, "gexf-networkx": gexf_networkx, "csv": csv_files, "png": png}
    if len(argv) < 3 or argv[1] not in readers:
        sys.exit(__doc__)
    json.dump(readers[argv[1]](*argv[2:]), sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv)
