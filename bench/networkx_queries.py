"""networkx's side of bench/query_bench: the same questions on the same graph, timed.

usage: networkx_queries.py DYADS.tsv QUESTIONS.json ANSWERS.json

DYADS.tsv holds the store's dyad months, one line each: source, target, relation, sign, month
(YYYY-MM), events, weight. QUESTIONS.json lists the statements query_bench timed, as {"allies": [actor...], "relations":
[[a, b]...], "path": [[a, b]...], "count_allies": k, "count_paths": k, "max_hops": n,
"budget_seconds": s}.
ANSWERS.json receives the seconds each took and its answer, and the time to build the graphs.

The graphs, built once: a MultiDiGraph keyed by relation with each dyad's totals (allies), a
dict of each ordered pair's month rows (relations between, by year), and an undirected Graph whose
edges carry the pair's strength and the cost 1/strength (path: every simple path of at most
max_hops ties by nx.all_simple_paths, the cheapest kept; Yen's nx.shortest_simple_paths knows no
hop limit and, on the 1M-article store, took more than 20 s for 20 of 25 pairs).
"""
import collections
import heapq
import json
import sys
import time

import networkx as nx


def build(path):
    totals = nx.MultiDiGraph()
    months = collections.defaultdict(list)  # (source, target) -> [(relation, sign, year, events, weight)]
    with open(path, encoding="utf-8") as f:
        for line in f:
            source, target, relation, sign, month, events, weight = line.rstrip("\n").split("\t")
            sign, events, weight = int(sign), int(events), float(weight)
            months[(source, target)].append((relation, sign, int(month[:4]), events, weight))
            data = totals.get_edge_data(source, target, relation)
            if data is None:
                totals.add_edge(source, target, key=relation, sign=sign, events=events, weight=weight)
            else:
                data["events"] += events
                data["weight"] += weight
    ties = nx.Graph()
    for source, target, data in totals.edges(data=True):
        if ties.has_edge(source, target):
            ties[source][target]["strength"] += data["weight"]
        else:
            ties.add_edge(source, target, strength=data["weight"])
    for _, _, data in ties.edges(data=True):
        data["cost"] = 1.0 / data["strength"] if data["strength"] > 0 else float("inf")
    return totals, months, ties


def allies(totals, actor, count):
    net = collections.defaultdict(float)
    for _, other, data in totals.out_edges(actor, data=True):
        net[other] += data["sign"] * data["weight"]
    for other, _, data in totals.in_edges(actor, data=True):
        net[other] += data["sign"] * data["weight"]
    ranked = sorted(((n, other) for other, n in net.items() if n > 0 and other != actor), key=lambda x: -x[0])
    return [[other, n] for n, other in ranked[:count]]


def relations_by_year(months, a, b):
    years = collections.defaultdict(lambda: [0, 0.0])  # year -> [events, net]
    for pair in ((a, b), (b, a)):
        for relation, sign, year, events, weight in months.get(pair, ()):
            years[year][0] += events
            years[year][1] += sign * weight
    return [[year, e, n] for year, (e, n) in sorted(years.items())]


def paths(ties, a, b, count, max_hops, budget):
    """The `count` cheapest simple paths of at most max_hops ties: every simple path that short
    (nx.all_simple_paths with a cutoff), the cheapest kept. Gives up after `budget` seconds; the
    answer then says so."""
    if a not in ties or b not in ties:
        return {"paths": [], "gave_up": False}
    deadline = time.perf_counter() + budget
    cheapest = []  # a heap of (-cost, path), the `count` cheapest so far
    for p in nx.all_simple_paths(ties, a, b, cutoff=max_hops):
        cost = sum(ties[u][v]["cost"] for u, v in zip(p, p[1:]))
        if len(cheapest) < count:
            heapq.heappush(cheapest, (-cost, p))
        elif -cheapest[0][0] > cost:
            heapq.heapreplace(cheapest, (-cost, p))
        if time.perf_counter() > deadline:
            return {"paths": [], "gave_up": True}
    return {"paths": [[p, -c] for c, p in sorted(cheapest, reverse=True)], "gave_up": False}


def timed(answer, *args):
    start = time.perf_counter()
    result = answer(*args)
    return time.perf_counter() - start, result


def main(dyads, questions_file, answers_file):
    start = time.perf_counter()
    totals, months, ties = build(dyads)
    build_seconds = time.perf_counter() - start
    with open(questions_file, encoding="utf-8") as f:
        q = json.load(f)
    out = {"build_seconds": build_seconds, "nodes": ties.number_of_nodes(), "ties": ties.number_of_edges(),
           "allies": [], "relations": [], "path": []}
    for actor in q["allies"]:
        out["allies"].append(timed(allies, totals, actor, q["count_allies"]))
    for a, b in q["relations"]:
        out["relations"].append(timed(relations_by_year, months, a, b))
    for a, b in q["path"]:
        out["path"].append(timed(paths, ties, a, b, q["count_paths"], q["max_hops"], q["budget_seconds"]))
    with open(answers_file, "w", encoding="utf-8") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main(*sys.argv[1:])
