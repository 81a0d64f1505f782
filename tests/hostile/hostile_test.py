"""Hostile input: the built `entente` binary against what a messy feed or a careless user can give
it. Each bad input must be named as FILE[:LINE]: reason, the rest of the batch must go in, memory
must stay bounded, and nothing already stored may change.

ctest sets ENTENTE_BIN and ENTENTE_SOURCE_DIR, and ENTENTE_SANITIZED=1 in the sanitizer build
(whose memory figures include the sanitizers' own). Big inputs are generated in a temporary
directory, sparse where they can be, and removed afterwards; every sentence is our own.
"""
import json
import os
import random
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

BIN = os.environ["ENTENTE_BIN"]
SANITIZED = os.environ.get("ENTENTE_SANITIZED") == "1"
# Peak resident memory allowed above what the same command needs on a one-line article. The reader
# holds at most one article of 16 MiB (and a copy while coding it); the sanitizers keep freed
# memory in quarantine for a while.
MEMORY_MARGIN_MB = 512 if SANITIZED else 96
MiB = 1 << 20

ACTORS = ["Israel", "Iran", "Syria", "Russia", "Turkey", "Iraq", "Egypt", "Jordan", "Qatar", "Lebanon"]
VERBS = ["warned", "attacked", "praised", "condemned", "met with", "accused"]
GOOD = '{"id":"good-%d","date":"2019-06-20","title":"Report %d","body":"Iran warned Israel over the Kelvar strait."}\n'


class Run:
    """A finished child process: exit status, output, and its own peak resident memory."""

    def __init__(self, returncode, stdout, stderr, peak_mb):
        self.returncode, self.stdout, self.stderr, self.peak_mb = returncode, stdout, stderr, peak_mb


def run(*args, cwd=None, stdin=None, stdout=None, as_nobody=False, program=BIN):
    env = dict(os.environ)
    env.pop("ENTENTE_DB", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        def drop_privileges():
            os.setgid(65534)
            os.setgroups([])
            os.setuid(65534)

        child = subprocess.Popen([program, *args], stdout=stdout or out, stderr=err, stdin=stdin or subprocess.DEVNULL,
                                 cwd=cwd, env=env, preexec_fn=drop_privileges if as_nobody else None)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(child.returncode, out.read().decode(), err.read().decode(errors="replace"),
                   usage.ru_maxrss / 1024)


class Hostile(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # What a plain run costs, to measure what the hostile inputs add to it.
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "one.jsonl")
            with open(path, "w") as f:
                f.write(GOOD % (0, 0))
            cls.baseline_mb = run("ingest", "--db", os.path.join(tmp, "db"), path).peak_mb

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = self.path("db")

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, *names):
        return os.path.join(self.tmp.name, *names)

    def write(self, name, data):
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb" if isinstance(data, bytes) else "w") as f:
            f.write(data)
        return path

    def good_feed(self, name="good.jsonl", count=3):
        return self.write(name, "".join(GOOD % (i, i) for i in range(count)))

    def stats(self):
        out = run("stats", "--db", self.db, "--json")
        self.assertEqual(out.returncode, 0, out.stderr)
        return json.loads(out.stdout)

    def snapshot(self):
        """What the store holds: its figures (but the size of its files) and every event."""
        events = run("query", "--db", self.db, "--csv", "events limit 1000000")
        self.assertEqual(events.returncode, 0, events.stderr)
        figures = self.stats()
        figures.pop("bytes_on_disk")
        return figures, events.stdout

    def assert_bounded(self, result):
        # The figures README.md's "Limits" quotes: each child's peak beside a one-article run's.
        sys.stderr.write(f"\n  peak {result.peak_mb:.0f} MB (one article: {self.baseline_mb:.0f} MB) "
                         f"in {self._testMethodName} ")
        self.assertLess(result.peak_mb - self.baseline_mb, MEMORY_MARGIN_MB,
                        f"peak {result.peak_mb:.0f} MB against {self.baseline_mb:.0f} MB for one article")

    def assert_reported(self, result, *lines):
        for line in lines:
            self.assertIn(f"entente ingest: {line}\n", result.stderr)

    def test_empty_binary_and_badly_encoded_files_are_named_and_the_rest_goes_in(self):
        empty = self.write("2019-06-20_empty.txt", "")
        nul = self.write("2019-06-20_nul.txt", bytes(4096))
        encoded = self.write("2019-06-20_encoding.txt",
                             b"Kelvar talks\nIran warned Israel \xff\xfe and \xc0\xaf overlong \xed\xa0\x80 surrogate.\n")
        zero_date = self.write("zero-date.txt", " date 0000-00-00 WORLD\nTitle\nIran warned Israel.\n")
        good = self.good_feed()
        out = run("ingest", "--db", self.db, empty, nul, encoded, zero_date, good)
        self.assertEqual(out.returncode, 1)
        self.assert_reported(out, f"{empty}: empty file", f"{nul}: binary data (NUL bytes), not text",
                             f"{encoded}: warning: 4 invalid UTF-8 sequence(s) replaced by U+FFFD",
                             f"{zero_date}:1: invalid date '0000-00-00' (expected YYYY-MM-DD)")
        self.assertIn("ingested 4 articles (4 new", out.stdout)
        self.assertEqual(self.stats()["articles"], 4)

    def test_broken_json_lines_are_named_by_line_and_the_rest_goes_in(self):
        lines = [
            GOOD % (1, 1),
            '{"id":"t1","date":"2019-06-20","body":"Iran warned\n',  # truncated
            '{"id":"t2","date":"2019-06-20","body":"x"\n',  # truncated
            '{"id":"w1","date":20190620,"body":"x"}\n',
            '{"id":"w2","date":"2019-06-20","body":["x"]}\n',
            '{"id":{"a":1},"date":"2019-06-20","body":"x"}\n',
            '{"id":"d1","date":"2018-13-45","body":"x"}\n',
            '{"id":"d2","date":"0000-00-00T00:00:00Z","body":"x"}\n',
            '{"id":"n1","date":"2019-06-20","body":' + "[" * 100_000 + "\n",
            '{"id":"n2","date":"2019-06-20","body":"x","extra":' + "[" * 63 + "]" * 63 + "}\n",
            "[1, 2, 3]\n",
            GOOD % (2, 2),
        ]
        feed = self.write("feed.jsonl", "".join(lines))
        out = run("ingest", "--db", self.db, feed)
        self.assertEqual(out.returncode, 1)
        self.assert_reported(
            out, f"{feed}:2: invalid JSON at byte 50: Missing a closing quotation mark in string.",
            f"{feed}:3: invalid JSON at byte 41: Missing a comma or '}}' after an object member.",
            f"{feed}:4: 'date' must be a string", f"{feed}:5: 'body' must be a string",
            f"{feed}:6: 'id' must be a string or an integer",
            f"{feed}:7: invalid date '2018-13-45' (expected YYYY-MM-DD)",
            f"{feed}:8: invalid date '0000-00-00' (expected YYYY-MM-DD)",
            f"{feed}:9: JSON nested deeper than 64 levels", f"{feed}:11: not a JSON object")
        # 64 levels (the object and 63 arrays) are within the limit: that line goes in.
        self.assertIn("ingested 3 articles (3 new", out.stdout)

    def write_around(self, name, before, after, size):
        """Writes `before`, a line of `size` bytes of sentences, and `after`, a megabyte at a time:
        a child's peak memory counts the pages it shares with this process when it starts."""
        chunk = ("Iran warned Israel over the strait. " * (MiB // 36 + 1))[:MiB]
        path = self.path(name)
        with open(path, "w") as f:
            f.write(before)
            for _ in range(size // MiB):
                f.write(chunk)
            f.write(after)
        return path

    def test_a_million_bad_lines_cost_no_more_memory_than_a_hundred(self):
        feed = self.write("bad.jsonl", "{\n" * 1_000_000 + GOOD % (1, 1))
        out = run("ingest", "--db", self.db, feed)
        self.assertEqual(out.returncode, 1)
        self.assert_reported(out, f"{feed}:100: invalid JSON at byte 1: Missing a name for object member.",
                             f"{feed}: warning: 999900 more problem(s) in this file not listed",
                             "1000000 input(s) rejected")
        self.assertNotIn(f"{feed}:101:", out.stderr)
        self.assertIn("ingested 1 articles (1 new", out.stdout)
        self.assert_bounded(out)

    def test_huge_lines_and_files_are_refused_without_being_read_whole(self):
        big_text = self.write_around("2019-06-20_big.txt", "A title\n", "\n", 50 * MiB)
        big_line = self.write_around("big.jsonl", GOOD % (1, 1) + '{"id":"big","date":"2019-06-20","body":"',
                                     '"}\n' + GOOD % (2, 2), 50 * MiB)
        sparse_text, sparse_lines = self.path("2019-06-20_sparse.txt"), self.path("sparse.jsonl")
        for sparse in (sparse_text, sparse_lines):
            with open(sparse, "wb") as f:
                f.truncate(1 << 30)
        with open("/dev/zero", "rb") as zeros:
            out = run("ingest", "--db", self.db, big_text, big_line, sparse_text, sparse_lines, "-", stdin=zeros)
        self.assertEqual(out.returncode, 1)
        limit = 16 * MiB
        self.assert_reported(
            out, f"{big_text}: too large: {os.path.getsize(big_text)} bytes, more than the {limit} allowed for one article",
            f"{big_line}:2: too large: more than the {limit} bytes allowed for one article",
            f"{sparse_text}: too large: {1 << 30} bytes, more than the {limit} allowed for one article",
            f"{sparse_lines}:1: too large: more than the {limit} bytes allowed for one article",
            f"-: too large: more than the {limit} bytes allowed for one article")
        self.assertIn("ingested 2 articles (2 new", out.stdout)
        self.assert_bounded(out)

    def test_an_article_of_100000_sentences_and_a_sentence_of_10000_actors_go_in(self):
        rng = random.Random(8)
        sentences = []
        for i in range(100_000):
            a, b = rng.sample(ACTORS, 2)
            sentences.append(f"{a} {rng.choice(VERBS)} {b} on day {i}.")
        long_article = self.write("2019-06-20_long.txt", "A long day\n" + " ".join(sentences) + "\n")
        names = ", ".join(rng.choice(ACTORS) for _ in range(10_000))
        crowded = self.write("2019-06-20_crowded.txt",
                             f"A crowded sentence\n{names} and Oman attacked Yemen. Yemen warned {names}.\n")
        out = run("ingest", "--db", self.db, long_article, crowded)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("ingested 2 articles (2 new", out.stdout)
        self.assert_bounded(out)
        # One event per distinct (source, relation, target) per article, whatever the repetition,
        # and a capped fan-out for a crowd of coordinated names (LESSONS.md).
        distinct = len(ACTORS) * (len(ACTORS) - 1) * len(VERBS)
        self.assertLessEqual(self.stats()["events"], distinct + 2 * (len(ACTORS) + 1))

    def test_link_loops_fifos_and_unreadable_entries_are_named_and_the_rest_goes_in(self):
        feed = self.path("feed")
        self.write("feed/sub/2019-06-20_good.txt", "Kelvar talks\nIran warned Israel.\n")
        os.symlink("..", self.path("feed/sub/up"))
        os.symlink("self.txt", self.path("feed/self.txt"))
        os.symlink("nowhere", self.path("feed/dangling.txt"))
        os.symlink("/proc/self/mem", self.path("feed/2019-06-20_mem.txt"))
        os.mkfifo(self.path("feed/2019-06-20_fifo.txt"))
        self.write("feed/locked/2019-06-20_hidden.txt", "Title\nIran warned Israel.\n")
        secret = self.write("feed/2019-06-20_secret.txt", "Title\nIran warned Israel.\n")
        os.chmod(secret, 0)
        os.chmod(self.path("feed/locked"), 0)
        # Permissions do not stop root: read as nobody, with the store where nobody may write.
        # Nobody may not reach the build tree (a checkout in a private directory): run a copy.
        as_nobody = os.geteuid() == 0
        program = BIN
        if as_nobody:
            for directory in (self.tmp.name, feed, self.path("feed/sub")):
                os.chmod(directory, 0o777)
            program = shutil.copy(BIN, self.path("entente"))
            os.chmod(program, 0o755)
        out = run("ingest", "--db", self.db, feed, as_nobody=as_nobody, program=program)
        self.assertEqual(out.returncode, 1, out.stderr)
        self.assert_reported(
            out, f"{feed}/self.txt: cannot read: too many levels of symbolic links",
            f"{feed}/dangling.txt: cannot read: no such file or directory",
            f"{feed}/2019-06-20_fifo.txt: warning: not a regular file, skipped",
            f"{feed}/locked: cannot list directory: permission denied",
            f"{feed}/sub/up: warning: a directory already read (a symbolic link loop), not read again",
            f"{feed}/2019-06-20_mem.txt: read failed: input/output error",
            f"{feed}/2019-06-20_secret.txt: cannot open: permission denied")
        self.assertIn("ingested 1 articles (1 new", out.stdout)
        os.chmod(self.path("feed/locked"), 0o700)  # so that the directory can be removed

    def test_a_store_path_that_is_a_file_is_refused_and_left_as_it_was(self):
        not_a_store = self.write("notes.db", "my notes\n")
        out = run("ingest", "--db", not_a_store, self.good_feed())
        self.assertEqual(out.returncode, 1)
        self.assertIn(f"store path {not_a_store} is a file, not a directory", out.stderr)
        with open(not_a_store) as f:
            self.assertEqual(f.read(), "my notes\n")

    def test_dictionaries_over_the_limit_are_refused_at_once(self):
        sparse = self.path("sparse.actors")
        with open(sparse, "wb") as f:
            f.truncate(1 << 30)
        for flag in ("--actors", "--petrarch-actors", "--petrarch-agents"):
            out = run("ingest", "--db", self.db, flag, sparse, self.good_feed())
            self.assertEqual(out.returncode, 1, flag)
            self.assertIn(f"{sparse}: too large: {1 << 30} bytes, more than the {32 * MiB} read whole",
                          out.stderr)
            self.assert_bounded(out)
            self.assertNotIn("ingested", out.stdout)
        # The store is opened first (a second writer hears at once that it is in use); it stays empty.
        self.assertEqual(self.stats()["articles"], 0)

    def test_output_to_a_full_disk_is_an_error_not_a_silent_loss(self):
        with open("/dev/full", "w") as full:
            out = run("extract", "--json", self.good_feed(), stdout=full)
        self.assertEqual(out.returncode, 1)
        self.assertIn("entente: cannot write the output: no space left on device\n", out.stderr)

    def test_nothing_already_stored_changes_when_a_hostile_batch_comes_in(self):
        out = run("ingest", "--db", self.db, self.good_feed())
        self.assertEqual(out.returncode, 0, out.stderr)
        before = self.snapshot()
        hostile = [self.write("2019-06-20_nul.txt", bytes(100)),
                   self.write("broken.jsonl", '{"id":"good-1","date":"2019-06-20","body":\n{"id":"good-2"}\n'),
                   self.write("types.jsonl", '{"id":"good-0","date":"2019-06-20","body":7}\n'),
                   self.write("2019-06-20_empty.txt", ""), self.path("missing.txt")]
        out = run("ingest", "--db", self.db, *hostile)
        self.assertEqual(out.returncode, 1)
        self.assertIn("ingested 0 articles", out.stdout)
        self.assertEqual(self.snapshot(), before)


if __name__ == "__main__":
    unittest.main()
