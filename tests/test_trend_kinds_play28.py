"""Play 28 minor 6: the history trend compared a 2-question review session (82) with a
9-question practice session (86) of one bank. A trend, and a report's "Against earlier", take
sessions of one kind only (mode, review, adaptive, one level) and say which kind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pilot_helpers import make_app, open_history, wait_for

from interviewer.cli import main
from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.report import build_report, score_trend, trend_text
from interviewer.core.session import SessionConfig, SessionKind
from interviewer.core.store import Store
from interviewer.paths import database_path

DATA = Path(__file__).resolve().parent / "data"


def add_session(store: Store, clock: FakeClock, bank, score: float, **options) -> str:  # noqa: ANN001
    """A finished session of `bank` whose every answer scored `score`."""
    config = SessionConfig(bank_id=bank.id, count=2, seed=1, **options)
    session = store.create_session(config, bank, clock)
    for position, question in enumerate(bank.questions[:2], start=1):
        store.record_answer(
            session.id, position=position, question=question, answer="an answer", seconds=10,
            time_limit=60, score=score, band="adequate", clock=clock,
        )  # fmt: skip
    store.finish_session(session.id, None)
    clock.advance(3600)
    return session.id


@pytest.fixture
def bank():  # noqa: ANN201
    return load_bank(DATA / "banks" / "mini.yaml")


def test_a_review_session_is_not_on_the_practice_trend(bank) -> None:  # noqa: ANN001
    store, clock = Store.open(":memory:"), FakeClock()
    add_session(store, clock, bank, 86.0, mode="practice")
    add_session(store, clock, bank, 82.0, mode="practice", review=True)
    trend = score_trend(store.list_sessions())
    # one practice and one review session: two kinds of one each, no trend of the two
    assert len(trend.scores) == 1
    assert trend_text(trend, None) == (
        "No trend yet: it needs 2 finished sessions of one bank and kind."
    )
    add_session(store, clock, bank, 70.0, mode="practice")
    trend = score_trend(store.list_sessions())
    assert trend.scores == (86.0, 70.0)
    assert trend.kind == SessionKind("practice")
    assert trend_text(trend, None) == (
        "Trend of mini practice sessions, 2 finished: latest 70, earlier average 86, best 86"
    )
    add_session(store, clock, bank, 60.0, mode="practice", review=True)
    # the newest session's kind has two now: the trend is of review sessions, and says so
    trend = score_trend(store.list_sessions())
    assert trend.scores == (82.0, 60.0)
    assert trend_text(trend, "mini").startswith("Trend of mini review practice sessions, 2")


def test_kinds_are_named_in_words() -> None:
    assert SessionKind("interview").plural() == "interviews"
    assert SessionKind("interview", adaptive=True).plural() == "adaptive interviews"
    assert SessionKind("practice", level="beginner").plural() == "beginner-only practice sessions"


def test_the_reports_against_earlier_takes_the_same_kind(bank) -> None:  # noqa: ANN001
    store, clock = Store.open(":memory:"), FakeClock()
    add_session(store, clock, bank, 86.0, mode="practice")
    add_session(store, clock, bank, 40.0, mode="practice", review=True)
    review = add_session(store, clock, bank, 60.0, mode="practice", review=True)
    comparison = build_report(store, review, bank).comparison
    assert comparison is not None
    assert (comparison.previous_sessions, comparison.previous_average) == (1, 40.0)
    practice = add_session(store, clock, bank, 90.0, mode="practice")
    comparison = build_report(store, practice, bank).comparison
    assert comparison is not None
    assert (comparison.previous_sessions, comparison.previous_average) == (1, 86.0)


def test_the_history_command_prints_the_trend_of_one_kind(
    bank,  # noqa: ANN001
    isolated_data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (isolated_data_dir / "banks").mkdir(parents=True)
    shutil.copy(DATA / "banks" / "mini.yaml", isolated_data_dir / "banks")
    clock = FakeClock()
    with Store.open(database_path(isolated_data_dir), clock=clock) as store:
        for score in (50.0, 70.0):
            add_session(store, clock, bank, score, mode="practice")
        add_session(store, clock, bank, 82.0, mode="practice", review=True)
    with pytest.raises(SystemExit) as code:
        main(["history"])
    assert code.value.code == 0
    out = capsys.readouterr().out
    assert (
        "Trend of mini practice sessions, 2 finished: latest 70, earlier average 50, best 70" in out
    )


async def test_the_history_screen_names_the_kind_it_draws(bank, tmp_path: Path) -> None:  # noqa: ANN001
    store, clock = Store.open(":memory:"), FakeClock()
    for score in (50.0, 70.0):
        add_session(store, clock, bank, score, mode="practice", review=True)
    add_session(store, clock, bank, 90.0, mode="practice")
    app = make_app(store, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_history(pilot, app)
        label = app.screen.query_one("#trend-label")
        await wait_for(pilot, lambda: "Trend of" in str(label.render()))
        assert str(label.render()).startswith(
            "Trend of mini review practice sessions, 2 finished: latest 70"
        )
