"""Plain probes: correct answers in plain words, and good answers with one gap, written blind.

Usage: python benchmarks/plain_probes.py [--set 52|54|56|57|58|58a|58h|59|59a|59h|60|60a|60h
       |61|61a|61h|62a|62h|64a|64h|66pa|66ph] [--file PATH] [--quiet]

Grades tests/data/plain_probes52.yaml (--set 54: plain_probes54.yaml, the same kinds on 20 other
tunable questions, by phrase54; --set 56: plain_probes56.yaml, 15 plain and 15 good answers on 15
other tunable questions, by para56; --set 57: plain_probes57.yaml, 16 plain and 16 good answers on
16 other tunable questions, by para57; --set 58: plain_probes58.yaml, 18 plain and 18 good
answers on 18 other tunable questions, by para58, and 58a / 58h its two halves by question, the
rows whose `half` is a or h; a held row's own lines are never printed, only the table; --set 59:
plain_probes59.yaml, 18 plain and 18 good answers on 18 other tunable questions, by para59, with
its halves 59a / 59h the same way; --set 60: plain_probes60.yaml, by para60, the same kinds on
the last 18 tunable questions, with its halves 60a / 60h; --set 61: plain_probes61.yaml, by
prompt61, the same kinds on 18 tunable questions drawn with random.Random(61), with its halves
61a / 61h; --set 62a / 62h: plain_probes62a.yaml and plain_probes62h.yaml, by plain62, the
same kinds on 12 other tunable questions drawn with random.Random(62), one file per half;
--set 64a / 64h: plain_probes64a.yaml and plain_probes64h.yaml, by or64, good answers that
say one alternative of a concept named "A or B", and `wrong` controls that name an alternative
in a wrong claim, one file per half; --set 66pa / 66ph: plain_probes66pa.yaml and
plain_probes66ph.yaml, by under66, plain and good answers, half a on the six tunable questions
with an under-scored graded answer at grader 3.49, half h on six drawn with random.Random(66)):
40 correct
answers in plain, jargon-free words and 10 good
answers with one gap, on 20 tunable questions, written from the prompts alone before any grading
(see its `about`), with the genai bank and prints, per kind, the mean score, the count in each band
and the share passing; then, per answer (unless --quiet), its score and band, any wrong claim or
non-answer flag found (a false flag: every answer there is meant to pass), the concepts not detected
and, for the weightiest of them, the nearest clause of the answer as feedback quotes it.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from correct_probes import NON_ANSWER
from devset import REPO, answer_rows, graded_rows, wrong_claims_found

SETS = (
    "52",
    "54",
    "56",
    "57",
    "58",
    "58a",
    "58h",
    "59",
    "59a",
    "59h",
    "60",
    "60a",
    "60h",
    "61",
    "61a",
    "61h",
    "62a",
    "62h",
    "64a",
    "64h",
    "66pa",
    "66ph",
)
"""The probe sets: tests/data/plain_probes{SET}.yaml."""
BANDS = ("strong", "adequate", "weak", "missing")
NEAREST = "Nearest in your answer, not close enough to count: "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, default="52", help="probe set (default 52)")
    parser.add_argument("--file", type=Path, help="probes file (overrides --set)")
    parser.add_argument("--quiet", action="store_true", help="only the table")
    parser.add_argument("--sets", action="store_true", help="print the probe sets and stop")
    args = parser.parse_args()
    if args.sets:
        print(" ".join(SETS))
        return
    own = REPO / "tests" / "data" / f"plain_probes{args.set}.yaml"
    path = args.file or (own if own.exists() else own.with_name(f"plain_probes{args.set[:2]}.yaml"))
    half = args.set[2:][-1:]
    rows = [r for r in answer_rows(path, "probes") if not half or r.get("half") == half]
    scores: dict[str, list[float]] = defaultdict(list)
    bands: dict[str, Counter[str]] = defaultdict(Counter)
    flagged: Counter[str] = Counter()
    for row, grade in graded_rows(rows):
        kind = row["kind"]
        scores[kind].append(grade.score)
        bands[kind][grade.band] += 1
        found = wrong_claims_found(grade)
        found += [f"flag {f}" for f in grade.flags if f in NON_ANSWER]
        flagged[kind] += bool(found)
        if args.quiet or row.get("half") == "h":
            continue
        print(f"{row['id']} {row['question_id']} ({kind}) {grade.score:.1f} {grade.band}")
        for line in found:
            print(f"    FLAG {line}")
        if grade.not_said:
            print(f"    not detected: {'; '.join(grade.not_said)}")
        for note in grade.feedback:
            if NEAREST in note:
                name = note.split("'")[1] if "'" in note else "?"
                print(f"    nearest for '{name}': {note.split(NEAREST, 1)[1]}")
    header = f"{'kind':<8}{'n':>4}{'mean':>7}" + "".join(f"{b:>10}" for b in BANDS)
    print(header + f"{'pass':>7}{'flagged':>9}")
    every = [s for kind in scores for s in scores[kind]]
    total: Counter[str] = sum(bands.values(), Counter())
    for kind, counts in [*sorted(bands.items()), ("all", total)]:
        values = every if kind == "all" else scores[kind]
        n = len(values)
        passing = counts["strong"] + counts["adequate"]
        flags = sum(flagged.values()) if kind == "all" else flagged[kind]
        print(
            f"{kind:<8}{n:>4}{sum(values) / n:>7.1f}"
            + "".join(f"{counts[b]:>10}" for b in BANDS)
            + f"{passing / n:>7.0%}{flags:>9}"
        )


if __name__ == "__main__":
    main()
