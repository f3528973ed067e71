"""The home screen: one keyboard menu to start, review, resume or open history, and the settings."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Label, OptionList, Static
from textual.widgets.option_list import Option

from ...core.catalog import DEFAULT_BANK_ID
from ...core.preferences import Preferences, question_count, with_question_count
from ..plain import plain
from ..widgets.app_footer import AppFooter
from ..widgets.topic_picker import TopicPicker
from .home_menu import (
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
    index_of,
    questions_line,
    resume_texts,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from textual.content import Content

    from ...core.bank import Bank
    from ...core.session import SessionConfig
    from ...core.store import StoredSession


class HomeScreen(Screen[None]):
    """Settings for a new session, and the way back into an unfinished one."""

    BINDINGS = [
        Binding("ctrl+s", "start", "Start", priority=True, id="home.start"),
        Binding("r", "resume", "Resume", id="home.resume"),
        Binding("x", "close_session", "Close session", id="home.close_session"),
        Binding("v", "review", "Review", id="home.review"),
        Binding("h", "history", "History", id="home.history"),
        Binding("b", "browse", "Browse", id="home.browse"),
    ]

    def __init__(
        self,
        banks: list[Bank] | None,
        unfinished: Sequence[StoredSession] = (),
        preferences: Preferences | None = None,
    ) -> None:
        """`banks` None means they are still loading: `show_banks` fills them in."""
        super().__init__()
        self.banks: list[Bank] = banks or []
        self._loading = banks is None
        self._banks_shown = False
        self.unfinished: list[StoredSession] = list(unfinished)
        """Unfinished sessions, newest first: each can be resumed or closed."""
        self._closable = False
        self.preferences = preferences or Preferences()
        self.settings = HomeSettings(
            mode_index=index_of(MODES, self.preferences.mode),
            count=self.preferences.count,
            timing_index=index_of(TIMINGS, self.preferences.timing),
            adaptive=self.preferences.adaptive,
            level_index=index_of(LEVEL_CHOICES, self.preferences.level),
        )

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="home"):
            with Vertical(id="home-settings"):
                yield Static("Loading banks…", id="bank-title")
                yield SettingsMenu(*self._options(), id="menu", compact=True)
                yield Label("↑↓ choose · ←→ change · Tab topics", id="home-help")
            yield TopicPicker(id="home-topics")
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = "Timed mock interviews, graded offline"
        self.query_one("#menu").focus()
        if not self._loading:
            self.show_banks(self.banks)

    # -- the menu -----------------------------------------------------------------------------

    def _options(self) -> list[Option | None]:
        options: list[Option | None] = [
            Option("  Start", id="start"),
            Option("  Review the questions worth revisiting", id="review"),
        ]
        for session, text in self._resume_rows():
            options.append(Option(text, id=RESUME_PREFIX + session.id))
        if len(self.unfinished) > SHOWN_UNFINISHED:
            more = len(self.unfinished) - SHOWN_UNFINISHED
            options.append(
                Option(f"  … {more} more: `interviewer resume --list`", id="more", disabled=True)
            )
        options += [
            Option("  History of past sessions", id="history"),
            Option("  Browse the bank's questions", id="browse"),
            None,
        ]
        options += [Option(plain(self._setting_text(name)), id=name) for name in SETTINGS]
        return options

    def _menu_width(self) -> int:
        """The menu's width in cells; 0 before it is laid out."""
        menus = self.query("#menu")
        return menus.first().scrollable_content_region.width if menus else 0

    def _fit_rows(self) -> None:
        """Rows fitted to the menu's width again (it changed): the bank, the resume rows."""
        self._refresh_setting("bank")
        menu = self.query_one("#menu", SettingsMenu)
        for session, text in self._resume_rows():
            menu.replace_option_prompt(RESUME_PREFIX + session.id, text)

    def _resume_rows(self) -> list[tuple[StoredSession, Content]]:
        """The Resume rows, fitted to the menu (see `resume_texts`), each naming its bank by
        title when the bank is loaded, else by id (a bank practised by path, or loading)."""
        from ...core.report import format_when
        from ...core.session import session_progress, short_progress

        shown = self.unfinished[:SHOWN_UNFINISHED]
        titles = {bank.id: bank.title for bank in self.banks}
        rows = [
            ResumeRow(
                bank=titles.get(session.bank_id, session.bank_id),
                progress=session_progress(session),
                started=format_when(session.started_at),  # as every other screen shows it
                session_id=session.id,
                short_progress=short_progress(session),
            )
            for session in shown
        ]
        texts = resume_texts(rows, self._menu_width())
        return [(session, plain(text)) for session, text in zip(shown, texts, strict=True)]

    def _setting_text(self, name: str) -> str:
        s = self.settings
        bank = self.bank
        values = {
            "bank": bank.title if bank else ("loading…" if self._loading else "none"),
            "mode": MODES[s.mode_index][0],
            "count": str(s.count),
            "timing": TIMINGS[s.timing_index][0],
            "adaptive": "on: harder after strong answers" if s.adaptive else "off",
            "level": LEVEL_CHOICES[s.level_index][0],
        }
        labels = {
            "bank": "Bank",
            "mode": "Mode",
            "count": "Questions",
            "timing": "Timing",
            "adaptive": "Adaptive",
            "level": "Level",
        }
        start = f"  {labels[name]:<10} ◂ "
        value = values[name]
        if name == "bank":
            value = fitted_title(value, self._menu_width() - len(start) - len(" ▸"), len(start))
        return f"{start}{value} ▸"

    def _refresh_setting(self, name: str) -> None:
        self.query_one("#menu", SettingsMenu).replace_option_prompt(
            name, plain(self._setting_text(name))
        )

    def change_setting(self, name: str, step: int) -> None:
        """Move a setting `step` places (the arrow keys and Enter call this)."""
        s = self.settings
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

    @on(OptionList.OptionSelected, "#menu")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        choice = event.option.id
        if choice in SETTINGS:
            self.change_setting(choice, 1)
        elif choice == "start":
            self.action_start()
        elif choice == "review":
            self.action_review()
        elif choice is not None and choice.startswith(RESUME_PREFIX):
            self.action_resume()
        elif choice == "history":
            self.action_history()
        elif choice == "browse":
            self.action_browse()

    # -- banks --------------------------------------------------------------------------------

    def show_banks(self, banks: list[Bank]) -> None:
        """Fill in the banks (they load after the screen is first painted), or the banks
        loaded again after a bank file changed: the bank chosen stays chosen, and its
        ticked topics stay ticked unless the bank itself changed."""
        shown = self.bank if self._banks_shown else None
        self.banks = banks
        self._loading = False
        self._banks_shown = True
        wanted = shown.id if shown else (self.preferences.bank_id or DEFAULT_BANK_ID)
        index = next((i for i, b in enumerate(banks) if b.id == wanted), 0)
        self.settings = replace(self.settings, bank_index=index)
        if not banks:
            self.query_one("#bank-title", Static).update("No bank could be loaded.")
            self.notify("No bank could be loaded: see `interviewer bank list`.", severity="error")
        self._fit_rows()  # the Resume rows name their banks by title once the banks are in
        if shown is not None and self.bank is shown:
            return
        self._show_bank()

    def on_screen_resume(self) -> None:
        """Shown again (back from a session, history, the browser): pick up new banks."""
        self.app.refresh_banks()  # type: ignore[attr-defined]

    @property
    def bank(self) -> Bank | None:
        if not self.banks:
            return None
        return self.banks[self.settings.bank_index % len(self.banks)]

    def _show_bank(self) -> None:
        bank = self.bank
        self._refresh_setting("bank")
        picker = self.query_one(TopicPicker)
        if self.query("#topics"):
            picker.show_topics(bank)
        else:
            # Textual's SelectionList is the costliest part of this screen to build (about a
            # third of it): mounted just after the first paint, the bank and the menu show
            # sooner, and a session started before then simply has no topic chosen.
            self.call_after_refresh(picker.show_topics, bank)
        if bank is None:
            return
        preferences: Preferences = self.app.preferences  # type: ignore[attr-defined]
        count = question_count(preferences, bank.id, len(bank))
        if count != self.settings.count:
            self.settings = replace(self.settings, count=count)
            self._refresh_setting("count")
        self._show_title()
        self.app.warm_grader(bank)  # type: ignore[attr-defined]

    def _show_title(self, topics: Sequence[str] = ()) -> None:
        """The bank's title and its questions by level, of the topics ticked (all if none)."""
        bank = self.bank
        if bank is not None:
            self.query_one("#bank-title", Static).update(
                plain(f"{bank.title}\n{questions_line(bank, topics)}")
            )

    @on(TopicPicker.Changed)
    def _topics_ticked(self, event: TopicPicker.Changed) -> None:
        self._show_title(event.selected)

    # -- actions ------------------------------------------------------------------------------

    def config(self, *, review: bool = False) -> SessionConfig | None:
        """The session the menu describes, or None (and a message) if no bank is chosen."""
        from ...core.session import SessionConfig

        bank = self.bank
        if bank is None:
            waiting = "The banks are still loading." if self._loading else "No bank to use."
            self.notify(waiting, severity="warning")
            return None
        s = self.settings
        timing = TIMINGS[s.timing_index][1]
        level = LEVEL_CHOICES[s.level_index][1]
        self._remember_choices()
        return SessionConfig(
            bank_id=bank.id,
            mode=MODES[s.mode_index][1],
            count=min(s.count, len(bank)),
            topics=tuple(self.query_one(TopicPicker).selected),
            adaptive=s.adaptive,
            untimed=timing == "untimed",
            time_limit=int(timing) if timing.isdigit() else None,
            review=review,
            level=None if level == "all" or review else level,
        )

    def _highlighted_session(self) -> StoredSession | None:
        option = self.query_one("#menu", SettingsMenu).highlighted_option
        if option is None or not (option.id or "").startswith(RESUME_PREFIX):
            return None
        wanted = (option.id or "")[len(RESUME_PREFIX) :]
        return next((s for s in self.unfinished if s.id == wanted), None)

    @on(OptionList.OptionHighlighted, "#menu")
    def _highlighted(self) -> None:
        # The footer is rebuilt on every refresh: only when "Close session" comes or goes.
        closable = self._highlighted_session() is not None
        if closable != self._closable:
            self._closable = closable
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "resume":
            return bool(self.unfinished)
        if action == "close_session":
            return self._closable
        return True

    def action_start(self) -> None:
        config = self.config()
        if config is not None and self.bank is not None:
            self.app.start_session(self.bank, config)  # type: ignore[attr-defined]

    def action_review(self) -> None:
        config = self.config(review=True)
        if config is not None and self.bank is not None:
            self.app.start_session(self.bank, config)  # type: ignore[attr-defined]

    def action_resume(self) -> None:
        """Resume the highlighted unfinished session, else the latest one."""
        if not self.unfinished:
            self.notify("There is no unfinished session.")
            return
        session = self._highlighted_session() or self.unfinished[0]
        self.app.resume_session(session)  # type: ignore[attr-defined]

    def action_close_session(self) -> None:
        """Close the highlighted unfinished session for good, after asking."""
        session = self._highlighted_session()
        if session is None:
            return

        def close(confirmed: bool | None) -> None:
            if confirmed:
                self.app.close_session(session)  # type: ignore[attr-defined]

        from .dialogs import ConfirmScreen

        self.app.push_screen(
            ConfirmScreen(
                "Close this session?",
                f"{session.answer_count} answers are kept and shown in its report; "
                "it can no longer be resumed.",
                confirm="Close",
            ),
            close,
        )

    def action_history(self) -> None:
        self.app.open_history()  # type: ignore[attr-defined]

    def action_browse(self) -> None:
        if self.bank is None:
            self.notify("The banks are still loading." if self._loading else "No bank to browse.")
            return
        self.app.open_browser(self.bank)  # type: ignore[attr-defined]
