"""The `history`, `report`, `regrade` and `appeals` commands: the stored sessions, read from a
terminal.

history_file.py  the history file of the data dir, opened; the session a SESSION argument names
history.py       `history`: past sessions, newest first, and the trend of their scores
report.py        `report`: one session's report as Markdown, HTML or JSON
regrade.py       `regrade`: stored answers re-scored with the current grader
appeals.py       `appeals`: the grades the candidate disagreed with
"""

from __future__ import annotations

from .appeals import cmd_appeals
from .history import cmd_history
from .history_file import (
    bank_or_none,
    history_file,
    latest_note,
    no_answers,
    no_sessions,
    open_history,
    session_named,
)
from .regrade import cmd_regrade
from .report import cmd_report

__all__ = [
    "bank_or_none",
    "cmd_appeals",
    "cmd_history",
    "cmd_regrade",
    "cmd_report",
    "history_file",
    "latest_note",
    "no_answers",
    "no_sessions",
    "open_history",
    "session_named",
]
