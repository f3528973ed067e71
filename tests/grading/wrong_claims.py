"""Shared by the tests of reference mode's wrong claims (reversals, swaps): answers made of a
question's words and punctuation, and the check that what is quoted is the candidate's own."""

from __future__ import annotations

from hypothesis import strategies as st

from interviewer.core.grading import Grade
from interviewer.core.grading.reference_scoring import CAP


def answers_of(words: str) -> st.SearchStrategy[str]:
    """Texts of up to 40 of these words, punctuation, a newline, an accent and markup."""
    tokens = list(",.;:!?-") + ["\n", "é", "[b]"] + words.split()
    return st.lists(st.sampled_from(tokens), max_size=40).map(" ".join)


def assert_quoted_verbatim_and_capped(grade: Grade, answer: str) -> None:
    for contradiction in grade.contradictions:
        for evidence in contradiction.evidence:
            assert evidence and evidence in answer
        assert grade.score <= CAP
