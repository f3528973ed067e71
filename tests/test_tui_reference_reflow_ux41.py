"""A reference answer imported from a hard-wrapped list reads as paragraphs on screen (ux41):
the practice feedback showed 'at a time, so CPU-bound' / 'threads do not run ...' broken where
the source file's lines ended, not where the screen's width does."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_tui import SIZE, answer, make_app, wait_for

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.plain import reflowed
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.report import ReportScreen, question_details

WRAPPED = """# Python

1. What does the GIL do?

The global interpreter lock lets only one thread run Python bytecode at a time, so CPU-bound
threads do not run in parallel; IO-bound threads still benefit because the lock is released
while waiting.
"""
ONE_LINE = (
    "The global interpreter lock lets only one thread run Python bytecode at a time, so "
    "CPU-bound threads do not run in parallel; IO-bound threads still benefit because the "
    "lock is released while waiting."
)


def test_wrapped_lines_of_a_paragraph_are_joined() -> None:
    assert reflowed("a time, so CPU-bound\nthreads do not run.\nThen more.") == (
        "a time, so CPU-bound threads do not run. Then more."
    )


def test_lists_code_blank_lines_and_lines_after_a_colon_keep_their_own_line() -> None:
    text = "Two kinds:\n- one\n- two\n1. three\n\nA new\nparagraph.\n```\nx = 1\ny = 2\n```\n    z"
    assert reflowed(text) == (
        "Two kinds:\n- one\n- two\n1. three\n\nA new paragraph.\n```\nx = 1\ny = 2\n```\n    z"
    )


lines = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=40)


@given(st.lists(lines, max_size=8).map("\n".join))
def test_reflowing_keeps_every_word_in_order_and_is_stable(text: str) -> None:
    once = reflowed(text)
    assert once.split() == text.split()
    assert once.count("\n") <= text.count("\n")
    assert reflowed(once) == once


@given(lines.filter(lambda s: "\n" not in s))
def test_a_single_line_is_left_as_it_is(text: str) -> None:
    assert reflowed(text) == text


async def test_practice_feedback_and_report_show_the_reference_as_one_paragraph(
    tmp_path: Path,
) -> None:
    source = tmp_path / "prep.md"
    source.write_text(WRAPPED, "utf-8")
    path = tmp_path / "prep.yaml"
    path.write_text(to_bank_yaml(import_list(source), "prep"), "utf-8")
    bank = load_bank(path)
    assert "\n" in bank.questions[0].reference_answers[0]  # the import keeps the source lines
    config = SessionConfig(bank_id="prep", mode="practice", count=1, seed=1, untimed=True)
    with Store.open(tmp_path / "history.sqlite3") as store:
        app = make_app(store, FakeClock(), start=(bank, config))
        async with app.run_test(size=SIZE) as pilot:
            await answer(pilot, "Only one thread runs Python bytecode at a time.")
            await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen))
            await pilot.pause()
            shown = str(app.screen.query_one("#fb-reference").render())
            assert shown == f"Reference answer\n{ONE_LINE}"
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
            report = app.screen
            assert isinstance(report, ReportScreen)
            [question] = report.report.questions
            assert question_details(question).endswith(f"Reference answer:\n{ONE_LINE}")
