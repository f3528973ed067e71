"""Opening a question of the report scrolls it into view (lead55, played at 80x24): the details
of the last question opened below the fold, and the screen did not move, so Enter seemed to do
nothing; played again it scrolled to the end of the details, the title and the answer out of
view. Headless, the pilot lays the details out before Textual's own `scroll_visible` runs, so this
test passes on the code before the fix too: it pins what a user must see (the opened question's
title at the top, its details on screen); the fix was checked in tmux at 80x24, three runs."""

from __future__ import annotations

from pathlib import Path

from test_snapshots import make_app, report_open, settle
from textual.containers import VerticalScroll
from textual.widgets import Collapsible
from textual.widgets._collapsible import CollapsibleTitle

from interviewer.core.bank import Bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import Grader
from interviewer.core.interview import InterviewRun
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store


def one_session(genai: Bank, grader: Grader, store: Store, count: int) -> str:
    clock = FakeClock()
    config = SessionConfig(bank_id="genai", mode="practice", count=count, seed=3)
    run = InterviewRun.start(
        bank=genai, store=store, clock=clock, config=config, grader_factory=lambda b: grader
    )
    for _ in range(count):
        question = run.next_question()
        assert question is not None
        clock.advance(40)
        run.grade(run.submit(question.reference_answers[0]))
    return run.finish().id


async def test_an_opened_question_is_scrolled_into_view_at_80x24(
    genai: Bank, genai_grader: Grader, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "interviewer.db")
    session_id = one_session(genai, genai_grader, store, 1)
    app = make_app(genai, genai_grader, store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await report_open(pilot, session_id)
        screen = pilot.app.screen
        last = list(screen.query(Collapsible))[-1]
        last.query_one(CollapsibleTitle).focus()
        await pilot.pause()
        body = screen.query_one("#report-body", VerticalScroll)
        before = body.scroll_y
        pilot.app.animation_level = "full"  # as in a terminal: headless tests turn it off
        await pilot.press("enter")
        await settle(pilot, lambda: not last.collapsed)
        await settle(pilot, lambda: body.scroll_y != before)
        await pilot.pause(1.0)  # any scroll animation has ended
        details = last.query_one(".question-details")
        visible = body.content_region
        assert not last.collapsed
        assert details.region.y < visible.bottom and details.region.bottom > visible.y, (
            details.region,
            visible,
        )
        assert last.region.y <= visible.y + 1, (last.region, visible)
