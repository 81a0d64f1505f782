"""End-to-end proof of the exports: each file opens in the client people use it with.

GraphML: xmllint, networkx and igraph; GEXF: networkx (the reader closest to Gephi's); DOT:
Graphviz; CSV: the header grammar of `neo4j-admin database import`. Counts are checked against
`entente stats`. ctest runs this with the Python that the Debian packages python3-networkx and
python3-igraph install into (scripts/install-deps.sh).
"""
import csv
import json
import os
import re
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

from cli_test import EXAMPLES, run

# Names the exports must carry through: markup, quotes, non-ASCII letters, a control character.
ODD_NAMES = {
    "acme": 'Acme & <S\u00f6hne> "Ltd" \u00d1and\u00fa\x01',
    "zed": "Zo\u00eb 'Zed' Nd\u00efaye",
}
DICTIONARY = f"""[acme] group {ODD_NAMES['acme']}
country = SYR
names = Acme

[zed] person {ODD_NAMES['zed']}
country = USA
names = Ndiaye
"""
ARTICLE = "Acme in the news\nAcme attacked Iran on Monday. Ndiaye praised Acme. Iran warned Ndiaye.\n"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def expected_label(actor_id):
    return CONTROL.sub("", ODD_NAMES[actor_id])


class Exports(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = cls.path("store")
        with open(cls.path("odd.txt"), "w", encoding="utf-8") as f:
            f.write(DICTIONARY)
        with open(cls.path("2020-02-02_acme.txt"), "w", encoding="utf-8") as f:
            f.write(ARTICLE)
        out = run("ingest", "--db", cls.db, "--actors", cls.path("odd.txt"), os.path.join(EXAMPLES, "articles"),
                  cls.path("2020-02-02_acme.txt"))
        assert out.returncode == 0, out.stderr
        cls.stats = json_stats(cls.db)
        cls.graphml = cls.export("--graphml", "all.graphml")
        cls.events_graphml = cls.export("--graphml", "events.graphml", "--events")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    @classmethod
    def path(cls, name):
        return os.path.join(cls.tmp.name, name)

    @classmethod
    def export(cls, flag, name, *options):
        out = run("export", "--db", cls.db, flag, cls.path(name), *options)
        assert out.returncode == 0, out.stderr
        return cls.path(name)

    def test_the_store_holds_the_examples_and_the_odd_names(self):
        self.assertEqual(self.stats["articles"], 13)
        self.assertIn("acme", nx.read_graphml(self.graphml))

    def test_graphml_is_well_formed_for_xmllint(self):
        for path in (self.graphml, self.events_graphml, self.export("--gexf", "lint.gexf")):
            out = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
            self.assertEqual((out.returncode, out.stderr), (0, ""), path)

    def test_graphml_loads_in_networkx_with_the_counts_of_stats(self):
        g = nx.read_graphml(self.graphml)
        self.assertTrue(g.is_directed())
        self.assertEqual(g.number_of_nodes(), self.stats["actors"])
        self.assertEqual(sum(c for _, _, c in g.edges(data="count")), self.stats["events"])
        self.assertEqual(len({(u, v) for u, v in g.edges()}), self.stats["dyads"])
        triples = [(u, d["relation"], v) for u, v, d in g.edges(data=True)]
        self.assertEqual(len(triples), len(set(triples)))
        self.assertEqual(sum(g.nodes[n]["events"] for n in g), sum(
            c * (1 if u == v else 2) for u, v, c in g.edges(data="count")))
        for _, _, d in g.edges(data=True):
            self.assertEqual(d["interaction"], d["relation"])
            self.assertIsInstance(d["weight"], float)
            self.assertEqual(d["sign"] * d["weight"], d["score"])
            self.assertLessEqual(d["count"], d["articles"])
            self.assertLessEqual(d["first"], d["last"])
        for actor_id in ODD_NAMES:
            self.assertEqual(g.nodes[actor_id]["label"], expected_label(actor_id))
        self.assertEqual(g.nodes["zed"]["type"], "person")
        self.assertEqual(g.nodes["zed"]["country"], "USA")

    def test_graphml_loads_in_igraph_with_the_counts_of_stats(self):
        g = igraph.Graph.Read_GraphML(self.graphml)
        self.assertTrue(g.is_directed())
        self.assertEqual(g.vcount(), self.stats["actors"])
        self.assertEqual(sum(g.es["count"]), self.stats["events"])
        labels = dict(zip(g.vs["id"], g.vs["label"]))
        for actor_id in ODD_NAMES:
            self.assertEqual(labels[actor_id], expected_label(actor_id))
        per_event = igraph.Graph.Read_GraphML(self.events_graphml)
        self.assertEqual(per_event.vcount(), self.stats["actors"])
        self.assertEqual(per_event.ecount(), self.stats["events"])

    def test_one_edge_per_event_carries_its_date_and_article(self):
        g = nx.read_graphml(self.events_graphml)
        self.assertEqual(g.number_of_edges(), self.stats["events"])
        first, last = self.stats["first_date"], self.stats["last_date"]
        for _, _, d in g.edges(data=True):
            self.assertTrue(first <= d["date"] <= last, d)
            self.assertNotIn("count", d)
        self.assertEqual(sum(a for _, _, a in g.edges(data="articles")), self.stats["mentions"])
        aggregated = nx.read_graphml(self.graphml)
        self.assertAlmostEqual(sum(w for _, _, w in g.edges(data="weight")),
                               sum(w for _, _, w in aggregated.edges(data="weight")))
        self.assertIn(("acme", "IRN", "strike", "2020-02-02", "2020-02-02_acme"),
                      {(u, v, d["relation"], d["date"], d["article"]) for u, v, d in g.edges(data=True)})

    def test_gexf_loads_in_networkx_with_spells(self):
        g = nx.read_gexf(self.export("--gexf", "all.gexf"))
        self.assertEqual(g.graph["mode"], "dynamic")
        self.assertEqual(g.number_of_nodes(), self.stats["actors"])
        self.assertEqual(sum(c for _, _, c in g.edges(data="count")), self.stats["events"])
        self.assertEqual(g.number_of_edges(), nx.read_graphml(self.graphml).number_of_edges())
        for actor_id in ODD_NAMES:
            self.assertEqual(g.nodes[actor_id]["label"], expected_label(actor_id))
        for n, d in g.nodes(data=True):
            (start, end), = d["spells"]
            self.assertTrue(start <= d["first"] <= d["last"] <= end, n)
        for u, v, d in g.edges(data=True):
            self.assertGreaterEqual(len(d["spells"]), 1)
            self.assertEqual(d["label"], d["relation"])
            self.assertEqual(d["spells"][0][0][:7], d["first"][:7])
            self.assertEqual(d["spells"][-1][1][:7], d["last"][:7])
            node_spell = g.nodes[u]["spells"][0]
            self.assertTrue(node_spell[0] <= d["spells"][0][0] and d["spells"][-1][1] <= node_spell[1])
        per_event = nx.read_gexf(self.export("--gexf", "events.gexf", "--events"))
        self.assertEqual(per_event.number_of_edges(), self.stats["events"])
        for _, _, d in per_event.edges(data=True):
            self.assertEqual(d["spells"], [(d["date"], d["date"])])

    def test_dot_renders_in_graphviz_with_edges_coloured_by_sign(self):
        dot = self.export("--dot", "all.dot")
        out = subprocess.run(["dot", "-Tsvg", dot], capture_output=True, text=True)
        self.assertEqual((out.returncode, out.stderr), (0, ""))
        svg = ET.fromstring(out.stdout)
        ns = {"s": "http://www.w3.org/2000/svg"}
        groups = svg.findall(".//s:g", ns)
        nodes = [g for g in groups if g.get("class") == "node"]
        edges = [g for g in groups if g.get("class") == "edge"]
        self.assertEqual(len(nodes), self.stats["actors"])
        self.assertEqual(len(edges), nx.read_graphml(self.graphml).number_of_edges())
        texts = {t.text for g in nodes for t in g.findall("s:text", ns)}
        for actor_id in ODD_NAMES:
            self.assertIn(expected_label(actor_id), texts)
        colours = {}
        for g in edges:
            label = g.find("s:text", ns).text
            colours.setdefault(label, set()).add(g.find("s:path", ns).get("stroke"))
        self.assertEqual(colours["strike"], {"#c62828"})
        self.assertEqual(colours["support"], {"#2e7d32"})
        # Graphviz reads `weight` as a whole number for its layout: ours goes under another name.
        with open(dot, encoding="utf-8") as f:
            text = f.read()
        self.assertIn('entente_weight="', text)
        self.assertNotRegex(text, r'[ ,\[]weight=')

    def test_csv_headers_parse_as_neo4j_admin_import_documents_them(self):
        directory = self.path("csv")
        out = run("export", "--db", self.db, "--csv", directory)
        self.assertEqual(out.returncode, 0, out.stderr)
        nodes = read_neo4j_csv(os.path.join(directory, "nodes.csv"))
        relationships = read_neo4j_csv(os.path.join(directory, "relationships.csv"))
        self.assertEqual(list(nodes[0]), ["id:ID", "label", "key", "type", "country", "sector", "events:long",
                                          "first:date", "last:date", ":LABEL"])
        self.assertEqual(len(nodes), self.stats["actors"])
        ids = {n["id:ID"] for n in nodes}
        for n in nodes:
            self.assertEqual(n[":LABEL"][0], "Actor")
        self.assertEqual({n["id:ID"]: n["label"] for n in nodes if n["id:ID"] in ODD_NAMES},
                         {i: expected_label(i) for i in ODD_NAMES})
        self.assertEqual(list(relationships[0])[:3], [":START_ID", ":END_ID", ":TYPE"])
        self.assertEqual(sum(r["count:long"] for r in relationships), self.stats["events"])
        for r in relationships:
            self.assertIn(r[":START_ID"], ids)
            self.assertIn(r[":END_ID"], ids)
            self.assertEqual(r[":TYPE"], r["relation"].upper())

    def test_filters(self):
        g = nx.read_graphml(self.export("--graphml", "country.graphml", "--level", "country"))
        self.assertNotIn("zed", g)
        self.assertNotIn("acme", g)
        self.assertIn(("SYR", "IRN", "strike"), {(u, v, d["relation"]) for u, v, d in g.edges(data=True)})
        self.assertIn(("USA", "SYR", "support"), {(u, v, d["relation"]) for u, v, d in g.edges(data=True)})
        self.assertEqual(sum(c for _, _, c in g.edges(data="count")), self.stats["events"])

        g = nx.read_graphml(self.export("--graphml", "strikes.graphml", "--relations", "strike,threaten"))
        self.assertEqual({d["relation"] for _, _, d in g.edges(data=True)}, {"strike", "threaten"})
        self.assertTrue(all(g.degree(n) > 0 for n in g))

        g = nx.read_graphml(self.export("--graphml", "2019.graphml", "--since", "2019", "--until", "2019-12"))
        self.assertGreater(g.number_of_edges(), 0)
        for _, _, d in g.edges(data=True):
            self.assertTrue("2019-01-01" <= d["first"] <= d["last"] <= "2019-12-31", d)

        # Day dates: the edges count the events of those days (cutting a month: export_graph_test).
        per_event = nx.read_graphml(self.events_graphml)
        days = sorted({d for _, _, d in per_event.edges(data="date")})
        since, until = days[1], days[-2]
        inside = [d for _, _, d in per_event.edges(data=True) if since <= d["date"] <= until]
        g = nx.read_graphml(self.export("--graphml", "days.graphml", "--since", since, "--until", until))
        self.assertEqual(sum(c for _, _, c in g.edges(data="count")), len(inside))
        self.assertEqual(sum(a for _, _, a in g.edges(data="articles")), sum(d["articles"] for d in inside))
        for _, _, d in g.edges(data=True):
            self.assertTrue(since <= d["first"] <= d["last"] <= until, d)

        g = nx.read_graphml(self.export("--graphml", "frequent.graphml", "--min-events", "2"))
        self.assertGreater(g.number_of_edges(), 0)
        self.assertTrue(all(c >= 2 for _, _, c in g.edges(data="count")))

    def test_usage_errors_and_failed_writes(self):
        for args in (["--graphml", "x", "--level", "region"], ["--graphml", "x", "--relations", "strike,hug"],
                     ["--graphml", "x", "--min-events", "0"], ["--graphml", "x", "--since", "2019-13"],
                     ["--graphml", "-", "--dot", "-"], ["--level", "country"]):
            out = run("export", "--db", self.db, *args)
            self.assertEqual(out.returncode, 2, args)
            self.assertTrue(out.stderr.startswith("entente export: "), out.stderr)
        target = os.path.join(self.tmp.name, "missing", "dir", "g.graphml")
        out = run("export", "--db", self.db, "--graphml", target)
        self.assertEqual(out.returncode, 1)
        self.assertIn(target, out.stderr)
        self.assertFalse(os.path.exists(target))

    def test_standard_output(self):
        out = run("export", "--db", self.db, "--dot", "-", "--relations", "support")
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertTrue(out.stdout.startswith("digraph entente {"))
        self.assertNotIn("strike", out.stdout)


def json_stats(db):
    out = run("stats", "--db", db, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


# The header grammar of neo4j-admin database import: [name]:TYPE[(GROUP)] for the special fields,
# name[:type] with a documented type for properties.
SPECIAL = re.compile(r"^[\w.]*:(ID|LABEL|START_ID|END_ID|TYPE|IGNORE)(\([\w.]+\))?$")
PROPERTY = re.compile(r"^(\w+)(?::(int|long|float|double|boolean|byte|short|char|string|date|localtime|time|"
                      r"localdatetime|datetime|duration|point)(\[\])?)?$")
PARSERS = {None: str, "string": str, "int": int, "long": int, "double": float,
           "date": lambda v: re.fullmatch(r"\d{4}-\d\d-\d\d", v).group(0)}


def read_neo4j_csv(path):
    """Reads a CSV file as neo4j-admin would: the header fields must parse, and so must every value."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    header = rows[0]
    parsers = []
    for field in header:
        special = SPECIAL.match(field)
        if special:
            parsers.append((lambda v: v.split(";")) if special.group(1) == "LABEL" else str)
            continue
        match = PROPERTY.match(field)
        if not match:
            raise AssertionError(f"{path}: header field {field!r} is not neo4j-admin's")
        parsers.append(PARSERS[match.group(2)])
    records = []
    for row in rows[1:]:
        if len(row) != len(header):
            raise AssertionError(f"{path}: row {row!r} has {len(row)} fields, the header {len(header)}")
        records.append({name: parse(value) for name, parse, value in zip(header, parsers, row)})
    return records


if __name__ == "__main__":
    unittest.main()
