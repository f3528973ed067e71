"""Causative claims and empty causatives (tests/data/keys51_probes.yaml): "X makes it slow" is a
claim, "X makes it better" says nothing.

Usage: python benchmarks/causatives.py

Prints each answer's kind, score, band and whether it was flagged `keyword_list`, then per kind
how many were flagged and how many landed `missing`.
"""

from __future__ import annotations

from devset import REPO, answer_rows, graded_rows

DATA = REPO / "tests" / "data" / "keys51_probes.yaml"


def main() -> None:
    counts: dict[str, list[int]] = {}
    for row, grade in graded_rows(answer_rows(DATA)):
        flagged = "keyword_list" in grade.flags
        print(
            f"{row['id']:8s}{row['kind']:7s}{grade.score:6.1f} {grade.band:9s}"
            f"{'keyword_list' if flagged else ''}"
        )
        n, f, m = counts.setdefault(row["kind"], [0, 0, 0])
        counts[row["kind"]] = [n + 1, f + flagged, m + (grade.band == "missing")]
    for kind, (n, f, m) in sorted(counts.items()):
        print(f"{kind}: {f} of {n} flagged keyword_list, {m} missing")


if __name__ == "__main__":
    main()
