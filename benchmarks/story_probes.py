"""A graded file of blind stories summed up by kind (star65/star66's probe files).

Usage:
    python -m interviewer grade --bank tests/data/star66_bank.yaml \\
        tests/data/star66_stories_66sa.csv -o /tmp/out.csv
    python benchmarks/story_probes.py tests/data/star66_stories_66sa.csv /tmp/out.csv [--rows]

Prints, per kind (good, partial, fake_result, off_question, ...): how many, the mean score, the
share passing (strong or adequate) and how many are missing or weak; then the Spearman
correlation of the score with the probe file's `my_grade`. `--rows` prints every story's score
(never for a held half: its summary only).
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict


def main() -> None:
    from scipy.stats import spearmanr

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probes")
    parser.add_argument("graded")
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args()
    with open(args.probes, encoding="utf-8") as probes, open(args.graded, encoding="utf-8") as out:
        rows = [
            (p["probe"], p["kind"], float(p["my_grade"]), float(g["score"] or 0), g["band"])
            for p, g in zip(csv.DictReader(probes), csv.DictReader(out), strict=True)
        ]
    kinds: dict[str, list[tuple[str, str, float, float, str]]] = defaultdict(list)
    for row in rows:
        kinds[row[1]].append(row)
    for kind, some in kinds.items():
        mean = sum(r[3] for r in some) / len(some)
        passing = sum(r[4] in ("strong", "adequate") for r in some) / len(some)
        low = sum(r[4] in ("missing", "weak") for r in some)
        print(f"{kind:13s} n={len(some)} mean={mean:5.1f} passing={passing:.0%} missing/weak={low}")
    rho = spearmanr([r[2] for r in rows], [r[3] for r in rows]).statistic
    print(f"Spearman vs my_grade: {rho:.3f}")
    if args.rows:
        for probe, kind, mine, score, band in rows:
            print(probe, kind, mine, score, band)


if __name__ == "__main__":
    main()
