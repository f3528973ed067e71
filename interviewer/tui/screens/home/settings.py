"""The home menu's rows as the screen shows them: the actions, a Resume row per unfinished
session and the settings, each fitted to the menu's width; a setting changed, and kept."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.screen import Screen
from textual.widgets import Label
from textual.widgets.option_list import Option

from ....core.catalog import sharing_id
from ....core.preferences import Preferences, with_question_count
from ...plain import plain
from .menu import (
    LEVEL_CHOICES,
    MODES,
    RESUME_PREFIX,
    SETTINGS,
    SHOWN_UNFINISHED,
    TIMINGS,
    HomeSettings,
    ResumeRow,
    SettingsMenu,
    fitted_title,
    resume_texts,
)

HOME_HELP = "↑↓ choose · ←→ change · Tab topics"
"""The help line under the home menu; a scroll cue is added when rows are out of sight."""

NARROW_HELP = "↑↓ choose · ←→ change"
"""The help line under 73 columns, where the topics are not shown (`HomeScreen`)."""

SETTING_LABELS = {
    "bank": "Bank",
    "mode": "Mode",
    "count": "Questions",
    "timing": "Timing",
    "adaptive": "Adaptive",
    "level": "Level",
}

if TYPE_CHECKING:
    from textual.content import Content

    from ....core.bank import Bank
    from ....core.store import StoredSession


def bank_choice(bank: Bank, banks: Sequence[Bank]) -> str:
    """The bank row's value: the bank's title, and its file's name when another bank has its
    id (two copies of a bank showed the same title, ux37)."""
    if sharing_id(bank, banks) and bank.source is not None:
        return f"{bank.title} ({bank.source.name})"
    return bank.title


def _to_rate(count: int) -> str:
    """What a Resume row adds for answers waiting for their rating: `, 1 to rate`."""
    return f", {count} to rate" if count else ""


def _short_progress(session: StoredSession, pending: int) -> str:
    """`short_progress`, or with answers waiting for their rating `1 of 1, to rate` (one line
    at 80 columns beside nine other rows)."""
    from ....core.session import planned_count, short_progress

    if not pending:
        return short_progress(session)
    return f"{session.answer_count} of {planned_count(session.config)}, to rate"


class MenuRows(Screen[None]):
    """The rows of `HomeScreen`'s menu and the settings they change."""

    _pending: dict[str, int] = {}  # (replaced, never changed in place)
    _pending_key: tuple[int, tuple[str, ...]] | None = None
    _fitted_width = 0
    """The menu's width the Resume rows were last fitted to."""

    banks: list[Bank]
    unfinished: list[StoredSession]
    preferences: Preferences
    settings: HomeSettings
    _loading: bool
    help_note: str = ""
    """Said on the help line instead of the keys, until another row is highlighted."""

    @property
    def bank(self) -> Bank | None:
        """The bank chosen, None while the banks load (or when there is none)."""
        raise NotImplementedError

    def _show_bank(self) -> None:
        """Show the bank chosen: its title, its topics."""
        raise NotImplementedError

    def _options(self) -> list[Option | None]:
        options: list[Option | None] = [
            Option("  Start", id="start"),
            Option("  Review the questions worth revisiting", id="review"),
        ]
        for session, text in self._resume_rows():
            options.append(Option(text, id=RESUME_PREFIX + session.id))
        if len(self.unfinished) > SHOWN_UNFINISHED:
            options.append(Option(plain(self._more_text()), id="more", disabled=True))
        options += [
            Option("  History of past sessions", id="history"),
            Option("  Browse the bank's questions", id="browse"),
            None,
        ]
        options += [Option(plain(self._setting_text(name)), id=name) for name in SETTINGS]
        return options

    def _more_text(self) -> str:
        """The row under the Resume rows when more sessions are unfinished than they show,
        with the command that lists them; on more lines when one would cut the command
        (`interviewer --data-dir /tmp/ux37…` at 80 columns, ux37), broken between its words."""
        more = len(self.unfinished) - SHOWN_UNFINISHED
        command = f"`{getattr(self.app, 'command', 'interviewer')} resume --list`"
        line = f"  … {more} more: {command}"
        width = self._menu_width()
        if width < 1 or cell_len(line) <= width:
            return line
        lines = textwrap.wrap(
            command, max(width - 4, 8), break_long_words=False, break_on_hyphens=False
        )
        return f"  … {more} more, listed by\n    " + "\n    ".join(lines)

    def _menu_width(self) -> int:
        """The menu's width in cells; 0 before it is laid out."""
        menus = self.query("#menu")
        return menus.first().scrollable_content_region.width if menus else 0

    def _menu_room(self, resume_rows: int) -> int:
        """Lines the menu has to spare with every Resume row on one line; 0 before layout."""
        menus = self.query("#menu")
        if not menus:
            return 0
        used = (
            2  # Start, Review
            + resume_rows
            + (self._more_text().count("\n") + 1 if len(self.unfinished) > SHOWN_UNFINISHED else 0)
            + 2  # History, Browse
            + 1  # the rule above the settings
            + len(SETTINGS)
            + self._setting_text("bank").count("\n")
        )
        return max(0, menus.first().scrollable_content_region.height - used)

    def _fit_rows(self, *, one_line: bool = False) -> None:
        """Rows fitted to the menu's width again (it changed): the bank, the resume rows
        (`one_line`: each Resume row on one line, whatever the room)."""
        self._refresh_setting("bank")
        menu = self.query_one("#menu", SettingsMenu)
        for session, text in self._resume_rows(one_line=one_line):
            menu.replace_option_prompt(RESUME_PREFIX + session.id, text)
        if len(self.unfinished) > SHOWN_UNFINISHED:
            menu.replace_option_prompt("more", plain(self._more_text()))
        if not one_line:
            self.call_after_refresh(self._check_rows_fit)

    def _check_rows_fit(self) -> None:
        """Once laid out: Resume rows on two lines that push the settings out of sight go
        back to one line each (the room was measured while the bank's title above the menu
        was still changing its height: at 80x24 three such rows hid Timing and Adaptive,
        play28), then the scroll cue is brought up to date."""
        menus = self.query("#menu")
        if not menus:
            return
        menu = menus.first(SettingsMenu)
        two_lines = any(
            "\n" in str(menu.get_option(RESUME_PREFIX + s.id).prompt)
            for s in self.unfinished[:SHOWN_UNFINISHED]
        )
        if two_lines and menu.max_scroll_y > 0:
            self._fit_rows(one_line=True)
            self.call_after_refresh(self.show_scroll_cue)
            return
        if self._menu_width() != self._fitted_width:
            # the menu's scrollbar came after the rows were fitted: each was a cell too wide,
            # and its end cut (`, 1 to ra…`, ux37)
            self._fit_rows(one_line=not two_lines)
            self.call_after_refresh(self.show_scroll_cue)
            return
        self.show_scroll_cue()

    def show_scroll_cue(self) -> None:
        """The help line says when rows of the menu are out of sight, above or below, in
        words (a scrollbar is only a colour, unseen in a plain capture)."""
        menus, helps = self.query("#menu"), self.query("#home-help")
        if not menus or not helps:
            return
        menu = menus.first(SettingsMenu)
        above = menu.scroll_y > 0
        below = menu.scroll_y < menu.max_scroll_y
        arrows = ("↑" if above else "") + ("↓" if below else "")
        text = self.help_note or (NARROW_HELP if self.has_class("-narrow") else HOME_HELP)
        helps.first(Label).update(text + (f" · more {arrows}" if arrows else ""))

    def explain_setting(self, name: str) -> None:
        """Enter on a setting: say on the help line how to change it, and change nothing."""
        self.help_note = f"{SETTING_LABELS[name]}: ←→ change it; Enter does not"
        self.show_scroll_cue()

    def _resume_rows(self, *, one_line: bool = False) -> list[tuple[StoredSession, Content]]:
        """The Resume rows, fitted to the menu (see `resume_texts`), each naming its bank by
        title when the bank is loaded, else by id (a bank practised by path, or loading)."""
        from ....core.report import format_when
        from ....core.session import session_progress

        shown = self.unfinished[:SHOWN_UNFINISHED]
        titles = {bank.id: bank.title for bank in self.banks}
        pending = self._ratings_pending(shown)
        rows = [
            ResumeRow(
                bank=titles.get(session.bank_id, session.bank_id),
                progress=session_progress(session) + _to_rate(pending.get(session.id, 0)),
                started=format_when(session.started_at),  # as every other screen shows it
                session_id=session.id,
                short_progress=_short_progress(session, pending.get(session.id, 0)),
            )
            for session in shown
        ]
        room = 0 if one_line else self._menu_room(len(shown))
        self._fitted_width = self._menu_width()
        texts = resume_texts(rows, self._fitted_width, room)
        return [(session, plain(text)) for session, text in zip(shown, texts, strict=True)]

    def _ratings_pending(self, sessions: Sequence[StoredSession]) -> dict[str, int]:
        """Answers of `sessions` saved but not rated yet, by session id (read once for the
        banks loaded: "1 answered of 1 planned" alone said nothing of why the session was
        still to resume, ux37); empty while the banks load or if the history cannot be read."""
        from ....core.errors import InterviewerError
        from ....core.session import ratings_pending

        if not self.banks:
            return {}
        key = (id(self.banks), tuple(s.id for s in sessions))
        if self._pending_key != key:
            banks = {bank.id: bank for bank in reversed(self.banks)}  # the first of an id
            try:
                answers = self.app.store.answers_of_sessions(  # type: ignore[attr-defined]
                    [s.id for s in sessions if s.bank_id in banks]
                )
            except InterviewerError:
                answers = {}
            self._pending = {
                session.id: ratings_pending(answers.get(session.id, []), banks[session.bank_id])
                for session in sessions
                if session.bank_id in banks
            }
            self._pending_key = key
        return self._pending

    def _setting_text(self, name: str) -> str:
        s = self.settings
        bank = self.bank
        values = {
            "bank": bank_choice(bank, self.banks)
            if bank
            else ("loading…" if self._loading else "none"),
            "mode": MODES[s.mode_index][0],
            "count": str(s.count),
            "timing": TIMINGS[s.timing_index][0],
            "adaptive": "on: harder after strong answers" if s.adaptive else "off",
            "level": LEVEL_CHOICES[s.level_index][0],
        }
        start = f"  {SETTING_LABELS[name]:<10} ◂ "
        value = values[name]
        if name == "bank":
            value = fitted_title(value, self._menu_width() - len(start) - len(" ▸"), len(start))
        return f"{start}{value} ▸"

    def _refresh_setting(self, name: str) -> None:
        self.query_one("#menu", SettingsMenu).replace_option_prompt(
            name, plain(self._setting_text(name))
        )

    def change_setting(self, name: str, step: int) -> None:
        """Move a setting `step` places (the arrow keys call this; Enter does not)."""
        s = self.settings
        if name == "bank":
            self.app.refresh_banks()  # type: ignore[attr-defined]  # (see _highlighted)
        if name == "bank" and self.banks:
            s = replace(s, bank_index=(s.bank_index + step) % len(self.banks))
        elif name == "mode":
            s = replace(s, mode_index=(s.mode_index + step) % len(MODES))
        elif name == "count" and self.bank is not None:
            s = replace(s, count=min(max(1, s.count + step), len(self.bank)))
        elif name == "timing":
            s = replace(s, timing_index=(s.timing_index + step) % len(TIMINGS))
        elif name == "adaptive":
            s = replace(s, adaptive=not s.adaptive)
        elif name == "level":
            s = replace(s, level_index=(s.level_index + step) % len(LEVEL_CHOICES))
        changed_bank = s.bank_index != self.settings.bank_index
        changed_count = s.count != self.settings.count
        self.settings = s
        self._refresh_setting(name)
        if changed_bank:
            self._show_bank()
        if changed_count and self.bank is not None:
            # Kept for this bank: 8 of a bank of 8 stays 8 while a bigger bank keeps its own
            # (play25 D2).
            self.preferences = with_question_count(
                self.app.preferences,  # type: ignore[attr-defined]
                self.bank.id,
                s.count,
            )
            self.app.remember(self.preferences)  # type: ignore[attr-defined]
        # Every choice is kept at once, as the theme is: one made and left unstarted is not
        # lost when the app is quit (play26 F13).
        self._remember_choices()

    def _remember_choices(self) -> None:
        """Keep the menu's choices (bank, mode, timing, adaptive, level) for the next run."""
        s = self.settings
        bank = self.bank
        self.preferences = replace(
            self.app.preferences,  # type: ignore[attr-defined]
            bank_id=bank.id if bank is not None else self.app.preferences.bank_id,  # type: ignore[attr-defined]
            mode=MODES[s.mode_index][1],
            timing=TIMINGS[s.timing_index][1],
            adaptive=s.adaptive,
            level=LEVEL_CHOICES[s.level_index][1],
        )
        self.app.remember(self.preferences)  # type: ignore[attr-defined]
