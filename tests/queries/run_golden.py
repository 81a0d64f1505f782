"""Golden query files: each NAME.q runs as `entente query --echo -f NAME.q` over a store built from
examples.jsonl, and what it prints (standard output and error, then the exit status) must equal
NAME.out.

examples.jsonl holds the events that `entente extract --json examples/articles` coded, frozen so
that these files test the query language rather than the coder. When the coder changes and the
examples should follow, regenerate them and review the differences:

  python3 tests/queries/run_golden.py --update-events --update build/release/entente tests/queries/*.q

Directives, as comments at the top of a .q file:
  # flags: --json        more flags for `entente query`
  # show: FILE           print FILE (written by the statements) after the output
"""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = os.path.join(HERE, "examples.jsonl")
EXAMPLES = os.path.join(HERE, "..", "..", "examples", "articles")


def directives(query_file):
    flags, shows = [], []
    with open(query_file, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# flags:"):
                flags += line[len("# flags:"):].split()
            elif line.startswith("# show:"):
                shows.append(line[len("# show:"):].strip())
    return flags, shows


def transcript(binary, db, query_file, workdir):
    """What `entente query` prints for the file, run inside `workdir` on a copy of it."""
    flags, shows = directives(query_file)
    name = os.path.basename(query_file)
    shutil.copy(query_file, os.path.join(workdir, name))
    env = {k: v for k, v in os.environ.items() if k not in ("ENTENTE_DB", "ENTENTE_HISTORY")}
    run = subprocess.run([binary, "query", "--db", db, "--echo", *flags, "-f", name], cwd=workdir, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = run.stdout + f"[exit {run.returncode}]\n"
    for show in shows:
        with open(os.path.join(workdir, show), encoding="utf-8") as f:
            out += f"[{show}]\n" + f.read()
    return out


def main(argv):
    update = "--update" in argv
    update_events = "--update-events" in argv
    args = [a for a in argv if not a.startswith("--")]
    binary, query_files = os.path.abspath(args[0]), args[1:]
    if update_events:
        with open(EVENTS, "w", encoding="utf-8") as f:
            subprocess.run([binary, "extract", "--json", os.path.relpath(EXAMPLES, os.path.join(HERE, "..", ".."))],
                           cwd=os.path.join(HERE, "..", ".."), stdout=f, check=True)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "examples.db")
        ingest = subprocess.run([binary, "ingest", "--db", db, "--events", EVENTS], capture_output=True, text=True)
        if ingest.returncode != 0:
            print(ingest.stderr, file=sys.stderr)
            return 1
        for query_file in query_files:
            expected_file = query_file[:-2] + ".out"
            workdir = os.path.join(tmp, os.path.basename(query_file) + ".d")
            os.mkdir(workdir)
            actual = transcript(binary, db, query_file, workdir)
            if update:
                with open(expected_file, "w", encoding="utf-8") as f:
                    f.write(actual)
                continue
            with open(expected_file, encoding="utf-8") as f:
                expected = f.read()
            if actual != expected:
                failed += 1
                sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                           expected_file, "actual"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
