"""End-to-end tests: the built `entente` binary on examples/ and on hand-made inputs.

ctest sets ENTENTE_BIN (the binary) and ENTENTE_SOURCE_DIR (the checkout).
"""
import json
import os
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

BIN = os.environ["ENTENTE_BIN"]
SOURCE = os.environ["ENTENTE_SOURCE_DIR"]
EXAMPLES = os.path.join(SOURCE, "examples")


def run(*args, env=None, stdin=None):
    full_env = dict(os.environ)
    full_env.pop("ENTENTE_DB", None)
    full_env.update(env or {})
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=full_env, input=stdin)


class CommandLine(unittest.TestCase):
    def test_help_lists_every_subcommand_and_each_has_options(self):
        out = run("--help")
        self.assertEqual(out.returncode, 0)
        for name in ("extract", "ingest", "query", "export", "stats", "actors"):
            self.assertIn(f"  {name} ", out.stdout)
            sub = run(name, "--help")
            self.assertEqual(sub.returncode, 0, name)
            self.assertTrue(sub.stdout.startswith(f"usage: entente {name}"), sub.stdout)
            self.assertIn("--help", sub.stdout)

    def test_version(self):
        out = run("--version")
        self.assertEqual(out.returncode, 0)
        self.assertRegex(out.stdout, r"^entente \d+\.\d+\.\d+\n$")

    def test_usage_errors_exit_2_on_stderr(self):
        for args in (["frobnicate"], ["extract", "--frobnicate"], ["extract"], ["stats", "extra"],
                     ["query"], ["export"], ["extract", "--date", "2018-13-45", "x.txt"]):
            out = run(*args)
            self.assertEqual(out.returncode, 2, args)
            self.assertEqual(out.stdout, "", args)
            self.assertTrue(out.stderr.startswith("entente"), args)


class Pipeline(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = os.path.join(self.tmp.name, "store")

    def tearDown(self):
        self.tmp.cleanup()

    def extract_json(self, *paths):
        out = run("extract", "--json", *paths)
        self.assertEqual(out.returncode, 0, out.stderr)
        return [json.loads(line) for line in out.stdout.splitlines()]

    def test_extract_codes_the_examples_in_the_documented_shape(self):
        events = self.extract_json(os.path.join(EXAMPLES, "articles"))
        self.assertGreaterEqual(len(events), 12)
        fields = {"article", "file", "date", "sentence", "begin", "end", "text", "relation", "sign", "weight",
                  "plover", "cameo", "confidence", "source", "target"}
        actor_fields = {"id", "name", "key", "country", "sector", "type", "mention"}
        for e in events:
            self.assertEqual(fields, set(e))
            self.assertEqual(actor_fields, set(e["source"]))
            self.assertNotEqual(e["source"]["key"], e["target"]["key"])
        triples = {(e["article"], e["source"]["key"], e["relation"], e["target"]["key"]) for e in events}
        self.assertIn(("2019-01-10_sanctions", "USA", "sanction", "IRN"), triples)
        self.assertIn(("2018-03-02_border-talks", "RUS", "support", "TUR"), triples)
        # The text at begin..end of the article is the sentence.
        strike = next(e for e in events if e["article"] == "2018-04-14_strikes" and e["relation"] == "strike")
        with open(os.path.join(EXAMPLES, "articles", "2018-04-14_strikes.txt"), encoding="utf-8") as f:
            self.assertIn(strike["text"], f.read())

    def test_plain_text_and_json_lines_give_the_same_events(self):
        from_text = self.extract_json(os.path.join(EXAMPLES, "articles"))
        from_jsonl = self.extract_json(os.path.join(EXAMPLES, "articles.jsonl"))
        strip = lambda events: [{k: v for k, v in e.items() if k != "file"} for e in events]
        self.assertEqual(strip(from_text), strip(from_jsonl))

    def test_ingest_query_export_stats(self):
        out = run("ingest", "--db", self.db, os.path.join(EXAMPLES, "articles"))
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("ingested 12 articles (12 new", out.stdout)
        again = run("ingest", "--db", self.db, os.path.join(EXAMPLES, "articles.jsonl"))
        self.assertIn("(0 new, 0 replaced, 12 unchanged, 0 copies)", again.stdout)

        stats = json.loads(run("stats", "--db", self.db, "--json").stdout)
        self.assertEqual(stats["articles"], 12)
        extracted = self.extract_json(os.path.join(EXAMPLES, "articles"))
        # A mention is an article's report of an event; an event is one (day, source, relation, target).
        self.assertEqual(stats["mentions"], len(extracted))
        days = {(e["date"], e["source"]["id"], e["relation"], e["target"]["id"]) for e in extracted}
        self.assertEqual(stats["events"], len(days))

        query = run("query", "--db", self.db, "--json", "events from 'United States' to Iran")
        self.assertEqual(query.returncode, 0, query.stderr)
        rows = json.loads(query.stdout)["rows"]
        self.assertIn("sanction", {r["relation"] for r in rows})
        self.assertTrue(all(r["source"] == "USA" and r["target"] == "IRN" for r in rows))

        graphml = os.path.join(self.tmp.name, "g.graphml")
        out = run("export", "--db", self.db, "--graphml", graphml)
        self.assertEqual(out.returncode, 0, out.stderr)
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        root = ET.parse(graphml).getroot()
        nodes = root.findall(".//g:node", ns)
        edges = root.findall(".//g:edge", ns)
        self.assertEqual(len(nodes), stats["actors"])
        counts = sum(int(e.find("g:data[@key='edge_count']", ns).text) for e in edges)
        self.assertEqual(counts, stats["events"])

    def test_store_location_from_environment(self):
        run("ingest", "--db", self.db, os.path.join(EXAMPLES, "articles"))
        out = run("stats", env={"ENTENTE_DB": self.db})
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("articles    12", out.stdout)
        missing = run("stats", "--db", os.path.join(self.tmp.name, "nothing"))
        self.assertEqual(missing.returncode, 1)
        self.assertIn("no store at", missing.stderr)

    def test_query_errors_point_at_the_spot(self):
        run("ingest", "--db", self.db, os.path.join(EXAMPLES, "articles"))
        out = run("query", "--db", self.db, "events from Syira")
        self.assertEqual(out.returncode, 1)
        self.assertIn("line 1, col 13: unknown actor 'Syira' (did you mean Syria?)", out.stderr)
        self.assertIn("\n  events from Syira\n              ^\n", out.stderr)

    def test_bad_inputs_are_listed_and_the_rest_goes_in(self):
        bad = os.path.join(self.tmp.name, "feed.jsonl")
        with open(bad, "w", encoding="utf-8") as f:
            f.write('{"id":"x1","date":"2019-06-20","title":"Iran warned Israel","body":"Iran warned Israel."}\n')
            f.write("{broken\n")
            f.write('{"id":"x2","date":"2019-13-45","body":"x"}\n')
        out = run("ingest", "--db", self.db, bad, os.path.join(self.tmp.name, "absent.txt"))
        self.assertEqual(out.returncode, 1)
        self.assertIn(f"{bad}:2: invalid JSON", out.stderr)
        self.assertIn(f"{bad}:3: invalid date '2019-13-45'", out.stderr)
        self.assertIn("absent.txt: no such file or directory", out.stderr)
        self.assertIn("ingested 1 articles", out.stdout)
        query = run("query", "--db", self.db, "--csv", "events from Iran")
        self.assertEqual(query.stdout.splitlines()[1].split(",")[:4], ["2019-06-20", "IRN", "threaten", "ISR"])

    def test_standard_input(self):
        out = run("extract", "--date", "2020-01-01", "-", stdin="Title\nIsrael attacked Iran.\n")
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("ISR", out.stdout)
        self.assertIn("strike", out.stdout)

    def test_actors_resolves_names_on_a_date_and_checks_dictionaries(self):
        out = run("actors", "Pompeo", "--date", "2018-05-23")
        self.assertEqual(out.returncode, 0)
        self.assertIn("mike-pompeo [person] key USA on 2018-05-23, Secretary of State", out.stdout)
        out = run("actors", "Pompeo", "--date", "2022-01-01")
        self.assertIn("in no role", out.stdout)
        check = run("actors", "--check")
        self.assertEqual(check.returncode, 0, check.stderr)
        user = os.path.join(self.tmp.name, "mine.txt")
        with open(user, "w", encoding="utf-8") as f:
            f.write("[someone] person Some One\nrole = ZZZ | Chief | 2020-01-01 |\n")
        bad = run("actors", "--check", "--actors", user)
        self.assertEqual(bad.returncode, 1)
        self.assertIn(f"{user}:2: someone: role key 'ZZZ' names no known state", bad.stderr)

    def test_actors_shows_names_in_context_and_what_else_a_phrase_means(self):
        out = run("actors", "Syrian rebels", "--date", "2016-07-10")
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("Syrian rebels (adjective + sector word): SYR:REB [group] key SYR:REB", out.stdout)
        out = run("actors", "Michael Jordan")
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("Michael Jordan: names no actor (excluded by JOR at data/actors/states.txt:", out.stdout)
        out = run("actors", "Jordan Peterson said")
        self.assertEqual(out.returncode, 1)
        self.assertIn("'Jordan Peterson said' resolves to nothing", out.stdout)

    def test_petrarch_dictionaries_load_where_actors_do_and_report_bad_lines(self):
        actors = os.path.join(self.tmp.name, "mine.actors")
        agents = os.path.join(self.tmp.name, "mine.agents")
        with open(actors, "w", encoding="utf-8") as f:
            f.write("ELROND  [ELF]\nGANDALF\n\t[WIZ <19990101]\n\t[ELFGOV 19990101-20051231]\n\t[WIZ 2006]\n")
        with open(agents, "w", encoding="utf-8") as f:
            f.write("WIZARD_COUNCIL [~GOV]\n")
        out = run("actors", "Gandalf", "--date", "2003-05-01", "--petrarch-actors", actors,
                  "--petrarch-agents", agents)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("petrarch:gandalf [person] key ELF on 2003-05-01, ELFGOV since 1999-01-01", out.stdout)
        self.assertIn(f"{actors}:5: cannot read the dates in '[WIZ 2006]'", out.stderr)
        out = run("extract", "--date", "2003-05-01", "--petrarch-actors", actors, "-",
                  stdin="Title\nGandalf attacked Syria.\n")
        self.assertIn("ELF", out.stdout)
        out = run("actors", "x", "--petrarch-actors", os.path.join(self.tmp.name, "missing.actors"))
        self.assertEqual(out.returncode, 1)
        self.assertIn("missing.actors: cannot open", out.stderr)


if __name__ == "__main__":
    unittest.main()
