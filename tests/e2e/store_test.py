"""End-to-end tests of the store under real processes: a crash harness that SIGKILLs `entente
ingest` at random moments, a second writer, readers during an ingest, events merged from
`entente extract --json`, and exit codes.

ctest sets ENTENTE_BIN (the binary) and ENTENTE_SOURCE_DIR (the checkout). ENTENTE_CRASH_ROUNDS
sets how many times the harness kills an ingest (default 3); bench/crash_soak.sh runs many more.
The articles are generated here from our own sentences.
"""
import json
import os
import random
import subprocess
import tempfile
import time
import unittest

BIN = os.environ["ENTENTE_BIN"]
ROUNDS = int(os.environ.get("ENTENTE_CRASH_ROUNDS", "3"))
SEED = int(os.environ.get("ENTENTE_CRASH_SEED", str(random.randrange(1 << 30))))

ACTORS = ["Israel", "Iran", "Syria", "Russia", "Turkey", "The United States", "Iraq", "Saudi Arabia", "Egypt",
          "Hezbollah", "Jordan", "Qatar"]
VERBS = ["attacked", "warned", "met with", "condemned", "sanctioned", "praised", "accused", "threatened"]
FILLER = ["Officials gave no further details.", "The talks are expected to continue next week.",
          "Markets were calm on the news.", "A spokesman declined to comment."]


def run(*args, check=True, cwd=None):
    env = dict(os.environ)
    env.pop("ENTENTE_DB", None)
    out = subprocess.run([BIN, *args], capture_output=True, text=True, env=env, cwd=cwd)
    if check and out.returncode != 0:
        raise AssertionError(f"entente {' '.join(args)} exited {out.returncode}: {out.stderr}")
    return out


def synthetic_feed(count, rng, corrections=True):
    """Articles as JSON Lines objects. Every 20th re-sends an earlier text under a new id (a
    syndicated copy); with `corrections`, every 30th re-sends an earlier id with new text."""
    articles = []
    for i in range(count):
        if i % 20 == 19:
            original = articles[rng.randrange(len(articles))]
            articles.append(dict(original, id=f"copy-{i}", date=f"2019-{1 + i % 12:02d}-{1 + i % 28:02d}"))
            continue
        sentences = []
        for _ in range(rng.randint(2, 6)):
            a, b = rng.sample(ACTORS, 2)
            # The place makes each article's event sentences its own: events files tell copies
            # from other articles only by those sentences.
            sentences.append(f"{a} {rng.choice(VERBS)} {b if b[0] != 'T' else b.lower()} near Kelvar {i}.")
            sentences.append(rng.choice(FILLER))
        article_id = f"n{i}" if i % 30 != 29 or not corrections else articles[rng.randrange(len(articles))]["id"]
        articles.append({"id": article_id, "date": f"{2010 + i % 12}-{1 + i % 12:02d}-{1 + i % 27:02d}",
                         "title": f"Report {i}", "body": " ".join(sentences)})
    return articles


def write_feed(path, articles):
    with open(path, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a) + "\n")
    return path


def verified_stats(db):
    return json.loads(run("stats", "--db", db, "--json", "--verify").stdout)


class StoreUnderProcesses(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.rng = random.Random(SEED)

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def ingest_prefix(self, articles, count):
        """The store of the first `count` articles, read from a file named as the whole feed is
        (the store records file names)."""
        directory = self.path(f"prefix-{count}")
        os.mkdir(directory)
        write_feed(os.path.join(directory, "feed.jsonl"), articles[:count])
        run("ingest", "--db", "db", "feed.jsonl", cwd=directory)
        return verified_stats(os.path.join(directory, "db"))

    def test_sigkill_leaves_a_prefix_and_ingesting_again_ends_as_an_uninterrupted_run(self):
        articles = synthetic_feed(6000, self.rng)
        write_feed(self.path("feed.jsonl"), articles)
        feed = "feed.jsonl"  # relative, as ingest_prefix reads its own
        start = time.monotonic()
        run("ingest", "--db", self.path("clean"), "--jobs", "2", feed, cwd=self.tmp.name)
        duration = time.monotonic() - start
        clean = verified_stats(self.path("clean"))
        self.assertGreater(clean["copies"], 0)
        self.assertGreater(clean["mentions"], clean["events"])

        db = self.path("crashed")
        for round in range(ROUNDS):
            ingest = subprocess.Popen([BIN, "ingest", "--db", db, "--jobs", "2", feed], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, cwd=self.tmp.name)
            time.sleep(self.rng.uniform(0.05, 0.95) * duration)
            ingest.kill()
            ingest.wait()
            if not os.path.exists(db):
                continue  # killed before the store existed
            crashed = verified_stats(db)  # opens, and every invariant holds
            if round > 0 or crashed["articles"] == 0:
                continue  # a rerun that replays corrections passes through states of its own
            # The first run left some prefix of its input: the one whose articles make that count.
            seen, candidates = set(), []
            for n, article in enumerate(articles, 1):
                seen.add(article["id"])
                if len(seen) == crashed["articles"]:
                    candidates.append(n)
            digests = {self.ingest_prefix(articles, n)["digest"] for n in candidates[:3]}
            self.assertIn(crashed["digest"], digests, f"seed {SEED}: no prefix of the input gives this store")
        run("ingest", "--db", db, "--jobs", "2", feed, cwd=self.tmp.name)
        self.assertEqual(verified_stats(db)["digest"], clean["digest"], f"seed {SEED}")

    def test_a_second_writer_is_refused_and_readers_see_consistent_stores_during_an_ingest(self):
        feed = write_feed(self.path("feed.jsonl"), synthetic_feed(6000, self.rng))
        db = self.path("db")
        run("ingest", "--db", db, write_feed(self.path("first.jsonl"), synthetic_feed(10, self.rng)))
        ingest = subprocess.Popen([BIN, "ingest", "--db", db, "--jobs", "1", feed], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        try:
            time.sleep(0.2)
            second = run("ingest", "--db", db, feed, check=False)
            self.assertEqual(second.returncode, 1)
            self.assertIn(f"store {db} is in use", second.stderr)
            counts = []
            while ingest.poll() is None and len(counts) < 20:
                counts.append(verified_stats(db)["articles"])
                query = run("query", "--db", db, "--csv", "events from Israel limit 3")
                self.assertEqual(query.stdout.splitlines()[0].split(",")[0], "date")
                run("export", "--db", db, "--graphml", self.path("graph.graphml"))
            self.assertEqual(counts, sorted(counts))
        finally:
            out, err = ingest.communicate()
        self.assertEqual(ingest.returncode, 0, err)
        self.assertGreater(len(counts), 0)

    def test_events_from_extract_count_as_the_articles_do_and_merge_idempotently(self):
        feed = write_feed(self.path("feed.jsonl"), synthetic_feed(300, self.rng, corrections=False))
        events = self.path("events.jsonl")
        with open(events, "w", encoding="utf-8") as f:
            f.write(run("extract", "--json", feed).stdout)
        run("ingest", "--db", self.path("direct"), feed)
        merged = run("ingest", "--db", self.path("merged"), "--events", events)
        self.assertIn("ingested", merged.stdout)
        direct, from_events = verified_stats(self.path("direct")), verified_stats(self.path("merged"))
        self.assertGreater(from_events["copies"], 0)
        for figure in ("events", "mentions", "dyads", "actors", "first_date", "last_date", "top_actors"):
            self.assertEqual(direct[figure], from_events[figure], figure)
        again = run("ingest", "--db", self.path("merged"), "--events", events)
        self.assertIn("(0 new, 0 replaced,", again.stdout)
        self.assertEqual(verified_stats(self.path("merged"))["digest"], from_events["digest"])

    def test_exit_codes_and_dry_run(self):
        feed = write_feed(self.path("feed.jsonl"), synthetic_feed(30, self.rng))
        db = self.path("db")
        for args in (["--jobs", "0", feed], ["--jobs", "many", feed], []):
            out = run("ingest", "--db", db, *args, check=False)
            self.assertEqual(out.returncode, 2, args)
            self.assertEqual(out.stdout, "")
        dry = run("ingest", "--db", db, "--dry-run", feed)
        self.assertIn("coded 30 articles", dry.stdout)
        self.assertFalse(os.path.exists(db))
        with open(self.path("bad.jsonl"), "w", encoding="utf-8") as f:
            f.write('{"id":"b1","date":"2019-06-20","title":"T","body":"Iran warned Israel."}\n{broken\n')
        out = run("ingest", "--db", db, self.path("bad.jsonl"), "--events", self.path("absent.jsonl"), check=False)
        self.assertEqual(out.returncode, 1)
        self.assertIn(f"{self.path('bad.jsonl')}:2: invalid JSON", out.stderr)
        self.assertIn(f"{self.path('absent.jsonl')}: cannot read events file", out.stderr)
        self.assertIn("ingested 1 articles (1 new", out.stdout)

    def test_a_damaged_store_is_reported_not_crashed_on(self):
        db = self.path("db")
        run("ingest", "--db", db, write_feed(self.path("feed.jsonl"), synthetic_feed(200, self.rng)))
        run("ingest", "--db", db, self.path("feed.jsonl"))  # reopening writes the log into tables
        tables = [name for name in os.listdir(db) if name.endswith(".sst")]
        self.assertTrue(tables)
        os.remove(os.path.join(db, tables[0]))
        for args in (["stats", "--db", db], ["query", "--db", db, "events from Israel"],
                     ["ingest", "--db", db, self.path("feed.jsonl")]):
            out = run(*args, check=False)
            self.assertEqual(out.returncode, 1, args)
            self.assertIn(f"store {db} is damaged", out.stderr)


if __name__ == "__main__":
    unittest.main()
