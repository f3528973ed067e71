"""Helper for the tests of narrowed `contradicts` lines (subjects54, held55a): a correct sentence
about the other method of a contrast is not flagged, a wrong claim naming the line's subject is."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the grading package is imported by the tests' fixtures, on first use
    from interviewer.core.grading import Grade


def assert_only_the_subject_is_flagged(grade: Grade, wrong: bool) -> None:
    """A correct contrast keeps no contradiction or misconception; the wrong claim said of the
    narrowed line's subject is still found and keeps the answer under 25."""
    found = (grade.contradictions, grade.misconceptions, grade.score)
    if wrong:
        assert grade.contradictions and grade.score < 25, found
    else:
        assert not grade.contradictions and not grade.misconceptions, found


def assert_misconception_corrected(grade: Grade, phrase: str | None) -> None:
    """A narrowed misconception alias: a true sentence (`phrase` None) meets no misconception
    and no contradiction; the misconception said whole still meets `phrase` and keeps the
    answer under 25."""
    found = [m.phrase for m in grade.misconceptions]
    if phrase is None:
        assert not found and not grade.contradictions, (found, grade.contradictions, grade.score)
    else:
        assert found == [phrase] and grade.score < 25, (found, grade.score)
