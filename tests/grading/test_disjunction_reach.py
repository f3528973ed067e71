"""A disjunction's last item denied ("does not guarantee fairness or correctness") denies a
match that starts there only when the match's words up to its last stay in the negation's
reach, as after a negated verb (Structure.denied): "does not guarantee fairness or correctness,
and it can make a model less fair" denied "model gets less accurate" (the accuracy cost of
genai-213) on a blind correct_probes48 answer (cp48-030), its "model less" said in the next
clause."""

from __future__ import annotations

import pytest

from interviewer.core.bank import load_bank
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text
from interviewer.resources import bundled_banks_dir

BANK = load_bank(bundled_banks_dir() / "genai.yaml")


def _denied(text: str, first: str, last: str) -> bool:
    s = Structure.of(Text.of(text))
    words = s.text.words
    return s.denied(words.index(first), len(words) - 1 - words[::-1].index(last))


def test_the_words_past_the_negations_clause_are_not_denied() -> None:
    text = "It does not guarantee fairness or correctness, and it can make a model less fair"
    assert not _denied(text, "correctness", "less")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("It does not guarantee fairness or correctness", "correctness", "correctness"),
        ("There is no value function or advantage estimate", "advantage", "estimate"),
        ("It needs no reward model, sampling or RL loop here", "rl", "loop"),
    ],
)
def test_a_disjunction_inside_the_reach_is_still_denied(text: str, first: str, last: str) -> None:
    assert _denied(text, first, last)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "It also does not guarantee fairness or correctness, and it can make a model less "
            "fair, because the noise hurts small groups more than large ones.",
            False,
        ),
        ("DP costs no accuracy, and it is as fast as normal training.", True),
    ],
)
def test_graded_on_the_genai_bank(grader, text: str, denied: bool) -> None:
    grade = grader.grade(BANK.get("genai-213"), text)
    found = [c for c in grade.contradictions if c.concept == "accuracy cost"]
    assert bool(found) is denied
