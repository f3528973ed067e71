"""How STAR grading agrees with the hand grades of tests/data/star_answers.yaml.

Usage:
    python benchmarks/star_set.py            (both splits; --rows: a line per train answer)

Prints, for each split (train: the grader may be tuned on it; test: never tuned on), the
Spearman correlation of score with grade, the fillers' highest score (the tests want <= 20),
the lowest score of the complete natural-prose stories that answer their question (the tests want
>= 70), and how the stories off their question (kind off_topic_story, or answers_question: false)
and the red-flag stories are flagged, with the flags raised on any other story.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from interviewer.core.catalog import Catalog  # noqa: E402
from interviewer.core.grading import Grader  # noqa: E402

_RED_FLAGS = {"blames_others", "dishonesty", "harm_unreflected"}


def main() -> None:
    from scipy.stats import spearmanr

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="print every train answer's score")
    args = parser.parse_args()
    bank = Catalog(None).find("behavioural")
    grader = Grader(bank)
    rows = yaml.safe_load((REPO / "tests/data/star_answers.yaml").read_text(encoding="utf-8"))
    for split in ("train", "test"):
        part = [r for r in rows["answers"] if r["split"] == split]
        grades = [grader.grade(bank.get(r["question_id"]), r["answer"]) for r in part]
        rho = spearmanr([g.score for g in grades], [r["grade"] for r in part]).statistic
        filler = max(g.score for g, r in zip(grades, part, strict=True) if r["kind"] == "filler")
        prose = min(
            g.score
            for g, r in zip(grades, part, strict=True)
            if r["kind"] == "complete_prose" and r.get("answers_question", True)
        )
        print(
            f"{split}: {len(part)} answers, Spearman {rho:.3f}; "
            f"filler max {filler:.1f}; complete prose min {prose:.1f}"
        )
        off = [
            "off_topic_story" in g.flags
            for g, r in zip(grades, part, strict=True)
            if r["kind"] == "off_topic_story" or r.get("answers_question") is False
        ]
        red = [
            bool(_RED_FLAGS & set(g.flags))
            for g, r in zip(grades, part, strict=True)
            if r["kind"] == "red_flag"
        ]
        wrongly = [
            r["id"]
            for g, r in zip(grades, part, strict=True)
            if ("off_topic_story" in g.flags and r["kind"] != "off_topic_story")
            and r.get("answers_question", True)
            or (_RED_FLAGS & set(g.flags) and r["kind"] != "red_flag")
        ]
        print(
            f"  off the question flagged {sum(off)} of {len(off)}; red flags flagged "
            f"{sum(red)} of {len(red)}; flagged wrongly: {', '.join(wrongly) or 'none'}"
        )
        if args.rows and split == "train":  # the test split's rows are not for tuning
            for g, r in zip(grades, part, strict=True):
                print(
                    f"  {r['id']} {r['kind']:<18} grade {r['grade']} score {g.score:5.1f} "
                    f"{g.band:<8} missed {', '.join(g.missed) or '-'} flags {g.flags}"
                )


if __name__ == "__main__":
    main()
