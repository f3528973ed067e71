"""The notice that time ran out on the last question stays until the candidate types in the
next answer (and NOTICE_SECONDS at least): played in tmux, the 8 s went by while the new
prompt was read, and the notice was never seen. Other notices still go after NOTICE_SECONDS."""

from __future__ import annotations

import pytest
from pilot_helpers import wait_for
from textual.widgets import Label, TextArea

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.interview import InterviewScreen, notices

SHORT = 0.1


@pytest.fixture(autouse=True)
def short_notices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notices, "NOTICE_SECONDS", SHORT)


def make_app(tmp_path, clock: FakeClock, **kwargs: object) -> InterviewApp:
    return InterviewApp(
        catalog=Catalog(None),
        store=Store.open(":memory:"),
        clock=clock,
        export_dir=tmp_path / "exports",
        **kwargs,  # type: ignore[arg-type]
    )


def _status(app) -> Label:
    return app.screen.query_one("#status", Label)


async def test_the_time_up_notice_waits_for_the_next_answer(tmp_path) -> None:
    genai = Catalog(None).find("genai")
    clock = FakeClock()
    config = SessionConfig(bank_id="genai", count=2, seed=1, time_limit=30)
    app = make_app(tmp_path, clock, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", TextArea).insert("partial thoughts")
        clock.advance(31)
        await wait_for(pilot, lambda: app.screen.run.plan.position == 2)  # type: ignore[attr-defined]
        await pilot.pause(SHORT * 6)  # six times NOTICE_SECONDS, nothing typed yet
        assert "Time's up on question 1" in str(_status(app).render())

        app.screen.query_one("#answer", TextArea).insert("Diffusion")
        await wait_for(pilot, lambda: "Time's up" not in str(_status(app).render()))


async def test_another_notice_goes_after_notice_seconds(tmp_path) -> None:
    genai = Catalog(None).find("genai")
    config = SessionConfig(bank_id="genai", count=2, seed=1, time_limit=30)
    app = make_app(tmp_path, FakeClock(), start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.flash("Press ctrl+q to quit.")  # type: ignore[attr-defined]
        assert "ctrl+q" in str(_status(app).render())
        await wait_for(pilot, lambda: "ctrl+q" not in str(_status(app).render()))
