"""The command palette's own commands (Home, History, Browse bank, Screenshot) and the
screenshot it saves into the exports folder."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from .toasts import path_lines

if TYPE_CHECKING:
    from .app import InterviewApp


def save_screenshot_to_exports(app: InterviewApp) -> None:
    """An SVG of the screen in the exports folder (created if missing), path in a toast."""
    try:
        app.export_dir.mkdir(parents=True, exist_ok=True)
        path = app.save_screenshot(path=str(app.export_dir))
    except OSError as err:
        app.notify(
            f"Could not save the screenshot in {app.export_dir}: {err.strerror or err}",
            severity="error",
        )
        return
    app.notify(path_lines(Path(path)), title="Screenshot saved", timeout=10)


def system_commands(
    app: InterviewApp, textual_commands: Iterable[SystemCommand]
) -> Iterator[SystemCommand]:
    """Textual's commands but its Screenshot (it writes to a Downloads folder that may not
    exist), then the app's own."""
    for command in textual_commands:
        if command.title != "Screenshot":
            yield command
    yield SystemCommand("Home", "Back to the home screen", app.go_home)
    yield SystemCommand("History", "Past sessions and their reports", app.open_history)
    yield SystemCommand(
        "Browse bank", "Topics, levels and questions, with the references", app.open_browser
    )
    yield SystemCommand(
        "Screenshot",
        f"Save an SVG of the screen in {app.export_dir}",
        lambda: app.set_timer(0.1, lambda: save_screenshot_to_exports(app)),
    )
