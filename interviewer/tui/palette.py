"""The command palette's own commands (Home, History, Browse bank, Screenshot) and the
screenshot it saves into the exports folder."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.command import CommandPalette

from .toasts import path_lines, toast_width

if TYPE_CHECKING:
    from .app import InterviewApp


def palette_in_stack(app: App[Any]) -> bool:
    """Whether a command palette is open anywhere on the screen stack (Textual's own check
    looks at the top screen only)."""
    return any(isinstance(screen, CommandPalette) for screen in app.screen_stack)


def close_command_palette(app: App[Any]) -> None:
    """Close a command palette opened over a screen that the program is about to cover (an
    answer submitted by the clock, feedback arriving after grading): left under the new
    screen, a second ctrl+p tried to open another with the same id and the app crashed
    (play29 F21)."""
    if isinstance(app.screen, CommandPalette):
        app.pop_screen()


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
    width = toast_width(app.size.width)  # at 40 columns the toast holds 31 (play60)
    app.notify(path_lines(Path(path), width, break_name=True), title="Screenshot saved", timeout=10)


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
