"""Shared by the grading tests: what a grade found, in the words the tests check."""

from __future__ import annotations

from interviewer.core.grading import Grade


def matched_concepts(grade: Grade) -> set[str]:
    """The names of the concepts `grade` found said."""
    return {m.concept for m in grade.matched}


def quoted(grade: Grade) -> list[str]:
    """Every string a grade quotes from the answer: the evidence of its matched concepts (or
    key terms), misconceptions and contradictions (the notes of reference mode quote these)."""
    spans = [e for m in grade.matched for e in m.evidence]
    spans += [e for m in grade.misconceptions for e in m.evidence]
    return spans + [e for c in grade.contradictions for e in c.evidence]


def assert_no_wrong_claim(grade: Grade) -> None:
    """A correct sentence: no `contradicts` line and no misconception found in it."""
    assert not grade.contradictions, grade.contradictions
    assert not grade.misconceptions, grade.misconceptions


def assert_wrong_claim_caught(grade: Grade) -> None:
    """A wrong sentence: a `contradicts` line or a misconception found, and it does not pass."""
    assert grade.contradictions or grade.misconceptions
    assert not grade.passed


def assert_credited_in_own_words(grade: Grade, concept: str, said: str) -> None:
    """`concept` is found, with `said` inside one of its evidence strings (the candidate's own
    words)."""
    found = {m.concept: m.evidence for m in grade.matched}
    assert concept in found, sorted(found)
    assert any(said in e for e in found[concept]), found[concept]
