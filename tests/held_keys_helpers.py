"""What the held-keys Pilot tests share (play65's and play66's, `tui.type_ahead`): a grader
held on its first fit, the app over the tests' mini bank with it, the status line, key names
for typed text, and an interview screen ready to type into."""

from __future__ import annotations

import threading
from pathlib import Path

from pilot_helpers import DATA, wait_for
from textual.pilot import Pilot
from textual.widgets import Label, TextArea

from interviewer.core.bank import Bank, load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import Grader
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.interview import InterviewScreen

MINI = DATA / "banks" / "mini.yaml"


class HeldGrader(Grader):
    """Its fit waits until `release` is set: the first answer waits for it, as on a loaded
    machine, so keys can be typed while the screen waits."""

    def __init__(self, bank: Bank) -> None:
        super().__init__(bank)
        self.release = threading.Event()

    def _fit_bank(self) -> None:
        self.release.wait(30)
        super()._fit_bank()


def held_app(tmp_path: Path, store: Store, grader: Grader, **config: object) -> InterviewApp:
    """The app on the mini bank, graded by `grader`, with a fake clock (`app.clock`); untimed,
    2 questions, seed 1 unless `config` says otherwise."""
    settings = {"count": 2, "seed": 1, "untimed": True, **config}
    return InterviewApp(
        catalog=Catalog(tmp_path),
        store=store,
        clock=FakeClock(),
        grader_factory=lambda b: grader,
        start=(load_bank(MINI), SessionConfig(bank_id="mini", **settings)),  # type: ignore[arg-type]
        export_dir=tmp_path,
    )


def status(app: InterviewApp) -> str:
    """The screen's status line, as shown."""
    return str(app.screen.query_one("#status", Label).render())


def key_names(text: str) -> list[str]:
    """The keys that type `text` (a space and a full stop by name)."""
    return [{" ": "space", ".": "full_stop"}.get(c, c) for c in text]


async def ready_to_type(pilot: Pilot, app: InterviewApp) -> tuple[InterviewScreen, TextArea]:
    """Wait for the interview screen and its answer box, focused and writable."""
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    box = screen.query_one("#answer", TextArea)
    await wait_for(pilot, lambda: screen.focused is box and not box.read_only)
    return screen, box
