"""The home screen: one keyboard menu to start, review, resume or open history, and the settings."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, OptionList, Static

from ....core.catalog import DEFAULT_BANK_ID, shared_id_note, sharing_id
from ....core.preferences import Preferences, question_count
from ...plain import plain
from ...widgets.app_footer import AppFooter
from ...widgets.app_header import AppHeader
from ...widgets.topic_picker import TopicPicker
from .menu import (
    LEVEL_CHOICES,
    MODES,
    RESUME_PREFIX,
    SETTINGS,
    TIMINGS,
    HomeSettings,
    SettingsMenu,
    index_of,
    questions_line,
)
from .settings import HOME_HELP, MenuRows

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ....core.bank import Bank
    from ....core.session import SessionConfig
    from ....core.store import StoredSession

NARROW_BELOW = 73
"""Under this many columns the home screen shows no topics (see `HomeScreen`): the settings'
min-width (49) and the topics' (24) in app.tcss; below it the topics were laid out past the
window's edge, out of sight, while the help said `Tab topics`."""


class HomeScreen(MenuRows):
    """Settings for a new session, and the way back into an unfinished one.

    Under 73 columns (`-narrow`) the topics are not shown and the settings take the window
    (play58): the settings' column kept its 49 cells, so at 40 columns the bank's line and the
    help were cut mid-word past the window's edge, and from 49 to 72 columns the topics were
    laid out past it, out of sight, while the help said `Tab topics` and Tab went there."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-wide")]
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
        yield AppHeader(show_clock=False)
        with Horizontal(id="home"):
            with Vertical(id="home-settings"):
                yield Static("Loading banks…", id="bank-title")
                yield Static("", id="bank-shared", classes="shared-id", markup=False)
                yield SettingsMenu(*self._options(), id="menu", compact=True)
                yield Label(HOME_HELP, id="home-help")
            yield TopicPicker(id="home-topics")
        yield AppFooter()

    def on_resize(self) -> None:
        # after Screen's own handler has set `-narrow` or `-wide` (see HORIZONTAL_BREAKPOINTS)
        self.call_after_refresh(self._fit_width)

    def _fit_width(self) -> None:
        """The help line for the width; a narrow screen takes the focus off the topics."""
        if self.has_class("-narrow") and self.query_one(TopicPicker).has_focus_within:
            self.query_one("#menu", SettingsMenu).focus()
        self.show_scroll_cue()

    def on_mount(self) -> None:
        self.sub_title = "Timed mock interviews, graded offline"
        menu = self.query_one("#menu", SettingsMenu)
        menu.focus()
        self.watch(menu, "scroll_y", lambda _: self.show_scroll_cue(), init=False)
        if not self._loading:
            self.show_banks(self.banks)

    # -- the menu -----------------------------------------------------------------------------
    @on(OptionList.OptionSelected, "#menu")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        choice = event.option.id
        if choice in SETTINGS:
            # Enter does not change a setting: a candidate pressing Enter on the way to
            # Resume changed the bank and started the wrong session (play28 minor 7).
            self.explain_setting(choice)
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
        self._fit_rows()  # the bank's row and the Resume rows: a title on two lines takes room
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
        # the screen's own: the saved ones, or what a command line asked for (`asked_for`)
        count = question_count(self.preferences, bank.id, len(bank))
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
            note = shared_id_note(bank, sharing_id(bank, self.banks))
            shared = self.query_one("#bank-shared", Static)
            shared.update(note)
            shared.set_class(bool(note), "-shown")

    @on(TopicPicker.Changed)
    def _topics_ticked(self, event: TopicPicker.Changed) -> None:
        self._show_title(event.selected)

    # -- actions ------------------------------------------------------------------------------

    def config(self, *, review: bool = False) -> SessionConfig | None:
        """The session the menu describes, or None (and a message) if no bank is chosen."""
        from ....core.session import SessionConfig

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
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id == "bank":
            # About to choose a bank: one imported from another shell shows up now, even in a
            # terminal that reports no focus change (tmux by default: play33)
            self.app.refresh_banks()  # type: ignore[attr-defined]
        # The footer is rebuilt on every refresh: only when "Close session" comes or goes.
        if self.help_note:
            self.help_note = ""
            self.show_scroll_cue()
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

        from ..dialogs import ConfirmScreen

        count = session.answer_count
        kept = f"{count} answer is" if count == 1 else f"{count} answers are"
        self.app.push_screen(
            ConfirmScreen(
                "Close this session?",
                f"{kept} kept and shown in its report; it can no longer be resumed.",
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
