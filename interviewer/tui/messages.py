"""Messages the app's screens post, named for what happened."""

from __future__ import annotations

from textual.message import Message

from ..core.errors import StoreDamaged
from ..core.interview import Submission


class AnswerGraded(Message):
    """A submitted answer has been graded and its grade stored."""

    def __init__(self, submission: Submission) -> None:
        super().__init__()
        self.submission = submission


class GradingFailed(Message):
    """Grading an answer raised; the answer itself is saved (in a history found `damaged` when
    that is what failed: saving the grade)."""

    def __init__(self, error: str, damaged: StoreDamaged | None = None) -> None:
        super().__init__()
        self.error = error
        self.damaged = damaged
