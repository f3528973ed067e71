"""A thing waved away after it is named: "X isn't an issue", "X cannot happen", "X doesn't
matter" deny X as "X is not needed" does (denied_after.py, wrong35)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.denied_after import EVENTS, TROUBLE_ADJECTIVES, TROUBLE_NOUNS
from interviewer.core.grading.text import Text


def denied(text: str, word: str) -> bool:
    s = Structure.of(Text.of(text))
    return s.denied_after(s.text.words.index(word))


@pytest.mark.parametrize(
    "text",
    [
        "Leakage isn't an issue for this benchmark",
        "Leakage is not a real concern here",
        "Leakage is no problem at all",
        "Leakage is no longer a risk",
        "Leakage cannot happen in a sealed pipeline",
        "Leakage does not occur once the data is split",
        "Leakage never arises with fresh data",
        "Leakage doesn't matter at this scale",
    ],
)
def test_a_thing_said_to_be_no_problem_or_not_to_happen_is_denied(text: str) -> None:
    assert denied(text, "leakage")


@pytest.mark.parametrize(
    "text",
    [
        "Leakage is a real issue for this benchmark",
        "Leakage is not the only issue",
        "Leakage does happen in practice",
        "Leakage does not happen often, but it does happen",
        "Leakage doesn't matter much at this scale",
        "Leakage can happen, so it is not a problem to check twice",
        "Leakage, which is not an issue for private sets, inflates public scores",
    ],
)
def test_a_problem_affirmed_or_denied_only_in_degree_or_of_another_is_not(text: str) -> None:
    assert not denied(text, "leakage")


@given(
    noun=st.sampled_from(["drift", "leakage", "overfitting", "bias"]),
    negation=st.sampled_from(["is not", "isn't", "is never", "is no longer"]),
    adjective=st.sampled_from(["", *sorted(TROUBLE_ADJECTIVES)]),
    trouble=st.sampled_from(sorted(TROUBLE_NOUNS)),
)
def test_any_trouble_noun_after_a_denied_copula_denies_the_subject(
    noun: str, negation: str, adjective: str, trouble: str
) -> None:
    text = f"In production {noun} {negation} a {adjective} {trouble} for the team"
    assert denied(" ".join(text.split()), noun)
    affirmed = f"In production {noun} is a {adjective} {trouble} for the team"
    assert not denied(" ".join(affirmed.split()), noun)


@given(
    event=st.sampled_from(sorted(EVENTS)),
    negation=st.sampled_from(["cannot", "can't", "does not", "doesn't", "will not", "never"]),
)
def test_a_denied_event_verb_denies_its_subject(event: str, negation: str) -> None:
    assert denied(f"Overfitting {negation} {event} here", "overfitting")
    assert not denied(f"Overfitting can {event} here", "overfitting")


def test_a_concept_waved_away_is_not_credited_and_is_a_contradiction(
    genai: Bank, genai_grader: Grader
) -> None:
    question = genai.get("genai-102")
    wrong = "Reward hacking cannot happen with RLHF, since the reward comes from human raters."
    grade = genai_grader.grade(question, wrong)
    assert grade.contradictions and not grade.passed
    assert all(e in wrong for c in grade.contradictions for e in c.evidence)
    right = "Reward hacking can happen with RLHF: the policy exploits flaws of the reward model."
    assert not genai_grader.grade(question, right).contradictions
