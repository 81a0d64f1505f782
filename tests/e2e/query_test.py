"""End-to-end tests of `entente query`: scripts from files and standard input, JSON of several
statements, and the interactive prompt's line editing and history on a pseudo-terminal.

ctest sets ENTENTE_BIN (the binary) and ENTENTE_SOURCE_DIR (the checkout).
"""
import json
import os
import pty
import select
import subprocess
import tempfile
import termios
import time
import unittest

BIN = os.environ["ENTENTE_BIN"]
SOURCE = os.environ["ENTENTE_SOURCE_DIR"]
EVENTS = os.path.join(SOURCE, "tests", "queries", "examples.jsonl")


class Query(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.tmp.name, "store")
        subprocess.run([BIN, "ingest", "--db", cls.db, "--events", EVENTS], check=True, capture_output=True)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def run_query(self, *args, stdin=None, env=None):
        full_env = {k: v for k, v in os.environ.items() if k != "ENTENTE_DB"}
        full_env.update(env or {})
        return subprocess.run([BIN, "query", "--db", self.db, *args], capture_output=True, text=True, input=stdin,
                              env=full_env)

    def test_statements_from_standard_input_go_on_after_an_error(self):
        out = self.run_query("-f", "-", stdin="allies of Russia;\nallies of Rusia;\nopponents of Iran limit 1\n")
        self.assertEqual(out.returncode, 1)
        self.assertIn("TUR    Turkey", out.stdout)
        self.assertIn("USA    United States", out.stdout)
        self.assertEqual(out.stderr.splitlines()[0],
                         "entente query: <stdin>: line 2, col 11: unknown actor 'Rusia' (did you mean Russia?)")

    def test_several_statements_as_json_make_one_array(self):
        out = self.run_query("--json", "allies of Russia; blocs limit 1")
        self.assertEqual(out.returncode, 0, out.stderr)
        results = json.loads(out.stdout)
        self.assertEqual(len(results), 2)
        self.assertEqual(results[0]["rows"][0]["actor"], "TUR")
        self.assertIsInstance(results[0]["rows"][0]["net"], float)
        self.assertIn("balanced triangles", results[1]["summary"])
        one = json.loads(self.run_query("--json", "allies of Russia").stdout)
        self.assertEqual(one["columns"][0], "actor")

    def test_a_missing_file_fails(self):
        out = self.run_query("-f", os.path.join(self.tmp.name, "none.q"))
        self.assertEqual(out.returncode, 1)
        self.assertIn("none.q", out.stderr)

    def test_statement_and_file_exclude_each_other(self):
        out = self.run_query("-f", "-", "blocs")
        self.assertEqual(out.returncode, 2)


class Prompt(unittest.TestCase):
    """The prompt on a pseudo-terminal: typed keys in, screen out."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = os.path.join(self.tmp.name, "store")
        subprocess.run([BIN, "ingest", "--db", self.db, "--events", EVENTS], check=True, capture_output=True)
        self.history = os.path.join(self.tmp.name, "history")

    def tearDown(self):
        self.tmp.cleanup()

    def session(self, keys):
        """Runs the prompt on a pseudo-terminal, typing the i-th string of `keys` once the i-th
        prompt shows; returns what the terminal showed and the exit status."""
        env = {k: v for k, v in os.environ.items() if k != "ENTENTE_DB"}
        env.update({"ENTENTE_HISTORY": self.history, "TERM": "xterm"})
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(BIN, [BIN, "query", "--db", self.db], env)
        screen = b""

        # Generous deadlines: they only bound a hang, and the sanitizer build on a loaded 2-core
        # machine is slow; a passing session ends as soon as the prompt closes the terminal.
        def read(done, seconds=60):
            nonlocal screen
            deadline = time.time() + seconds
            while not done() and time.time() < deadline:
                if not select.select([fd], [], [], 0.1)[0]:
                    continue
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the prompt has ended and closed the terminal
                    return
                if not chunk:
                    return
                screen += chunk

        try:
            for i, key in enumerate(keys):
                # Typed once the prompt shows and the editor reads keys, out of canonical mode:
                # before that the line discipline takes a Ctrl-D as an end of file, which reaches
                # the editor as a NUL once it switches (a slow start, as under the sanitizers).
                read(lambda: screen.count(b"entente> ") > i and not termios.tcgetattr(fd)[3] & termios.ICANON)
                os.write(fd, key.encode())
            read(lambda: False)
        finally:
            os.close(fd)
            _, status = os.waitpid(pid, 0)
        return screen.decode("utf-8", "replace"), os.waitstatus_to_exitcode(status)

    def test_line_editing_history_and_quit(self):
        # A typo mended with backspace runs the mended statement.
        screen, code = self.session(["allies of Russix\x7fa\r", "quit\r"])
        self.assertEqual(code, 0)
        self.assertIn("TUR    Turkey", screen)
        with open(self.history, encoding="utf-8") as f:  # libedit writes a space as \040
            self.assertIn("allies of Russia", f.read().replace("\\040", " "))
        # The next session recalls it with the up arrow, past 'quit'.
        screen, code = self.session(["\x1b[A\x1b[A\r", "\x04"])
        self.assertEqual(code, 0)
        self.assertIn("SYR    Syria", screen)

    def test_help_and_errors_stay_in_the_prompt(self):
        screen, code = self.session(["help\r", "allies of Rusia\r", "blocs limit 1\r", "exit\r"])
        self.assertEqual(code, 0)
        self.assertIn("relations between A and B", screen)
        self.assertIn("unknown actor 'Rusia' (did you mean Russia?)", screen)
        self.assertIn("balanced triangles", screen)


if __name__ == "__main__":
    unittest.main()
