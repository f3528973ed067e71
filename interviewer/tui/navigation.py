"""Moving between the app's screens: home, a session's screen, its report, the history, the bank
browser; asking first when a session is under way."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.screen import Screen

from ..core.errors import InterviewerError, StoreDamaged
from ..core.preferences import Preferences

if TYPE_CHECKING:
    from ..core.bank import Bank
    from ..core.catalog import Catalog
    from ..core.grading import Grader
    from ..core.store import Store, StoredSession
    from .screens.interview import InterviewScreen
from .home_banks import HomeBanks
from .plain import escaped
from .screens.home import HomeScreen

GRADING_BEFORE_HISTORY = "Grading an answer saved before the program ended…"


class ScreenNavigation(App[None]):
    """The screens of `InterviewApp` and the ways between them."""

    catalog: Catalog
    store: Store
    preferences: Preferences
    export_dir: Path
    command: str
    grader_factory: Callable[[Bank], Grader]
    _home_banks: HomeBanks

    def _home(self, preferences: Preferences | None = None) -> HomeScreen:
        """The home screen, its settings as `preferences` give them (the saved ones by
        default)."""
        unfinished: list[StoredSession] = []
        try:
            unfinished = self.store.unfinished_sessions()
        except InterviewerError as err:
            self.call_later(self.store_failed, err)
        banks = self._home_banks.cached()
        home = HomeScreen(banks, unfinished, preferences or self.preferences)
        if banks is None:
            self._home_banks.load_after_paint()
        return home

    def refresh_banks(self) -> None:
        """Load the banks again if a bank file was added, removed or changed since they were
        loaded (e.g. by `interviewer bank import` in another shell); see `HomeBanks.refresh`."""
        self._home_banks.refresh()

    def on_app_focus(self) -> None:
        """Back in the terminal: the banks may have changed meanwhile."""
        if isinstance(self.screen, HomeScreen):
            self.refresh_banks()

    def store_failed(
        self, err: InterviewerError, before: str = "", rescued: Path | None = None
    ) -> None:
        """Say why the history could not be used (`before` the message); a damaged file gets
        the screen that offers to set it aside (play25 F2), once, saying where the session's
        answers were `rescued` to, if they were."""
        from .screens.damaged import DamagedHistoryScreen

        if not isinstance(err, StoreDamaged):
            self.notify(before + escaped(err), severity="error", timeout=15)
        elif not any(isinstance(s, DamagedHistoryScreen) for s in self.screen_stack):
            self.push_screen(DamagedHistoryScreen(err, rescued=rescued))

    def _report_failed(
        self, err: InterviewerError, rescue: Callable[[StoreDamaged], Path | None] | None
    ) -> None:
        """A report could not be read: a damaged history rescues the answers of the session
        just finished first, when there is one, and says where they are."""
        rescued = rescue(err) if rescue is not None and isinstance(err, StoreDamaged) else None
        self.store_failed(err, rescued=rescued)

    def save_session_draft(self) -> None:
        """Save the draft and the time used of the session under way, if there is one (the
        way out is not offered when the history is damaged: the draft then goes to a rescue
        file). What a closing terminal needs before the program ends (see `closing`)."""
        session = self._session_screen()
        if session is not None:
            session.save_before_leaving(offer=False)

    def _session_screen(self) -> InterviewScreen | None:
        """The screen of a session under way (possibly under a feedback or rating screen: an
        interview's last answer waiting for its rating is under way too), or None."""
        from .screens.interview import InterviewScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, InterviewScreen) and (
                not screen.run.finished or screen.awaiting_rating is not None
            ):
                return screen
        return None

    def leave_session_then(self, then: Callable[[], object]) -> None:
        """Call `then` at once, or, when a session is under way, after asking (as ctrl+q
        does) and saving its draft."""
        session = self._session_screen()
        if session is None:
            then()
        else:
            session.confirm_leave(then)

    def go_home(self) -> None:
        """Back to a fresh home screen (asking first if a session is under way)."""
        self.leave_session_then(self.show_home)

    def show_home(self) -> None:
        """A fresh home screen over the base one, at once (no question asked)."""
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) > 1:
            self.switch_screen(self._home())
        else:
            self.push_screen(self._home())

    def _show(self, screen: Screen[None]) -> None:
        """Replace the top screen (unless it is the home screen, which stays underneath)."""
        if len(self.screen_stack) > 1 and type(self.screen).__name__ not in (
            "HomeScreen",
            "HistoryScreen",
            "BankBrowserScreen",
        ):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def session_finished(
        self, session_id: str, rescue: Callable[[StoreDamaged], Path | None] | None = None
    ) -> None:
        """The report of the session just finished; `rescue` writes its answers to a rescue
        file (and gives the file) if the history turns out damaged only now, as the report
        reads it (play28 minor 4: every answer had been taken, no rescue file was written)."""
        self.open_report(session_id, replace=True, rescue=rescue)

    def open_report(
        self,
        session_id: str,
        *,
        replace: bool = False,
        rescue: Callable[[StoreDamaged], Path | None] | None = None,
    ) -> None:
        """Show a session's report. Answers saved but not graded yet (the session still
        grading, or killed first) are graded for it as they will be stored; the bank's grader
        is then fitted off the UI thread first, as fitting it takes seconds. `rescue`: see
        `session_finished`."""
        from ..core.report import waits_for_grade

        try:
            session = self.store.get_session(session_id)
            bank = None
            if session is not None:
                try:
                    bank = self.catalog.find_session_bank(session.bank_id, session.bank_path)
                except InterviewerError:
                    bank = None
            waiting = bank is not None and any(
                waits_for_grade(answer, bank) for answer in self.store.answers(session_id)
            )
        except InterviewerError as err:
            self._report_failed(err, rescue)
            return
        if waiting and bank is not None:
            self._fit_then_report(session_id, bank, replace, rescue)
        else:
            self._show_report(session_id, bank, None, replace, rescue)

    @work(thread=True, exit_on_error=False, group="report")
    def _fit_then_report(
        self,
        session_id: str,
        bank: Bank,
        replace: bool,
        rescue: Callable[[StoreDamaged], Path | None] | None,
    ) -> None:
        from ..core.interview.settle import settle

        grader = self.grader_factory(bank).fit()
        # stored, as `history` stores them (play29 F18); else graded for the report only
        with suppress(InterviewerError):
            settle(self.store, session_id, bank, grader)
        self.call_from_thread(self._show_report, session_id, bank, grader, replace, rescue)

    def _show_report(
        self,
        session_id: str,
        bank: Bank | None,
        grader: Grader | None,
        replace: bool,
        rescue: Callable[[StoreDamaged], Path | None] | None = None,
    ) -> None:
        from ..core.report import build_report
        from .screens.report import ReportScreen

        try:
            # bank None: looked for in `show_report` and not loadable
            report = build_report(
                self.store, session_id, bank, grader, command=self.command, bank_gone=bank is None
            )
        except InterviewerError as err:
            self._report_failed(err, rescue)
            return
        screen = ReportScreen(report, self.export_dir)
        if replace:
            self._show(screen)
        else:
            self.push_screen(screen)

    def open_history(self) -> None:
        """The history screen (asking first if a session is under way)."""
        if self._session_screen() is None:
            self._settle_then_history()
        else:

            def go() -> None:
                self.show_home()
                self._settle_then_history()

            self.leave_session_then(go)

    def _settle_then_history(self) -> None:
        """The history screen; first, off the UI thread, the answers that sessions killed while
        grading left ungraded are graded and stored (`settle`), so that it shows the score
        their reports show (play29 F18). Nothing waits, nearly always: no grader is loaded."""
        from ..core.report import sessions_waiting
        from .screens.history import HistoryScreen

        try:
            waiting = sessions_waiting(self.store, self.catalog)
        except InterviewerError:
            waiting = []
        if not waiting:
            self.push_screen(HistoryScreen(self.store))
            return
        self.notify(GRADING_BEFORE_HISTORY, timeout=30)
        self._settle_history(waiting)

    @work(thread=True, exit_on_error=False, group="report")
    def _settle_history(self, waiting: list[tuple[StoredSession, Bank]]) -> None:
        from ..core.interview.settle import settle
        from .screens.history import HistoryScreen

        for session, bank in waiting:
            try:
                settle(self.store, session.id, bank, self.grader_factory(bank))
            except InterviewerError:
                continue  # the history shows it ungraded
        self.call_from_thread(self.clear_notifications)
        self.call_from_thread(self.push_screen, HistoryScreen(self.store))

    def open_browser(self, bank: Bank | None = None) -> None:
        """The bank browser, on `bank` or the bank chosen on home (asking first if a session
        is under way)."""
        from .screens.browser import BankBrowserScreen

        if bank is None:
            session = self._session_screen()
            home = next((s for s in self.screen_stack if isinstance(s, HomeScreen)), None)
            bank = session.run.bank if session else home.bank if home else None
        if bank is None:
            self.notify("The banks are still loading.")
            return
        chosen = bank
        from ..core.catalog import sharing_id

        others = sharing_id(chosen, self._home_banks.banks or [])
        if self._session_screen() is None:
            self.push_screen(BankBrowserScreen(chosen, others))
        else:

            def go() -> None:
                self.show_home()
                self.push_screen(BankBrowserScreen(chosen, others))

            self.leave_session_then(go)

    def action_leave(self) -> None:
        """Quit, asking first when a session is under way (also under a feedback screen)."""
        from .screens.self_rating import SelfRatingScreen

        session = self._session_screen()
        if session is not None:
            session.action_leave()
        elif isinstance(self.screen, SelfRatingScreen):
            # asked on resume, before the session's screen (`unrated`): the answer is saved
            resume = f"{self.command} resume {self.screen.submission.answer.session_id[:8]}"
            self.exit(message=f"Your answer is saved, not rated yet. Run `{resume}` to rate it.")
        else:
            self.exit()
