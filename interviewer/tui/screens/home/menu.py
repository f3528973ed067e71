"""The home screen's menu: the settings it offers (mode, count, level, timing, ...), their
current values, and the option list that changes them with the arrow keys."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from textual.binding import Binding

from ...plain import cut_to
from ...widgets.focus_marker import MarkedOptionList

if TYPE_CHECKING:
    from ....core.bank import Bank

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
RESUME_BANK_CELLS = 10
"""A Resume row's bank name is cut to no fewer cells than this (less, and the row is cut)."""
LEVELS = ("beginner", "intermediate", "expert")
SETTINGS = ("bank", "mode", "count", "level", "timing", "adaptive")


def fitted_title(title: str, cells: int, indent: int) -> str:
    """A bank's title for the menu's Bank row: on one line when it fits in `cells`, else on
    two, the second `indent` cells in, under the first (at 80 columns "Generative AI
    Interview Quest…" was cut, play26 #18); cut only past two lines."""
    if cells < 1 or cell_len(title) <= cells:
        return title
    first, _, rest = title.rpartition(" ")
    while first and cell_len(first) > cells:
        first, _, more = first.rpartition(" ")
        rest = f"{more} {rest}"
    if not first:
        return cut_to(title, cells)
    return f"{first}\n{' ' * indent}{cut_to(rest, cells)}"


@dataclass(frozen=True)
class HomeSettings:
    """What the menu's settings say now."""

    bank_index: int = 0
    mode_index: int = 0
    count: int = 10
    timing_index: int = 0
    adaptive: bool = False
    level_index: int = 0


def questions_line(bank: Bank, topics: Collection[str] = ()) -> str:
    """`201 questions: 55 beginner, 88 intermediate, 58 expert`, or with topics ticked, the
    questions of those topics: `35 of 201 questions: ...` (play23 F14: the line stayed the
    bank's whole count whatever the ticks). A level with no question is left out."""
    chosen = [q for q in bank if not topics or q.topic in topics]
    counts = ((sum(q.level == level for q in chosen), level) for level in LEVELS)
    levels = ", ".join(f"{n} {level}" for n, level in counts if n) or "none"
    noun = "question" if len(bank) == 1 else "questions"
    count = f"{len(chosen)} of {len(bank)}" if len(chosen) != len(bank) else str(len(bank))
    return f"{count} {noun}: {levels}"


@dataclass(frozen=True)
class ResumeRow:
    """What a Resume row says of an unfinished session."""

    bank: str
    progress: str
    started: str
    session_id: str
    short_progress: str = ""
    """The progress where room is short (`5 of 8 done, 1 skipped`); `progress` when empty."""


def resume_texts(rows: Sequence[ResumeRow], cells: int, room: int = 0) -> list[str]:
    """`  Resume: Contrasts, 2 answered of 5 planned, 2026-12-03 10:00 (1a2b3c4d)`, one per row,
    in at most `cells` cells (any number when `cells` < 1, before layout), so that no row wraps.
    Where a row does not fit on one line and the menu has `room` (spare lines) for a second
    line per row, each row takes two: the bank's title, then how far the session got and when
    it started (at 80 columns one line had cut the titles to "Data Science…" and dropped the
    dates, so that two sessions could not be told apart). Otherwise, on one line, the ids go
    first, then the bank names are cut (to RESUME_BANK_CELLS at least), then the dates go, then
    the progress is said shortly (`5 of 8 done, 1 skipped`: "of 8 planned" had been cut at 80
    columns, play24 D5), then the rows' ends; every row says the same things, and each names
    its bank (play23 F8)."""
    head = "  Resume: "
    whole = [f"{head}{r.bank}, {r.progress}, {r.started} ({r.session_id[:8]})" for r in rows]
    if cells >= 1 and room >= len(rows) and any(cell_len(t) > cells for t in whole):
        banks = _cut_banks([(row.bank, cells - cell_len(head), "") for row in rows])
        return [
            head + bank + "\n" + _resume_detail(row, cells)
            for (bank, _), row in zip(banks, rows, strict=True)
        ]

    def tails(row: ResumeRow) -> tuple[tuple[str, int], ...]:
        fewest = min(cell_len(row.bank), RESUME_BANK_CELLS)
        short = row.short_progress or row.progress
        return (
            (f", {row.progress}, {row.started} ({row.session_id[:8]})", cell_len(row.bank)),
            (f", {row.progress}, {row.started}", fewest),
            (f", {short}, {row.started}", fewest),
            (f", {short}, {_short_when(row.started)}", fewest),
            (f", {row.progress}", fewest),
            (f", {short}", fewest),
        )

    if cells < 1:
        return [head + row.bank + tails(row)[0][0] for row in rows]
    tiers = len(tails(rows[0])) if rows else 0
    for tier in range(tiers):
        fitted = []
        for row in rows:
            tail, fewest = tails(row)[tier]
            room = cells - cell_len(head + tail)
            if room < fewest:
                break
            fitted.append((row.bank, room, tail))
        else:
            return [head + bank + tail for bank, tail in _cut_banks(fitted)]
    return [
        cut_to(head + cut_to(row.bank, RESUME_BANK_CELLS) + tails(row)[-1][0], cells)
        for row in rows
    ]


def _short_when(started: str) -> str:
    """`12-03 22:51` of `2026-12-03 22:51`: the year goes first where room is short."""
    date, _, time = started.partition(" ")
    return f"{date[5:]} {time}" if time and len(date) == len("2026-12-03") else started


def _cut_banks(rows: Sequence[tuple[str, int, str]]) -> list[tuple[str, str]]:
    """Each (bank, room, tail) with its bank name cut to its room: at the end, or in the
    middle where cutting the end would make two different names read alike (play28: three
    "Distributed Systems … Volume 1/2/3" rows all read "Distribute…")."""
    cut = [cut_to(bank, room) for bank, room, _ in rows]
    alike = {c for c in cut if sum(c == other for other in cut) > 1}
    names_of = {
        c: {bank for (bank, _, _), o in zip(rows, cut, strict=True) if o == c} for c in alike
    }
    return [
        (cut_middle(bank, room) if c in alike and len(names_of[c]) > 1 else c, tail)
        for (bank, room, tail), c in zip(rows, cut, strict=True)
    ]


def cut_middle(text: str, cells: int) -> str:
    """`text`, or its start, "…" and its end in `cells` cells (about half each)."""
    if cells < 1 or cell_len(text) <= cells:
        return text
    if cells < 3:
        return cut_to(text, cells)
    tail_cells = (cells - 1) // 2
    head = set_cell_size(text, cells - 1 - tail_cells).rstrip()
    tail = text[-tail_cells:]
    while cell_len(tail) > tail_cells:
        tail = tail[1:]
    return head + "…" + tail.lstrip()


def _resume_detail(row: ResumeRow, cells: int) -> str:
    """A two-line Resume row's second line: how far the session got, when it started and its
    id; the id goes first, then the progress is said shortly, then it is cut."""
    indent = "    "
    short = row.short_progress or row.progress
    for tail in (
        f"{row.progress}, {row.started} ({row.session_id[:8]})",
        f"{row.progress}, {row.started}",
        f"{short}, {row.started}",
    ):
        if cell_len(indent + tail) <= cells:
            return indent + tail
    return cut_to(indent + short, cells)


def index_of(options: list[tuple[str, str]], value: str) -> int:
    return next((i for i, (_, v) in enumerate(options) if v == value), 0)


class SettingsMenu(MarkedOptionList):
    """An option list whose settings change with the left and right arrow keys; its rows
    start with two spaces, where the focus marker goes."""

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
