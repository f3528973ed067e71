"""The home screen's menu: the settings it offers (mode, count, level, timing, ...), their
current values, and the option list that changes them with the arrow keys."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.widgets import OptionList

TIMINGS: list[tuple[str, str]] = [
    ("by level: 1:30 / 2:30 / 4:00", "default"),
    ("1 minute each", "60"),
    ("2 minutes each", "120"),
    ("3 minutes each", "180"),
    ("5 minutes each", "300"),
    ("untimed", "untimed"),
]
MODES: list[tuple[str, str]] = [
    ("interview: feedback at the end", "interview"),
    ("practice: feedback each time", "practice"),
]
LEVEL_CHOICES: list[tuple[str, str]] = [
    ("every level, easiest first", "all"),
    ("beginner only", "beginner"),
    ("intermediate only", "intermediate"),
    ("expert only", "expert"),
]
ACTIONS = ("start", "review", "resume", "history", "browse")
RESUME_PREFIX = "resume-"
"""Option ids of unfinished sessions are this prefix and the session id."""
SHOWN_UNFINISHED = 5
SETTINGS = ("bank", "mode", "count", "level", "timing", "adaptive")


@dataclass(frozen=True)
class HomeSettings:
    """What the menu's settings say now."""

    bank_index: int = 0
    mode_index: int = 0
    count: int = 10
    timing_index: int = 0
    adaptive: bool = False
    level_index: int = 0


def index_of(options: list[tuple[str, str]], value: str) -> int:
    return next((i for i, (_, v) in enumerate(options) if v == value), 0)


class SettingsMenu(OptionList):
    """An option list whose settings change with the left and right arrow keys."""

    BINDINGS = [
        Binding("left", "change(-1)", "Change", show=False),
        Binding("right", "change(1)", "Change", show=False),
        Binding("shift+left", "change(-5)", "Change", show=False),
        Binding("shift+right", "change(5)", "Change", show=False),
    ]

    def action_change(self, step: int) -> None:
        option = self.highlighted_option
        if option is not None and option.id in SETTINGS:
            self.screen.change_setting(option.id, step)  # type: ignore[attr-defined]

    def on_resize(self) -> None:
        # Rows that could wrap are fitted to the menu's width (see HomeScreen._fit_rows).
        self.screen._fit_rows()  # type: ignore[attr-defined]
