"""play65 (keys64's lead): keys typed between a submit and the feedback appearing went into the
read-only answer box and were dropped without a word. Now they are held while the answer is
graded: the status line says so, then the feedback (or, in an adaptive interview, the next
question's status line); none acts, none is added to the answer already in.

The grader is held on its first fit (the first answer waits for it, as on a loaded machine), so
the keys are typed while the screen waits; the settle time is set (the suite's fixture sets 0,
which holds nothing) and the fake clock drives it."""

from __future__ import annotations

from pathlib import Path

import pytest
from held_keys_helpers import MINI, HeldGrader, held_app, key_names, ready_to_type, status
from pilot_helpers import wait_for
from textual.widgets import Static, TextArea

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.interview.submitting import grading_note
from interviewer.tui.type_ahead import HELD_PAUSE_SECONDS, TypeAhead, held_note

SETTLE = 0.35
ANSWER = "A model trained on text to predict the next token."


async def _submit_and_type_on(pilot, app: InterviewApp, typed: str) -> InterviewScreen:  # type: ignore[no-untyped-def]
    screen, box = await ready_to_type(pilot, app)
    box.insert(ANSWER)
    await pilot.press("ctrl+s", *key_names(typed), "enter")
    await wait_for(pilot, lambda: "not added to it" in status(app))
    return screen


# -- the rule ---------------------------------------------------------------------------------


def test_while_the_answer_is_graded_every_typing_key_is_held_however_late() -> None:
    guard = TypeAhead(appeared=10.0, settle=SETTLE, until_shown=True)
    assert guard.holds("a", "a", 10.1)
    assert guard.holds("n", "n", 25.0)  # 15 s into the wait: still held
    assert not guard.holds("ctrl+q", None, 25.1)  # not a typing key: it acts
    guard.shown(30.0)  # the feedback appears: from here the usual window
    assert guard.holds("d", "d", 30.2)
    assert not guard.holds("space", " ", 30.2 + HELD_PAUSE_SECONDS)
    assert guard.held_text == "and"
    assert held_note(guard) == "Typed after your answer went in, not added to it: “and”"


def test_a_thinking_pause_between_words_keeps_the_hold_a_reading_pause_ends_it() -> None:
    """Fails on the base (keys64's rule: the first pause of 0.35 s ended the hold): typing on
    after the clock reached 0:00 with 0.5 s between words, the space after "layers" moved on
    from the feedback and "stack" went into the next question's box (tmux, 80x24)."""
    guard = TypeAhead(appeared=50.0, settle=SETTLE)
    for k, key in enumerate(["a", "n", "d", "space"]):
        assert guard.holds(key, " " if key == "space" else key, 50.1 + 0.1 * k)
    assert guard.holds("l", "l", 50.4 + 0.5)  # a thinking pause: still held
    assert guard.holds("space", " ", 50.9 + 0.5)
    assert guard.held_text == "and l "
    assert not guard.holds("space", " ", 51.4 + HELD_PAUSE_SECONDS)  # read, then moved on
    assert HELD_PAUSE_SECONDS == 1.0
    # before any key is held, the settle time alone: Space a reader presses moves on
    assert not TypeAhead(appeared=50.0, settle=SETTLE).holds("space", " ", 50.0 + SETTLE)


def test_a_settle_time_of_zero_holds_nothing_while_graded_either() -> None:
    guard = TypeAhead(appeared=1.0, settle=0, until_shown=True)
    assert not guard.holds("a", "a", 1.1)


def test_the_status_line_says_what_was_held_on_one_line() -> None:
    assert (
        grading_note(True, 3.0, "and more") == "Answer saved — grading… not added to it: “and more”"
    )
    long = grading_note(False, 12.0, "x" * 200)
    assert long.startswith("Answer saved — grader loading (12 s)… not added to it: “…xx")
    assert len(long) <= 78
    assert grading_note(True, 3.0, "  ") == "Answer saved — grading…"


# -- the screens ------------------------------------------------------------------------------


async def test_keys_typed_while_graded_are_shown_then_on_the_feedback_not_in_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the base: the keys went into the read-only box, no line said so."""
    monkeypatch.setenv("INTERVIEWER_KEY_SETTLE", str(SETTLE))
    store = Store.open(":memory:")
    grader = HeldGrader(load_bank(MINI))
    app = held_app(tmp_path, store, grader, mode="practice")
    clock = app.clock
    assert isinstance(clock, FakeClock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _submit_and_type_on(pilot, app, "and more")
        assert status(app).endswith("not added to it: “and more”")
        first = screen.run.current
        clock.advance(20)  # a long wait: still held
        await pilot.press("space", "r")
        grader.release.set()
        await wait_for(
            pilot,
            lambda: (
                isinstance(app.screen, FeedbackScreen)
                and any(w.display for w in app.screen.query("#feedback-held"))
            ),
        )
        feedback = app.screen
        held = feedback.query_one("#feedback-held", Static)
        assert (
            str(held.render()) == "Typed after your answer went in, not added to it: “and more r”"
        )
        await pilot.press("a")  # at once after the feedback: held too, Disagree not opened
        await pilot.pause()
        assert app.screen is feedback
        clock.advance(HELD_PAUSE_SECONDS)
        await pilot.press("space")  # read, then moved on
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await wait_for(pilot, lambda: screen.run.current is not first)
        assert screen.query_one("#answer", TextArea).text == ""
    [session] = store.list_sessions()
    answers = store.answers(session.id)
    assert answers[0].answer == ANSWER  # nothing typed after the submit was added


async def test_an_adaptive_interview_says_it_on_the_next_questions_status_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the base: the next question showed no word of the keys typed while graded."""
    monkeypatch.setenv("INTERVIEWER_KEY_SETTLE", str(SETTLE))
    store = Store.open(":memory:")
    grader = HeldGrader(load_bank(MINI))
    app = held_app(tmp_path, store, grader, mode="interview", adaptive=True, count=3)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _submit_and_type_on(pilot, app, "and more")
        first = screen.run.current
        grader.release.set()
        await wait_for(pilot, lambda: screen.run.current is not first and not screen._busy)
        assert status(app) == "Typed after your last answer went in, not added to it: “and more”"
        assert screen.query_one("#answer", TextArea).text == ""
        await pilot.press("x")  # the guard is gone: the next answer takes keys as usual
        await pilot.pause()
        assert screen.query_one("#answer", TextArea).text == "x"
