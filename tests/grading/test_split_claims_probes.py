"""The claim30 probes (tests/data/split_claims_probes.yaml): swapped and half-swapped answers
on questions with two subjects are caught, and correct controls naming both are not flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

PROBES = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "data" / "split_claims_probes.yaml").read_text(
        encoding="utf-8"
    )
)["probes"]


@pytest.mark.parametrize(
    "probe", PROBES, ids=[f"{p['question_id']}-{p['kind']}-{i}" for i, p in enumerate(PROBES)]
)
def test_probe(probe: dict, genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get(probe["question_id"]), probe["answer"])
    if probe["kind"] == "control":
        assert "contradiction" not in grade.flags, grade.contradictions
    else:
        assert "contradiction" in grade.flags
        assert grade.score < 30
