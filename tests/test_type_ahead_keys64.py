"""keys64: keys typed ahead onto a screen that appeared unasked (practice feedback after f3,
ctrl+s or the clock at 0:00; a self-rating after a submit) are held there, shown, and do not
act: play64 typed "I do not know." after f3, the "I" vanished, the space moved on and "do not
know." landed in the next question's box. A pause of the settle time ends the hold.

The Pilot tests set the settle time by INTERVIEWER_KEY_SETTLE (the suite's fixture sets 0) and
drive the app's fake clock: frozen, every typing key is held until the clock moves."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import make_app, wait_for
from textual.screen import Screen
from textual.widgets import Static, TextArea

from interviewer.core.bank import Bank
from interviewer.core.clock import FakeClock
from interviewer.core.self_rating import stored_self_rating
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.appeal import AppealScreen
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.retry import RetryScreen
from interviewer.tui.screens.self_rating import SelfRatingScreen
from interviewer.tui.type_ahead import (
    HELD_PAUSE_SECONDS,
    KEY_SETTLE_SECONDS,
    TypeAhead,
    settle_seconds,
)

SETTLE = 0.35
TYPED = "I do not know."


def keys_of(text: str) -> list[str]:
    """Pilot key names that type `text`."""
    names = {" ": "space", ".": "full_stop", ",": "comma"}
    return [names.get(c, c) for c in text]


# -- the rule ---------------------------------------------------------------------------------


def test_the_settle_time_is_read_from_the_environment_or_defaults() -> None:
    assert settle_seconds({}) == KEY_SETTLE_SECONDS == 0.35
    assert settle_seconds({"INTERVIEWER_KEY_SETTLE": "0"}) == 0
    assert settle_seconds({"INTERVIEWER_KEY_SETTLE": " 0.5 "}) == 0.5
    assert settle_seconds({"INTERVIEWER_KEY_SETTLE": "60"}) == 5.0
    for bad in ("", "soon", "-1", "nan"):
        assert settle_seconds({"INTERVIEWER_KEY_SETTLE": bad}) == KEY_SETTLE_SECONDS


def test_typing_keys_are_held_while_they_keep_coming_and_others_act() -> None:
    guard = TypeAhead(appeared=100.0, settle=SETTLE)
    assert guard.holds("I", "I", 100.1)
    assert guard.holds("space", " ", 100.3)
    assert guard.holds("d", "d", 100.6)  # past the first 0.35 s, but 0.3 s after the last key
    assert not guard.holds("ctrl+q", None, 100.7)  # not a typing key: it acts
    assert not guard.holds("down", None, 100.7)
    assert guard.holds("x", "x", 100.9)
    assert guard.holds("backspace", None, 101.0)  # takes back the "x" it follows
    assert guard.holds("enter", "\r", 101.1)
    assert guard.held_text == "I d"
    assert guard.keys == ["I", "space", "d", "x", "backspace", "enter"]
    assert guard.holds("space", " ", 101.1 + SETTLE)  # a thinking pause: held (play65)
    assert not guard.holds("space", " ", 101.45 + HELD_PAUSE_SECONDS)  # a pause of 1 s


def test_a_settle_time_of_zero_holds_nothing() -> None:
    guard = TypeAhead(appeared=5.0, settle=0)
    assert not guard.holds("space", " ", 5.0)
    assert guard.keys == [] and guard.held_text == ""


# -- the screens ------------------------------------------------------------------------------


Practice = tuple[InterviewApp, FakeClock]
"""A practice run's app and the fake clock it runs on."""


def _practice(
    bank: Bank, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **config: object
) -> Practice:
    """A practice run of two questions whose screens hold keys typed on until `SETTLE` seconds
    pass on its fake clock, and that clock."""
    monkeypatch.setenv("INTERVIEWER_KEY_SETTLE", str(SETTLE))
    settings = {"count": 2, "seed": 1, "untimed": True, **config}
    run = SessionConfig(bank_id=bank.id, mode="practice", **settings)  # type: ignore[arg-type]
    app = make_app(store, tmp_path, start=(bank, run))
    assert isinstance(app.clock, FakeClock)
    return app, app.clock


@pytest.fixture
def practice(bank: Bank, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Practice:
    """`_practice` on the suite's bank, as most tests here start."""
    return _practice(bank, store, tmp_path, monkeypatch)


def _box(app: InterviewApp) -> TextArea:
    return app.screen.query_one("#answer", TextArea)


async def _question_ready(pilot, app: InterviewApp) -> InterviewScreen:  # type: ignore[no-untyped-def]
    await wait_for(
        pilot,
        lambda: (
            isinstance(app.screen, InterviewScreen)
            and app.screen.run.current is not None
            and app.screen.focused is _box(app)
            and not _box(app).read_only
        ),
    )
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    return screen


async def _pressed_to(kind: type[Screen], pilot, app: InterviewApp, *keys: str) -> Screen:  # type: ignore[no-untyped-def,type-arg]
    """Press `keys`, then wait for a screen of `kind` to show: that screen."""
    await pilot.press(*keys)
    await wait_for(pilot, lambda: isinstance(app.screen, kind))
    return app.screen


async def test_typing_on_after_f3_is_held_on_the_feedback_not_acted_on(
    practice: Practice, store: Store
) -> None:
    """Fails on the base: the space moved on and "do not know." went into the next box."""
    app, clock = practice
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _question_ready(pilot, app)
        first = screen.run.current
        feedback = await _pressed_to(FeedbackScreen, pilot, app, "f3")
        await pilot.press(*keys_of(TYPED), "r", "a", "enter")
        await pilot.pause()
        assert app.screen is feedback  # no key moved on, retried or appealed
        held = feedback.query_one("#feedback-held", Static)
        assert held.display
        assert str(held.render()) == f"Typed as this appeared, and not acted on: “{TYPED}ra”"
        clock.advance(HELD_PAUSE_SECONDS)  # the candidate stops typing and reads
        await pilot.press("space")
        screen = await _question_ready(pilot, app)
        assert screen.run.current is not first
        assert _box(app).text == ""  # nothing of what was typed leaked into the next question
    [session] = store.list_sessions()
    [skipped] = store.answers(session.id)
    assert skipped.skipped and skipped.answer == ""


async def test_after_the_settle_time_space_moves_on_and_no_hint_shows(
    practice: Practice, store: Store
) -> None:
    app, clock = practice
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _question_ready(pilot, app)
        first = screen.run.current
        feedback = await _pressed_to(FeedbackScreen, pilot, app, *keys_of("an answer"), "ctrl+s")
        clock.advance(SETTLE)
        await pilot.pause()
        assert not feedback.query_one("#feedback-held", Static).display
        await pilot.press("r")  # read, then asked for: Retry opens
        await wait_for(pilot, lambda: isinstance(app.screen, RetryScreen))
        await _pressed_to(FeedbackScreen, pilot, app, "escape")
        clock.advance(SETTLE)
        await pilot.press("space")
        screen = await _question_ready(pilot, app)
        assert screen.run.current is not first


async def test_the_feedback_of_a_time_out_holds_the_keys_typed_on(
    bank: Bank, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clock reaches 0:00 mid-sentence: the feedback appears under the typist, whose
    "a" (Disagree), "r" (Retry) and space (Next) do nothing; Fails on the base."""
    app, clock = _practice(bank, store, tmp_path, monkeypatch, untimed=False, time_limit=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await _question_ready(pilot, app)
        await pilot.press(*keys_of("attention weights"))
        clock.advance(61)
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        feedback = app.screen
        assert "Time's up" in str(feedback.query_one("#feedback-title").render())
        await pilot.press(*keys_of(" are a soft lookup"), "enter")
        await pilot.pause()
        assert app.screen is feedback
        assert not isinstance(app.screen, (AppealScreen, RetryScreen))
        held = str(feedback.query_one("#feedback-held", Static).render())
        assert held.endswith("“are a soft lookup”")
        clock.advance(HELD_PAUSE_SECONDS)
        await pilot.press("enter")
        await _question_ready(pilot, app)
    [session] = store.list_sessions()
    [answer] = store.answers(session.id)
    assert answer.timed_out and answer.answer == "attention weights"


async def test_a_self_rating_holds_a_digit_and_enter_typed_on(
    notes: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A question with no reference asks for a rating right after ctrl+s: "in 2 steps" and
    Enter typed on marked 2 and kept it (the rating saved, the next question shown)."""
    store = Store.open(tmp_path / "history.sqlite3")
    app, clock = _practice(notes, store, tmp_path, monkeypatch)
    async with app.run_test(size=(100, 32)) as pilot:
        await _question_ready(pilot, app)
        rating = await _pressed_to(SelfRatingScreen, pilot, app, *keys_of("my answer"), "ctrl+s")
        assert isinstance(rating, SelfRatingScreen)
        await pilot.press(*keys_of(" in 2 steps"), "enter")
        await pilot.pause()
        assert app.screen is rating and rating.rating is None
        assert str(rating.query_one("#rating-held", Static).render()).endswith("“in 2 steps”")
        clock.advance(HELD_PAUSE_SECONDS)
        await pilot.press("4", "enter")
        await _question_ready(pilot, app)
    [session] = store.list_sessions()
    [answer] = store.answers(session.id)
    assert stored_self_rating(answer.grade) == 4


async def test_typing_on_into_the_skip_dialog_is_kept_for_the_answer(
    practice: Practice, store: Store
) -> None:
    """f3 with a draft asks first; typed on, " I do n" went into the dialog: the "n" answered
    Keep writing and "ot know." landed in the box, the rest lost (played by keys64, as play64
    described: type, f3, keep typing). Fails on the base."""
    app, clock = practice
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _question_ready(pilot, app)
        first = screen.run.current
        dialog = await _pressed_to(ConfirmScreen, pilot, app, *keys_of("my draft"), "f3")
        await pilot.press(*keys_of(f" {TYPED}"), "y")
        await pilot.pause()
        assert app.screen is dialog  # neither "n" (Keep writing) nor "y" (Skip) acted
        held = str(dialog.query_one("#dialog-held", Static).render())
        assert held == (
            f"Typed as this appeared, and not acted on: “{TYPED}y” "
            "Keep writing adds it to your answer."
        )
        clock.advance(HELD_PAUSE_SECONDS)
        await pilot.press("n")
        await _question_ready(pilot, app)
        assert screen.run.current is first
        assert _box(app).text == f"my draft {TYPED}y"
    assert store.answers(store.list_sessions()[0].id) == []


async def test_a_skip_dialog_read_then_answered_skips(practice: Practice, store: Store) -> None:
    app, clock = practice
    async with app.run_test(size=(80, 24)) as pilot:
        await _question_ready(pilot, app)
        await _pressed_to(ConfirmScreen, pilot, app, *keys_of("my draft"), "f3")
        clock.advance(SETTLE)
        await _pressed_to(FeedbackScreen, pilot, app, "y")
    [skipped] = store.answers(store.list_sessions()[0].id)
    assert skipped.skipped and skipped.answer == "my draft"
