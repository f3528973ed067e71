"""lead68: a word and its negated form ("consistent" / "inconsistent") are never a typo of
each other (negating_prefixes.py, read by typos.near_pairs). The genai-207 case credited
*independent frames flicker* on bccae637."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.negating_prefixes import negated_form


@pytest.mark.parametrize(
    ("word", "other", "negated"),
    [
        ("consistent", "inconsistent", True),
        ("stable", "unstable", True),
        ("relevant", "irrelevant", True),
        ("deterministic", "nondeterministic", True),
        ("connected", "disconnected", True),
        ("possible", "impossible", True),
        # the other way round is left alone: "unreachable" speaks of "reachable"
        ("inconsistent", "consistent", False),
        ("unreachable", "reachable", False),
        ("consistently", "inconsistent", False),
        ("unit", "it", False),
        ("consistent", "consistant", False),
        ("index", "dex", False),
    ],
)
def test_negated_form(word: str, other: str, negated: bool) -> None:
    assert negated_form(word, other) is negated


def test_consistent_frames_do_not_credit_inconsistent_frames(
    genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-207"), "Video models keep frames consistent.")
    assert "independent frames flicker" not in {m.concept for m in grade.matched}


def test_inconsistent_frames_are_still_credited(genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(
        genai.get("genai-207"), "Frames made one at a time are inconsistent and flicker."
    )
    assert "independent frames flicker" in {m.concept for m in grade.matched}
