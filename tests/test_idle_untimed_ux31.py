"""ux31: an untimed session left open kept counting its time, so an hour away from the app read
as an hour spent on the answer. Its clock now stops by itself after IDLE_PAUSE_SECONDS without
a key, as f2 stops it, and says why; a timed question's clock runs on (its limit is the point)."""

from __future__ import annotations

import pytest
from pilot_helpers import wait_for
from textual.widgets import Static, TextArea

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.session.timing import IDLE_PAUSE_SECONDS
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.interview import InterviewScreen


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def _app(genai: Bank, clock: FakeClock, **timing: object) -> InterviewApp:
    config = SessionConfig(bank_id="genai", count=2, seed=4, **timing)  # type: ignore[arg-type]
    return InterviewApp(
        catalog=Catalog(None), store=Store.open(":memory:"), clock=clock, start=(genai, config)
    )


async def _ready(pilot, app: InterviewApp) -> InterviewScreen:  # noqa: ANN001 - a Pilot
    await wait_for(
        pilot,
        lambda: (
            isinstance(app.screen, InterviewScreen)
            and app.screen.run.timer is not None
            and app.screen.run.timer.started
        ),
    )
    assert isinstance(app.screen, InterviewScreen)
    return app.screen


async def test_an_untimed_clock_stops_after_a_while_without_a_key(genai: Bank) -> None:
    clock = FakeClock()
    app = _app(genai, clock, untimed=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(pilot, app)
        timer = screen.run.timer
        assert timer is not None
        await pilot.press(*"tokens")
        clock.advance(IDLE_PAUSE_SECONDS - 10)
        await pilot.press("space")  # still working: the wait starts again
        clock.advance(IDLE_PAUSE_SECONDS - 10)
        await pilot.pause(0.3)
        assert not timer.paused
        clock.advance(3600)  # away for an hour, the app open
        await wait_for(pilot, lambda: timer.paused)
        counted = timer.elapsed()
        # what was counted: the time worked, and one wait without a key, not the hour
        assert counted == pytest.approx(2 * IDLE_PAUSE_SECONDS - 10, abs=1)
        note = str(screen.query_one("#paused-note", Static).render())
        assert "no key for 5 minutes" in note and "f2" in note
        clock.advance(600)
        await pilot.press("f2")
        await wait_for(pilot, lambda: not timer.paused)
        assert timer.elapsed() == pytest.approx(counted)
        assert screen.query_one("#answer", TextArea).text == "tokens "
        assert "Paused. The question is hidden" in str(
            screen.query_one("#paused-note", Static).render()
        )


async def test_a_timed_clock_runs_on_without_a_key(genai: Bank) -> None:
    clock = FakeClock()
    app = _app(genai, clock, time_limit=3600)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(pilot, app)
        timer = screen.run.timer
        assert timer is not None
        clock.advance(IDLE_PAUSE_SECONDS + 60)
        await pilot.pause(0.3)
        assert not timer.paused
        assert timer.elapsed() == pytest.approx(IDLE_PAUSE_SECONDS + 60)


def test_a_pause_dated_back_counts_the_time_up_to_then_never_before_the_start() -> None:
    from interviewer.core.session import QuestionTimer

    clock = FakeClock()
    timer = QuestionTimer(clock, None, used=5.0)
    clock.advance(10)
    timer.start()
    clock.advance(700)
    timer.pause(since=clock.monotonic() - 400)
    assert timer.elapsed() == pytest.approx(5 + 300)
    clock.advance(50)
    assert timer.resume() == pytest.approx(450)
    assert timer.elapsed() == pytest.approx(305)
    clock.advance(20)
    # dated back before the clock last ran (the end of the pause): from then, the pause
    # is not counted twice
    timer.pause(since=0.0)
    assert timer.elapsed() == pytest.approx(305)
    assert timer.resume() == pytest.approx(20)


def test_start_help_and_the_pause_note_give_the_same_wait(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from interviewer.cli import main

    with pytest.raises(SystemExit):
        main(["start", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert f"pauses itself after {IDLE_PAUSE_SECONDS / 60:g} minutes without a key" in said
