#!/usr/bin/python3
"""The NetworkX baseline for bench/run: reads the node-link JSON polgraph
exported (export/json_writer.h), then times networkx.write_graphml alone on
that graph. Prints `nodes=N edges=M write_graphml_s=S write_graphml_cpu_s=C`
(wall and CPU seconds).

Run with Debian's /usr/bin/python3 (it has networkx):
    /usr/bin/python3 bench/networkx_graphml.py graph.json out.graphml
"""
import json
import sys
import time

import networkx


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: networkx_graphml.py GRAPH.json OUT.graphml\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        data = json.load(f)
    graph = networkx.node_link_graph(data, directed=True, multigraph=True)
    start, start_cpu = time.perf_counter(), time.process_time()
    networkx.write_graphml(graph, argv[2])
    seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(f"nodes={graph.number_of_nodes()} edges={graph.number_of_edges()} "
          f"write_graphml_s={seconds:.3f} write_graphml_cpu_s={cpu:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
