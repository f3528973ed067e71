"""The held-out questions are read from the data, not from a list outside the repository:
`benchmarks/devset.held_out_questions()` is the test and fresh-test splits' questions, none of
which a tunable split (train, dev, fresh-dev, train-blind) asks, and `nothing_detected.py`
leaves the probes on them out."""

from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def test_held_out_questions_are_the_test_splits_and_no_tunable_ones() -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import devset
    finally:
        sys.path.remove(str(BENCHMARKS))
    held = devset.held_out_questions()
    tunable = {
        r.question_id for s in ("train", "dev", "fresh-dev", "train-blind") for r in devset.load(s)
    }
    assert len(held) == 74, len(held)
    assert held.isdisjoint(tunable), sorted(held & tunable)
    assert {r.question_id for r in devset.load("test")} <= held


def test_nothing_detected_reads_no_list_outside_the_repository() -> None:
    text = (BENCHMARKS / "nothing_detected.py").read_text(encoding="utf-8")
    assert "/work/" not in text
    assert "held_out_questions()" in text
