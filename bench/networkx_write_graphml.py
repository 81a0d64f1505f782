"""networkx's side of bench/export_speed: build the graph of an `entente export --csv` directory
as a MultiDiGraph with the same typed attributes (not timed), then time nx.write_graphml.

usage: networkx_write_graphml.py CSV_DIR OUT.graphml
"""
import csv
import os
import resource
import sys
import time

import networkx as nx

TYPES = {"long": int, "int": int, "double": float}


def columns(header):
    """(name, parser) for each neo4j-admin header field; None for the special ones."""
    out = []
    for field in header:
        name, _, kind = field.partition(":")
        out.append((name, TYPES.get(kind, str)) if name and kind not in ("ID", "LABEL") else (None, None))
    return out


def main(directory, target):
    g = nx.MultiDiGraph()
    with open(os.path.join(directory, "nodes.csv"), encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        fields = columns(next(rows))
        for row in rows:
            g.add_node(row[0], **{name: parse(v) for (name, parse), v in zip(fields, row) if name})
    with open(os.path.join(directory, "relationships.csv"), encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        fields = columns(next(rows))
        for row in rows:
            g.add_edge(row[0], row[1], **{name: parse(v) for (name, parse), v in zip(fields, row) if name})
    print(f"networkx graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", flush=True)
    try:
        import lxml  # noqa: F401  networkx writes with lxml when it can, else with ElementTree
        writer = "lxml"
    except ImportError:
        writer = "ElementTree"
    start, cpu_start = time.perf_counter(), time.process_time()
    nx.write_graphml(g, target)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"networkx write_graphml: {seconds:.2f} s ({cpu:.2f} s cpu, {writer} writer, networkx {nx.__version__}, "
          f"peak {peak:.0f} MiB for graph and write)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
