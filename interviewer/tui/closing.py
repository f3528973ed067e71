"""The terminal closed (SIGHUP) or the app told to stop (SIGTERM): the draft of a session under
way is saved, as leaving saves it, and then the signal ends the program as it would have
(play27 #11: the last seconds of typing were lost when the terminal was closed)."""

from __future__ import annotations

import asyncio
import os
import signal
from contextlib import suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import InterviewApp

CLOSING_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
"""What a closed terminal window, `tmux kill-session`, `kill` or a logout send."""


def save_on_close(app: InterviewApp) -> None:
    """From now on, SIGHUP and SIGTERM save the session's draft, then end the program."""
    loop = asyncio.get_running_loop()
    for number in CLOSING_SIGNALS:
        # not on Windows, nor outside the main thread (the app is then run by a test or an
        # embedding program, which keeps its own signals)
        with suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(number, closed_from_outside, app, number)


def closed_from_outside(app: InterviewApp, number: int) -> None:
    """Save the draft of the session under way (its text and time used), then end."""
    if app.is_running:
        app.save_session_draft()
    end_process(number)


def end_process(number: int) -> None:
    """End the program by the signal's own default action. A clean `App.exit` is no way out:
    with the terminal gone it hangs writing to it (seen in tmux after `kill-session`), and
    every answer and draft is already committed."""
    signal.signal(number, signal.SIG_DFL)
    os.kill(os.getpid(), number)
