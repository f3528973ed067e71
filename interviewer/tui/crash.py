"""An error no screen expected (a bug) ends the app with a calm message, not a traceback.

Textual ends the app on an unhandled exception and prints the exception's traceback, with the
values of local variables, to the terminal: the candidate's answer text among them. The app
instead writes that traceback to a crash report under the data dir (`crash-reports/`, the
report's path in the message) and tells the candidate what happened, that every answer they
submitted is saved (answers are written when they go in) and how to go on with the session.

`install` is called by the app's exception handler after Textual's own: it replaces what Textual
would print at exit. It reads one private list of Textual's App (`_exit_renderables`, Textual 8);
a Textual without it keeps its own traceback, so the guard can never hide an error.
"""

from __future__ import annotations

import platform
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rich.text import Text

from .. import __version__

REPORTS = "crash-reports"
"""The data dir's folder of crash reports."""


def report_text(error: BaseException, when: datetime) -> str:
    """The crash report: when, the versions, and the error's full traceback (no local values)."""
    import textual

    lines = [
        f"Interviewer {__version__} stopped on an unexpected error at {when.isoformat()}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Textual {textual.__version__}",
        "",
        *traceback.format_exception(type(error), error, error.__traceback__),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def save_report(folder: Path, error: BaseException, when: datetime | None = None) -> Path | None:
    """Write the crash report to a new file in `folder` (made if missing); None when it cannot
    be written (a read-only or full disk: the message then says the error's name only)."""
    when = when or datetime.now(timezone.utc)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = when.strftime("%Y%m%d-%H%M%S")
        for n in range(100):
            path = folder / (f"crash-{stamp}.txt" if n == 0 else f"crash-{stamp}-{n}.txt")
            try:
                with path.open("x", encoding="utf-8") as out:
                    out.write(report_text(error, when))
            except FileExistsError:
                continue
            return path
    except OSError:
        return None
    return None


def message(error: BaseException, report: Path | None, command: str) -> str:
    """What the candidate reads in the terminal after the app ends on an unexpected error."""
    said = [
        f"Interviewer stopped on an unexpected error ({type(error).__name__}): a bug, not "
        "something you did.",
        "Every answer you submitted is saved. If a session was under way, this goes on with",
        f"it where you were:  {command} resume",
    ]
    if report is not None:
        said.append(f"The details are in {report}: please attach that file when you report it.")
    else:
        said.append(f"The details could not be saved: {type(error).__name__}: {error}")
    return "\n".join(said)


def install(
    app: Any, error: BaseException, folder: Path, command: str, first: Path | None
) -> Path | None:
    """Replace the traceback Textual will print at exit by `message`, the traceback going to a
    crash report in `folder`; the report's path (None: not written, or Textual keeps no such
    list and prints its own). `first`: the report of an earlier error of this run, which the
    error is added to (an error while the app closes after the first), the message unchanged."""
    renderables = getattr(app, "_exit_renderables", None)
    if not isinstance(renderables, list):
        return None
    if first is not None:
        try:
            with first.open("a", encoding="utf-8") as out:
                later = report_text(error, datetime.now(timezone.utc))
                out.write("\nThen, while the app closed:\n" + later)
        except OSError:
            pass
        del renderables[1:]
        return first
    report = save_report(folder, error)
    # whole lines: the terminal wraps them softly, so a path stays one string to copy
    renderables[:] = [Text(message(error, report, command), no_wrap=True, overflow="ignore")]
    return report
