"""Keyword strings: empty answers that should land `missing`, terse correct notes that should not
be flagged, on answers written from the prompts alone (tests/data/keyword_strings.yaml).

Usage: python benchmarks/keyword_strings.py [--list]

Prints, per round and kind, how many answers were flagged `keyword_list`, how many landed in each
band, the mean and the highest score; with --list, every empty answer not `missing` and every terse
answer flagged or under 50.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from devset import REPO, answer_rows, graded_rows

DATA = REPO / "tests" / "data" / "keyword_strings.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show each answer that misses")
    args = parser.parse_args()
    groups: dict[tuple[str, str], list[tuple[float, bool, str, dict]]] = defaultdict(list)
    for row, grade in graded_rows(answer_rows(DATA)):
        flagged = "keyword_list" in grade.flags
        groups[row["round"], row["kind"]].append((grade.score, flagged, grade.band, row))
    print(
        f"{'round':8s}{'kind':7s}{'n':>5s}{'flagged':>9s}{'missing':>9s}{'weak':>6s}"
        f"{'passing':>9s}{'mean':>7s}{'max':>7s}"
    )
    for (round_, kind), found in sorted(groups.items()):
        bands = [band for _, _, band, _ in found]
        scores = [score for score, _, _, _ in found]
        print(
            f"{round_:8s}{kind:7s}{len(found):5d}{sum(f for _, f, _, _ in found):9d}"
            f"{bands.count('missing'):9d}{bands.count('weak'):6d}"
            f"{sum(b in ('adequate', 'strong') for b in bands):9d}"
            f"{sum(scores) / len(scores):7.1f}{max(scores):7.1f}"
        )
    if args.list:
        for (_, kind), found in sorted(groups.items()):
            for score, flagged, band, row in found:
                if (kind == "empty" and band != "missing") or (
                    kind == "terse" and (flagged or score < 50)
                ):
                    print(
                        f"\n{row['id']} ({row['style']}) {score} {band}"
                        f"{' keyword_list' if flagged else ''}\n  {row['answer'][:300]!r}"
                    )


if __name__ == "__main__":
    main()
