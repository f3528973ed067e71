"""subject_sides.referents: a clause opened by "unlike" names no subject, and what it sets aside
is no referent (deny50: "Unlike GPT, it ..." had the stem "unlik" as its referent)."""

from __future__ import annotations

import pytest

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.subject_sides import referents
from interviewer.core.grading.text import Text


def _referents(answer: str) -> list[str]:
    text = Text.of(answer)
    return list(referents(text, Structure.of(text)).values())


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("GRPO is a variant of PPO. Unlike PPO, it has no critic.", ["grpo"]),
        ("BERT is an encoder. Unlike GPT, it reads both ways.", ["bert"]),
        ("Unlike GPT, it reads both ways.", []),
        ("Compared with PPO, it needs no critic.", []),
        # what is set aside is not what "it" refers to, even as the sentence before's subject
        ("PPO trains a critic. Unlike PPO, it does not.", []),
        # read as before: no setting aside
        ("Optimistic locking takes no lock: it checks a version number.", ["optim"]),
    ],
)
def test_unlike_names_no_referent(answer: str, expected: list[str]) -> None:
    found = _referents(answer)
    assert not any(stem.startswith("unlik") for stem in found)
    assert [s[:5] for s in found] == [s[:5] for s in expected]
