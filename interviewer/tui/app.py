"""InterviewApp: the terminal shell around the headless core.

The app is built in layers, one idea each: `navigation.ScreenNavigation` (the screens and the
ways between them), `sessions.RunningSessions` (a session started, resumed, closed; its grader
fitted ahead), and here the app itself (what it is given, how it opens, its theme and
preferences, its commands).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from ..core.clock import Clock, SystemClock
from ..core.errors import StoreDamaged
from ..core.preferences import Preferences, load_preferences, save_preferences

if TYPE_CHECKING:
    from ..core.bank import Bank
    from ..core.catalog import Catalog
    from ..core.grading import Grader
    from ..core.session import SessionConfig
    from ..core.store import Store, StoredSession
from .home_banks import HomeBanks
from .sessions import WARM_UP_DELAY, RunningSessions
from .type_ahead import TypeAhead, settle_seconds

__all__ = ["WARM_UP_DELAY", "InterviewApp"]

LEASE_CHECK_SECONDS = 1.0
"""How often the app looks whether the session under way was taken over in another terminal."""


def _default_grader_factory(bank: Bank, fit_cache: Path | None = None) -> Grader:
    from ..core.grading import grader_for

    return grader_for(bank, fit_cache)


class InterviewApp(RunningSessions):
    """Timed mock interviews. Everything it shows comes from the core objects it is given.

    Args:
        catalog: where banks are found.
        store: the history database.
        clock: time for countdowns and timestamps (a fake one in tests).
        grader_factory: returns the (fitted or lazily fitted) grader of a bank.
        start: open straight into a new session of this bank and config.
        resume: open straight into this unfinished session.
        export_dir: where report exports are written.
        preferences_path: where the theme and the home screen's choices are kept (None: not kept).
        after_first_paint: called once the first screen is painted (the command resumes
            garbage collection there, see `collector`).
        damaged: the history file was refused as damaged (`store` then stands in, in memory):
            the app opens on the screen that offers to set it aside, and once a fresh history
            has started goes on to `start` (`interviewer start` on a damaged file), else home.
        command: how the user runs this program, for the commands the app suggests.
        key_settle: how long a screen that appears unasked (practice feedback, self-rating)
            holds the typing keys that reach it, in seconds (None: `INTERVIEWER_KEY_SETTLE`,
            else 0.35; see `type_ahead`).
        crash_dir: where an unexpected error's traceback is written, the terminal then saying
            what happened and how to resume (see `tui.crash`); None: Textual's traceback.
    """

    CSS_PATH = "app.tcss"
    TITLE = "Interviewer"
    BINDINGS = [
        Binding("ctrl+q", "leave", "Quit", priority=True, id="app.quit"),
    ]

    def __init__(
        self,
        *,
        catalog: Catalog,
        store: Store,
        clock: Clock | None = None,
        grader_factory: Callable[[Bank], Grader] | None = None,
        start: tuple[Bank, SessionConfig] | None = None,
        resume: StoredSession | None = None,
        export_dir: Path | None = None,
        preferences_path: Path | None = None,
        after_first_paint: Callable[[], object] | None = None,
        damaged: StoreDamaged | None = None,
        command: str = "interviewer",
        key_settle: float | None = None,
        crash_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.store = store
        self.clock = clock or SystemClock()
        self.grader_factory = grader_factory or partial(
            _default_grader_factory, fit_cache=catalog.fit_cache_dir
        )
        self._start = start
        self._resume = resume
        self.export_dir = export_dir or Path.cwd()
        self.command = command
        """How the user runs this program (with `--data-dir DIR` when it was given): the start
        of the commands the app suggests, such as the one that resumes a session left."""
        self._home_banks = HomeBanks(self)
        self._warmed: set[str] = set()
        self._taken_over_here: dict[str, Path | None] = {}
        self._preferences_path = preferences_path
        self.preferences = load_preferences(preferences_path)
        self._after_first_paint = after_first_paint
        self._damaged = damaged
        self._start_after_recovery = start if damaged is not None else None
        self.key_settle = settle_seconds() if key_settle is None else key_settle
        """Seconds a screen that appeared unasked holds typing keys (see `type_ahead`)."""
        self.crash_dir = crash_dir
        """Where an unexpected error's traceback is written instead of the terminal (see
        `tui.crash`); None keeps Textual's traceback (tests)."""
        self._crash_report: Path | None = None

    def _handle_exception(self, error: Exception) -> None:
        """An error no screen expected ends the app as Textual ends it; with a `crash_dir`, the
        candidate then reads what happened and how to resume, not a traceback (`tui.crash`)."""
        super()._handle_exception(error)
        if self.crash_dir is not None:
            from .crash import install

            first = self._crash_report
            self._crash_report = install(self, error, self.crash_dir, self.command, first)

    def type_ahead(self, *, until_shown: bool = False) -> TypeAhead:
        """A guard for a screen appearing now, unasked: it holds the typing keys of its first
        moments (see `type_ahead`); `until_shown`: every typing key until the screen the keys
        are meant for appears (the question screen waiting for a grade)."""
        return TypeAhead(self.clock.monotonic(), self.key_settle, until_shown=until_shown)

    async def on_event(self, event: events.Event) -> None:
        """A key typed ahead onto a screen that appeared unasked is held there, not acted on
        (its `type_ahead` decides; the screen's `show_held` says so)."""
        if isinstance(event, events.Key) and not event.is_forwarded and self._held(event):
            return
        await super().on_event(event)

    def _held(self, key: events.Key) -> bool:
        screen = self.screen_stack[-1] if self.screen_stack else None
        guard = getattr(screen, "type_ahead", None)
        if not isinstance(guard, TypeAhead):
            return False
        if not guard.holds(key.key, key.character, self.clock.monotonic()):
            return False
        key.stop()
        show_held = getattr(screen, "show_held", None)
        if callable(show_held):
            show_held()
        return True

    def on_mount(self) -> None:
        from .closing import save_on_close

        save_on_close(self)
        self.set_interval(LEASE_CHECK_SECONDS, self._check_lease)
        if self._after_first_paint is not None:
            self.call_after_refresh(self._after_first_paint)
        if self.preferences.theme in self.available_themes:
            self.theme = self.preferences.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self._damaged is not None:
            from .screens.damaged import DamagedHistoryScreen

            self.push_screen(DamagedHistoryScreen(self._damaged, can_go_back=False))
        elif self._start is not None:
            bank, config = self._start
            if not self.start_session(bank, config):
                # home with what the command asked for (`start --bank mine --count 3` on a
                # locked history): ctrl+s there starts it once the history is free (ux41)
                self.push_screen(self._home(asked_for(self.preferences, config)))
        elif self._resume is not None and not self.resume_session(self._resume):
            self.push_screen(self._home())

    def _check_lease(self) -> None:
        """The session under way, if another terminal took it over, stops here (see
        `InterviewScreen.check_lease`)."""
        session = self._session_screen()
        if session is not None:
            session.check_lease()

    def on_resize(self, event: events.Resize) -> None:
        """Every footer says whether the terminal is now smaller than 80x24 (see AppFooter):
        the footers of every screen in the stack, not only the top one's. With the command
        palette open (a modal, which has no footer) the screen under it kept its old notice
        (play58)."""
        from .widgets.app_footer import AppFooter

        for screen in self.screen_stack:
            for footer in screen.query(AppFooter):
                footer.fit_to(event.size)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables and the app's readable colours derived from them (see
        `contrast.readable_variables`), recomputed on every change of theme."""
        from .contrast import readable_variables

        variables = super().get_css_variables()
        variables.update(readable_variables(variables))
        self.theme_variables = variables
        return variables

    def history_started_afresh(self) -> None:
        """A fresh history has replaced the damaged one: on to the session the command line
        asked for (`interviewer start` on a damaged file), else to a fresh home screen."""
        start, self._start_after_recovery = self._start_after_recovery, None
        if start is None or not self.start_session(*start):
            self.show_home()

    def get_default_screen(self) -> Screen[Any]:
        """The home screen itself when the app opens on it: one screen composed and painted
        before the user sees anything, not a blank one and then the home screen."""
        if self._start is None and self._resume is None:
            return self._home()
        return super().get_default_screen()

    def _theme_changed(self, theme: object) -> None:
        self.remember(replace(self.preferences, theme=self.theme))

    def remember(self, preferences: Preferences) -> None:
        """Keep these preferences for the next run (silently skipped if they cannot be saved)."""
        self.preferences = preferences
        save_preferences(self._preferences_path, preferences)

    def action_help_quit(self) -> None:
        """Ctrl+C with nothing to copy says how to leave (Textual's hint wanted a "quit"
        binding: ctrl+q is "leave" here, and nothing showed, play25 D8)."""
        session = self._session_screen()
        if session is not None and session is self.screen:
            session.flash(session.LEAVE_HINT)
        else:
            self.notify("Press ctrl+q to quit.", timeout=4)

    async def action_quit(self) -> None:
        """The palette's Quit asks like ctrl+q when a session is under way."""
        self.action_leave()

    def action_command_palette(self) -> None:
        """Textual's palette, never a second one: one left under another screen would give
        two widgets the same id (play29 F21)."""
        from .palette import palette_in_stack

        if not palette_in_stack(self):
            super().action_command_palette()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        from .palette import system_commands

        yield from system_commands(self, super().get_system_commands(screen))


def asked_for(preferences: Preferences, config: SessionConfig) -> Preferences:
    """`preferences` with the choices of a session the command line asked for (bank, mode,
    count, timing, adaptive, level), for a home screen shown when it could not start; a time
    limit the home screen does not offer reads as its default timing."""
    if config.untimed:
        timing = "untimed"
    elif config.time_limit is not None:
        timing = str(config.time_limit)
    else:
        timing = "default"
    return replace(
        preferences,
        bank_id=config.bank_id,
        mode=config.mode,
        counts={**preferences.counts, config.bank_id: config.count},
        timing=timing,
        adaptive=config.adaptive,
        level=config.level or "all",
    )
