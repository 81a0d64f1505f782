"""Why expected events of PETRARCH-2's unit-test records were missed: sorts every scored expected
event by what our coder made of its sentence, so that actor handling (ours to fix) stands apart
from PETRARCH's private verb dictionary and relation codes (to explain).

usage: petrarch_breakdown.py SUITE_PY EVENTS.jsonl
SUITE_PY is ../shared/tools/petrarch_suite.py (its records and scoring rules are reused);
EVENTS.jsonl is what `entente extract --json` printed for the suite's sentences.
"""
import collections
import importlib.util
import json
import re
import sys

# Words that make an act a plan or a prospect, which CODING.md does not code as an event.
PROSPECT = re.compile(r"\b(about to|will|would|plans? to|expected to|is to|are to)\b", re.I)


def main(suite_path, events_path):
    spec = importlib.util.spec_from_file_location("petrarch_suite", suite_path)
    suite = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(suite)
    ours = collections.defaultdict(list)
    for line in open(events_path, encoding="utf-8"):
        event = json.loads(line)
        ours[str(event["article"])].append((event["source"]["key"], event["relation"], event["target"]["key"]))
    reasons = collections.Counter()
    for rid, _, sentence, events in suite.records():
        scored = [e for e in events if e[1][:2] in suite.ROOTS]
        mine = ours.get(rid, [])
        for source, code, target in scored:
            relations = suite.ROOTS[code[:2]]
            same_pair = [r for s, r, t in mine if suite.same(source, s) and suite.same(target, t)]
            if any(r in relations for r in same_pair):
                reason = "found"
            elif same_pair:
                reason = "our actors, another relation (PETRARCH's verb codes differ from ours)"
            elif any(r in relations for _, r, _ in mine):
                reason = "our relation, other actors (actor handling)"
            elif mine:
                reason = "other events coded in the sentence, not this pair"
            elif PROSPECT.search(sentence):
                reason = "no event: a plan or prospect, which CODING.md does not code"
            else:
                reason = "no event in the sentence: mostly a verb or pattern our lexicon lacks"
            reasons[reason] += 1
    print(f"why, of {sum(reasons.values())} expected events:")
    for reason, count in reasons.most_common():
        print(f"{count:5d}  {reason}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
