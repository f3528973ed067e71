"""The banks the home screen offers: from the bank cache at once when it holds them all, else
parsed off the UI thread after the first paint; loaded again when a bank file changes; each
bank that fails to load, and each question left out, reported once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.errors import BankError, InterviewerError
from .plain import escaped
from .screens.home import HomeScreen

if TYPE_CHECKING:
    from ..core.bank import Bank
    from .app import InterviewApp


class HomeBanks:
    """The banks of the app's home screens, loaded once and kept.

    Args:
        app: the app whose catalog the banks come from (read at each load: it may be replaced),
            which runs the loads on its workers and shows the toasts.
    """

    def __init__(self, app: InterviewApp) -> None:
        self.app = app
        self.banks: list[Bank] | None = None
        """The banks loaded, or None before they are."""
        self.loading = False
        self._reported: set[str] = set()
        """Bank errors and warnings already shown, not shown again when the banks reload."""

    def cached(self) -> list[Bank] | None:
        """The banks for a new home screen: those loaded already, else from the bank cache
        when it holds every bank (milliseconds, so the home screen is ready with its first
        paint); None when they must be parsed (see `load_after_paint`)."""
        if self.banks is None:
            try:
                self.banks = self.app.catalog.load_all_cached()
            except InterviewerError:
                self.banks = None
        return self.banks

    def load_after_paint(self) -> None:
        """Parse the banks off the UI thread once the screen is painted, then show them on
        the home screens."""
        self.loading = True
        self.app.call_after_refresh(self._load)

    def refresh(self) -> None:
        """Load the banks again if a bank file was added, removed or changed since they were
        loaded. Checking costs a folder listing, a `stat` and a hash per bank file; unchanged banks
        are not parsed again."""
        if self.banks is None or self.loading:
            return
        try:
            changed = self.app.catalog.changed()
        except OSError:
            return
        if changed:
            self.loading = True
            self._load()

    def _load(self) -> None:
        self.app.run_worker(
            self._read,
            name="_load_banks",
            group="banks",
            description="_load_banks",
            thread=True,
            exit_on_error=False,
        )

    def _read(self) -> None:
        """On a worker thread: every bank parsed, then handed to the UI thread."""
        try:
            banks, errors = self.app.catalog.load_all()
        except OSError:
            banks, errors = list(self.banks or []), []
        self.app.call_from_thread(self._loaded, banks, errors)

    def _loaded(self, banks: list[Bank], errors: list[BankError]) -> None:
        self.banks = banks
        self.loading = False
        app = self.app
        for err in errors:
            if str(err) not in self._reported:
                self._reported.add(str(err))
                app.notify(escaped(err), title="A bank could not be loaded", severity="warning")
        skipped = [p for bank in banks for p in bank.skipped if str(p) not in self._reported]
        self._reported.update(str(p) for p in skipped)
        if skipped:
            lines = "\n".join(str(p) for p in skipped[:5])
            more = f"\n(and {len(skipped) - 5} more)" if len(skipped) > 5 else ""
            app.notify(escaped(lines + more), title="Questions left out", severity="warning")
        # Every home screen shown gets them: one opened during the load holds those of before.
        for screen in app.screen_stack:
            if isinstance(screen, HomeScreen) and screen.is_attached:
                screen.show_banks(banks)
