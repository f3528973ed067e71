"""play29 F17: the first answer after launch waited 10-12 s on "grading…". The grade fitted the
grader a second time beside the app's warm-up (both sharing the processor); now it waits for
the warm-up's fit, and the status line says the grader is still loading, and for how long."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from pilot_helpers import wait_for
from textual.widgets import Label

from interviewer.core.bank import Bank, load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import Grader
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.interview.submitting import grading_note

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


class SlowFitGrader(Grader):
    """Counts its fits, each held until `release` is set."""

    def __init__(self, bank: Bank) -> None:
        super().__init__(bank)
        self.fits = 0
        self.fitting = threading.Event()
        self.release = threading.Event()

    def _fit_bank(self) -> None:
        self.fits += 1
        self.fitting.set()
        self.release.wait(30)
        super()._fit_bank()


def test_a_fit_asked_for_during_another_waits_for_it_instead_of_fitting_again() -> None:
    grader = SlowFitGrader(load_bank(MINI))
    threads = [threading.Thread(target=grader.fit) for _ in range(3)]
    for thread in threads:
        thread.start()
    assert grader.fitting.wait(10)
    time.sleep(0.2)  # the other two are at the lock by now
    assert not grader.fitted
    grader.release.set()
    for thread in threads:
        thread.join(30)
    assert grader.fitted and grader.fits == 1


def test_the_note_says_the_grader_is_loading_only_while_it_is() -> None:
    assert grading_note(True, 7.0) == "Answer saved — grading…"
    loading = grading_note(False, 7.9)
    assert "the grader is still loading (first answer only): 7 s" in loading
    assert len(loading) <= 78  # one line at 80 columns


async def test_the_first_answer_says_the_grader_is_loading_then_shows_its_feedback(
    tmp_path: Path,
) -> None:
    bank = load_bank(MINI)
    grader = SlowFitGrader(bank)
    config = SessionConfig(bank_id="mini", count=2, seed=1, mode="practice", untimed=True)
    app = InterviewApp(
        catalog=Catalog(tmp_path),
        store=Store.open(":memory:"),
        clock=FakeClock(),
        grader_factory=lambda b: grader,
        start=(bank, config),
        export_dir=tmp_path,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        screen.query_one("#answer").insert("A model trained on text to predict the next token.")  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await wait_for(
            pilot, lambda: "still loading" in str(screen.query_one("#status", Label).render())
        )
        grader.release.set()
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
    assert grader.fits == 1
