"""The wrong30 and wrong31 probes (tests/data/wrong_claims_probes*.yaml): fluent wrong claims on
train and dev questions are caught (a wrong claim found, not passing), except those marked
`caught: false`, and correct controls on the same questions are not flagged, except those marked
`flagged: true`; a `vague` probe (over66: names the concepts, says nothing true or false) scores
40 or under, except those marked `caught: false`."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

PROBES = [
    probe
    for path in sorted(
        (Path(__file__).resolve().parent.parent / "data").glob("wrong_claims_probes*.yaml")
    )
    for probe in yaml.safe_load(path.read_text(encoding="utf-8"))["probes"]
]


def _marks(probe: dict) -> list[pytest.MarkDecorator]:
    if probe.get("caught") is False or probe.get("flagged"):
        return [pytest.mark.xfail(strict=True, reason="a known miss or false flag")]
    return []


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(p, id=f"{p['question_id']}-{p['kind']}-{i}", marks=_marks(p))
        for i, p in enumerate(PROBES)
    ],
)
def test_probe(probe: dict, genai: Bank, genai_grader: Grader) -> None:
    answer = probe["answer"]
    grade = genai_grader.grade(genai.get(probe["question_id"]), answer)
    found = bool(grade.contradictions or grade.misconceptions)
    if probe["kind"] == "control":
        assert not found, (grade.contradictions, grade.misconceptions)
    elif probe["kind"] == "vague":
        assert grade.score <= 40.0, grade.score
    else:
        assert found and not grade.passed, grade.score
        for contradiction in grade.contradictions:
            assert all(e and e in answer for e in contradiction.evidence)
