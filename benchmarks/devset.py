"""The team's graded development set, loaded once for the trust and calibration scripts.

tests/data/devset.yaml holds answers written by the team to 86 questions of the genai bank,
each before its writer saw that question's reference, in ten kinds (excellent to restated),
graded 0-5 by two independent readers with a written guide (docs/grading-guide.md), their
disagreements resolved by a third. Questions are split into train (calibration is fitted on it),
dev (thresholds are chosen on it) and test (never tuned on).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from interviewer.core.bank import Bank  # noqa: E402
from interviewer.core.catalog import Catalog  # noqa: E402
from interviewer.core.grading import Grade, Grader  # noqa: E402

DEVSET = REPO / "tests" / "data" / "devset.yaml"
FRESH = REPO / "tests" / "data" / "fresh_answers.yaml"
"""A second set, on the 115 questions the devset does not cover (see its `about`): its splits
are 'fresh-dev' and 'fresh-test', and `load()` without a split leaves it out."""
BLIND = REPO / "tests" / "data" / "blind_train.yaml"
"""A third set (stop 40): new answers to the train split's questions, written from the prompt
only and graded in two independent passes after the rubrics were last tuned; its split is
'train-blind', and `load()` without a split leaves it out."""
KINDS = (
    "excellent",
    "concise",
    "paraphrase",
    "gaps",
    "partial",
    "weak",
    "wrong",
    "longwrong",
    "buzzword",
    "offtopic",
    "restated",
)


@dataclass(frozen=True)
class Graded:
    """One answer of the development set with its human grade."""

    id: str
    question_id: str
    split: str
    kind: str
    grade: int
    answer: str


def load(split: str | None = None) -> list[Graded]:
    """The graded answers, of one split ('train', 'dev', 'test') or all of the devset; or of
    the fresh set: 'fresh-dev', 'fresh-test', or 'fresh' for both; or 'train-blind'."""
    path = DEVSET
    if split is not None and split.startswith("fresh"):
        path = FRESH
    elif split == "train-blind":
        path = BLIND
    rows = [
        Graded(a["id"], a["question_id"], a["split"], a["kind"], int(a["grade"]), a["answer"])
        for a in answer_rows(path)
    ]
    return [r for r in rows if split in (None, "fresh", r.split)]


HELD_OUT_SPLITS = ("test", "fresh-test")
"""The splits whose questions no rubric line or rule is written for (docs/grading.md, "The
development set"); the other questions of the bank are the tunable ones."""


def held_out_questions() -> frozenset[str]:
    """The ids of the questions of the test and fresh-test splits, read from the data (before,
    scripts read a list kept outside the repository)."""
    return frozenset(r.question_id for s in HELD_OUT_SPLITS for r in load(s))


def genai_bank() -> Bank:
    return Catalog(None).find("genai")


def answer_rows(path: Path, key: str = "answers") -> list[dict]:
    """The rows of a YAML set of answers (its `answers` list, or `probes` for a probes file)."""
    rows: list[dict] = yaml.safe_load(path.read_text(encoding="utf-8"))[key]
    return rows


def graded_rows(rows: list[dict]) -> Iterator[tuple[dict, Grade]]:
    """Each row (with its question_id and answer) and the grade the genai bank gives it."""
    bank = genai_bank()
    grader = Grader(bank)
    for row in rows:
        yield row, grader.grade(bank.get(row["question_id"]), row["answer"])


def wrong_claims_found(grade: Grade) -> list[str]:
    """The wrong claims a grade names, as the flag benchmarks list them: each contradiction
    with its detail and each misconception, with the words they fired on."""
    found = [f"{c.concept}: {c.detail} [{' / '.join(c.evidence)}]" for c in grade.contradictions]
    found += [
        f"misconception '{m.phrase}' [{' / '.join(m.evidence)}]" for m in grade.misconceptions
    ]
    return found
