"""A disk that fills up under `entente ingest`: the ingest must end with a clear error, every
invariant of the store must hold (docs/storage.md; `stats --verify`), and the same ingest run again
where there is room must end byte for byte as an uninterrupted one (the same digest).

It builds on the crash harness of tests/e2e/store_test.py, which kills ingests with SIGKILL: the
same synthetic feed, the same verified figures. Two ways to run out of room: a file-size limit
(RLIMIT_FSIZE, which anyone can set: writes past it fail with EFBIG) and, for root, a real full
disk (a small tmpfs: ENOSPC). ctest sets ENTENTE_BIN and ENTENTE_SOURCE_DIR.
"""
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
from store_test import run, synthetic_feed, verified_stats, write_feed  # noqa: E402

BIN = os.environ["ENTENTE_BIN"]


class DiskFull(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)  # a cleanup, so that it runs after the unmounting one
        self.feed = write_feed(self.path("feed.jsonl"), synthetic_feed(3000, random.Random(8)))
        run("ingest", "--db", self.path("clean"), self.feed)
        self.clean = verified_stats(self.path("clean"))

    def path(self, *names):
        return os.path.join(self.tmp.name, *names)

    def ingest(self, db, preexec_fn=None):
        env = dict(os.environ)
        env.pop("ENTENTE_DB", None)
        return subprocess.run([BIN, "ingest", "--db", db, self.feed], capture_output=True, text=True, env=env,
                              preexec_fn=preexec_fn)

    def assert_intact_and_finishable(self, db):
        partial = verified_stats(db)  # opens the store and checks every invariant
        self.assertGreater(partial["articles"], 0)
        self.assertLess(partial["articles"], self.clean["articles"])
        out = self.ingest(db)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(verified_stats(db)["digest"], self.clean["digest"])

    def test_a_file_size_limit_ends_the_ingest_with_the_reason_and_an_intact_store(self):
        def limit_file_size():
            # Past the limit a write fails with EFBIG, instead of SIGXFSZ killing the process.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (256 << 10, 256 << 10))

        db = self.path("limited")
        out = self.ingest(db, preexec_fn=limit_file_size)
        self.assertEqual(out.returncode, 1, out.stderr)
        self.assertRegex(out.stderr, rf"^entente ingest: {self.feed}:\d+: store {db}: IO error: .*File too large\n$")
        self.assertRegex(out.stdout, r"^ingested \d+ articles")
        self.assert_intact_and_finishable(db)

    @unittest.skipUnless(os.geteuid() == 0 and shutil.which("mount"), "mounting a tmpfs needs root")
    def test_a_full_disk_ends_the_ingest_with_the_reason_and_an_intact_store(self):
        small = self.path("small")
        os.mkdir(small)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", small], capture_output=True)
        if mounted.returncode != 0:
            self.skipTest(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
        self.addCleanup(subprocess.run, ["umount", small], check=True)
        db = os.path.join(small, "db")
        out = self.ingest(db)
        self.assertEqual(out.returncode, 1, out.stderr)
        self.assertRegex(out.stderr, rf"^entente ingest: {self.feed}:\d+: store {db}: IO error: .*No space left on device\n$")
        # Finished where there is room, from a copy of the store as the full disk left it.
        shutil.copytree(db, self.path("moved"))
        self.assert_intact_and_finishable(self.path("moved"))


if __name__ == "__main__":
    unittest.main()
