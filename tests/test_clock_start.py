"""A question's clock starts when the question can be answered (shown, the answer box focused),
not while the screen is still being built: the time a slow screen takes is not charged."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pilot_helpers import wait_for
from textual.css.query import NoMatches
from textual.widgets import Static, TextArea

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import QuestionTimer, SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.interview import InterviewScreen

LIMIT = 120
SIZE = (80, 24)


class SlowScreenClock(FakeClock):
    """A fake clock on a slow machine: after every reading taken while the question cannot
    be answered yet, a second passes (as building and painting a screen takes real time).
    A clock started before the screen is ready reads at least 1 s when it is."""

    def __init__(self) -> None:
        super().__init__()
        self.answerable: Callable[[], bool] = lambda: True

    def monotonic(self) -> float:
        reading = super().monotonic()
        if not self.answerable():
            self.advance(1.0)
        return reading


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def answerable(app: InterviewApp) -> bool:
    """The question is on screen and the answer box has the focus, ready for typing."""
    screen = app.screen
    if not isinstance(screen, InterviewScreen) or screen.run.current is None:
        return False
    try:
        editor = screen.query_one("#answer", TextArea)
        shown = str(screen.query_one("#prompt", Static).render())
    except NoMatches:  # not composed yet
        return False
    return screen.focused is editor and not editor.read_only and shown == screen.run.current.prompt


async def test_the_clock_starts_when_the_question_can_be_answered(genai: Bank) -> None:
    clock = SlowScreenClock()
    app = InterviewApp(
        catalog=Catalog(None),
        store=Store.open(":memory:"),
        clock=clock,
        start=(genai, SessionConfig(bank_id="genai", count=2, seed=4, time_limit=LIMIT)),
    )
    clock.answerable = lambda: answerable(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: answerable(app))
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and screen.run.timer is not None
        assert screen.run.timer.elapsed() == 0.0
        clock.advance(7)
        assert screen.run.timer.remaining() == LIMIT - 7
        first = screen.run.current
        await pilot.press(*"an answer")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: answerable(app) and screen.run.current is not first)
        assert screen.run.timer is not None and screen.run.timer.elapsed() == 0.0
        [session] = app.store.list_sessions()
        [answer] = app.store.answers(session.id)
        assert answer.seconds == 7.0


def test_a_pause_before_the_clock_starts_charges_nothing() -> None:
    """A dialog can cover the question before its clock starts: the pause starts it, stopped."""
    clock = FakeClock()
    timer = QuestionTimer(clock, LIMIT)
    timer.pause()
    clock.advance(10)
    assert timer.resume() == 10 and timer.elapsed() == 0
    clock.advance(3)
    assert timer.elapsed() == 3
