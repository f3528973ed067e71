"""The question screen of a session: prompt, countdown, answer editor; submits, skips, pauses and
autosaves.

screen.py       InterviewScreen: showing each question, the clock, the draft, the keys
notices.py      ShowingNotices: the status line, and notices that go again after a while
submitting.py   what happens to a submitted answer: saved, rated or graded, then what comes next
"""

from ....core.limits import MAX_ANSWER_CHARS
from .notices import NOTICE_SECONDS, ShowingNotices
from .screen import (
    AUTOSAVE_SECONDS,
    TICK_SECONDS,
    InterviewScreen,
)
from .submitting import (
    QUICK_SAVE_SECONDS,
    SAVE_PATIENCE_SECONDS,
    SAVE_RETRY_SECONDS,
    SAVING_BUSY,
    SubmittingAnswers,
)

__all__ = [
    "AUTOSAVE_SECONDS",
    "MAX_ANSWER_CHARS",
    "NOTICE_SECONDS",
    "QUICK_SAVE_SECONDS",
    "SAVE_PATIENCE_SECONDS",
    "SAVE_RETRY_SECONDS",
    "SAVING_BUSY",
    "ShowingNotices",
    "TICK_SECONDS",
    "InterviewScreen",
    "SubmittingAnswers",
]
