"""Why a re-grade moved a score: the grader's version, or (same grader) the bank it grades
against, as far as the history can tell."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..bank import Bank, Question
from ..store import StoredAnswer, StoredSession


def _concepts(grade: Mapping[str, Any] | None) -> set[str]:
    """The concept names a stored grade was scored on (matched and missed)."""
    if not grade:
        return set()
    matched = {m.get("concept") for m in grade.get("matched") or () if isinstance(m, dict)}
    return {str(c) for c in matched | set(grade.get("missed") or ()) if c}


def regrade_reason(
    session: StoredSession,
    answer: StoredAnswer,
    bank: Bank,
    question: Question,
    new_grade: Mapping[str, Any],
    grader_version: str,
) -> str:
    """Why the new grade differs from the stored one, in a few words: `grader 3.9 -> 3.10`;
    with the same grader, `the bank changed: v0.1 -> v0.2`, `the question's text changed`,
    `its rubric changed`, else `the bank's text changed` (the answer key, or other questions
    the grader is fitted on: the history keeps no copy to tell which)."""
    if answer.grader_version and answer.grader_version != grader_version:
        return f"grader {answer.grader_version} -> {grader_version}"
    if session.bank_version != bank.version:
        return f"the bank changed: v{session.bank_version} -> v{bank.version}"
    if answer.prompt != question.prompt:
        return "the question's text changed"
    before, after = _concepts(answer.grade), _concepts(new_grade)
    if before and after and before != after:
        return "its rubric changed"
    return "the bank's text changed"
