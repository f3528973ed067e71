"""Snapshots of a multiple-choice code question (an imported list in lydiahallie's layout,
written for the test) where play62 changed how it is named: the report's closed questions show
a prompt's first line and "…" (they showed every line of the code and the choices), "What to
do next" names it by that line and its number, and the Disagree dialog shows that line instead
of the code cut after five lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_import_multiple_choice_play62 import LETTERED
from test_snapshots import (  # noqa: F401 (fixtures: fixed_world is autouse)
    LoadedCatalog,
    fixed_world,
    report_open,
    settle,
)
from textual.pilot import Pilot
from textual.widgets import TextArea

from interviewer.core.bank import Bank, load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import Grader, grader_for
from interviewer.core.importers import to_bank_yaml
from interviewer.core.importers.markdown import parse_markdown
from interviewer.core.interview import InterviewRun
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp


@pytest.fixture(scope="module")
def quiz(tmp_path_factory: pytest.TempPathFactory) -> tuple[Bank, Grader]:
    path = tmp_path_factory.mktemp("quiz") / "quiz.yaml"
    path.write_text(to_bank_yaml(parse_markdown(LETTERED, "quiz.md"), "quiz"), "utf-8")
    bank = load_bank(path)
    return bank, grader_for(bank).fit()


def _app(quiz: tuple[Bank, Grader], store: Store, tmp_path: Path, **kwargs: object) -> InterviewApp:
    bank, grader = quiz
    return InterviewApp(
        catalog=LoadedCatalog(bank),
        store=store,
        clock=FakeClock(),
        grader_factory=lambda _: grader,
        export_dir=tmp_path / "exports",
        **kwargs,  # type: ignore[arg-type]
    )


def _session(quiz: tuple[Bank, Grader], store: Store) -> str:
    bank, grader = quiz
    clock = FakeClock()
    config = SessionConfig(bank_id=bank.id, count=3, seed=1)
    run = InterviewRun.start(
        bank=bank, store=store, clock=clock, config=config, grader_factory=lambda _: grader
    )
    for text in ("B", "A: it is a string.", ""):
        question = run.next_question()
        assert question is not None
        clock.advance(30)
        run.grade(run.submit(text, skipped=text == ""))
    return run.finish().id


def test_report_of_code_questions_80x24(snap_compare, quiz, tmp_path) -> None:  # noqa: ANN001
    store = Store.open(":memory:")
    session_id = _session(quiz, store)
    app = _app(quiz, store, tmp_path)

    async def ready(pilot: Pilot) -> None:
        await report_open(pilot, session_id)
        app.screen.query_one("#q-1").scroll_visible(top=True, animate=False)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_appeal_of_a_code_question_80x24(snap_compare, quiz, tmp_path) -> None:  # noqa: ANN001
    bank, _ = quiz
    config = SessionConfig(bank_id=bank.id, mode="practice", count=1, seed=1)
    app = _app(quiz, Store.open(":memory:"), tmp_path, start=(bank, config))

    async def ready(pilot: Pilot) -> None:
        await settle(pilot, lambda: app.screen.query("#answer"))
        app.screen.query_one("#answer", TextArea).insert("B, since typeof never throws.")
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: type(app.screen).__name__ == "FeedbackScreen")
        await pilot.press("a")
        await settle(pilot, lambda: app.screen.query("#appeal-grade"))

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)
