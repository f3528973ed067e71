"""Answers saved but never graded (the program ended while grading), graded and stored as soon
as a report or the history reads their session, so that every screen and command gives the
session one score (play29 F18: `history` said "-" while `report` said 8.4 for the same session).

A session's score is the mean of its answers' stored grades. An answer still waiting for its
grade gets the grade the same (deterministic) grader would have stored, and is stored with it,
unless the session is open in a live program, which grades it itself a moment later
(`report.pending.may_settle`; which sessions wait: `report.pending.sessions_waiting`, which
the callers read first, so that nothing here, nor a grader, is loaded when none waits).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..report.pending import may_settle
from .answers import grade_ungraded

if TYPE_CHECKING:
    from ..bank import Bank
    from ..grading import Grader
    from ..store import Store


def settle(store: Store, session_id: str, bank: Bank, grader: Grader) -> int:
    """Grade and store the answers of `session_id` saved but never graded, when this program
    may (`may_settle`); how many were stored."""
    if not may_settle(store, session_id):
        return 0
    return grade_ungraded(store, session_id, bank, grader)
