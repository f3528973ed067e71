"""The SemEval-2013 train misses of reference mode, by kind: a table from an asag_train dump.

Usage: python benchmarks/asag_misses.py DUMP [--set beetle] [--examples N] [FOLDER]

DUMP is written by `benchmarks/asag_train.py --dump DUMP` (its rows are in the order of the
train rows). A miss is an incorrect answer that passes or a correct one that fails. Each is
put in one kind, the first that holds: flagged (by its flags), then by its coverage of the
key's terms (half or more, or less); a correct answer under half is told apart when a key of
its question says "not"/"no" and the answer does not (a key's denial said in other words).
Train parts only: nothing of the test splits is read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from asag import default_folder, read_jsonl  # noqa: E402
from asag_train import train_rows  # noqa: E402

_DENIAL = re.compile(r"\b(?:not|no|never)\b|n't\b")


def kind(row: dict, dumped: dict) -> str | None:
    """The kind of miss of one answer, or None when it is no miss."""
    passed = dumped.get("passed", dumped["score"] >= 70)
    correct = dumped["gold"] == 1.0
    if passed == correct:
        return None
    flags = [f for f in dumped["flags"] if f != "contradiction" or not passed]
    side = "incorrect passing" if passed else "correct failing"
    if flags:
        return f"{side}, flagged {'+'.join(flags)}"
    covered = dumped["parts"].get("coverage", [0.0])[0] >= 0.5
    if covered:
        return f"{side}, half the key terms or more"
    if (
        correct
        and not _DENIAL.search(row["student_answer"].lower())
        and any(_DENIAL.search(k.lower()) for k in row["reference_answers"])
    ):
        return f"{side}, under half, a key denies and the answer does not"
    return f"{side}, under half the key terms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("folder", nargs="?", default=str(default_folder()))
    parser.add_argument("--set", default="beetle", help="beetle or sciEntsBank")
    parser.add_argument("--examples", type=int, default=0, help="answers shown per kind")
    args = parser.parse_args()
    rows = train_rows(Path(args.folder))[args.set]
    dumped = [d for d in read_jsonl(args.dump) if d["set"] == args.set]
    if len(dumped) != len(rows):
        sys.exit(f"{args.dump}: {len(dumped)} {args.set} rows, the train part has {len(rows)}")
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for row, d in zip(rows, dumped, strict=True):
        found = kind(row, d)
        if found is not None:
            kinds[found] += 1
            examples[found].append(
                f"{d['score']:5.1f}  {row['question_id']}: {row['student_answer']}"
            )
    print(f"{args.set} train: {sum(kinds.values())} misses of {len(rows)}")
    for name, count in kinds.most_common():
        print(f"{count:5d}  {name}")
        for line in examples[name][: args.examples]:
            print(f"         {line[:110]}")


if __name__ == "__main__":
    main()
