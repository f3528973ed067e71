"""A saved answer whose grade is not stored yet (the last answer of a session, a moment after
ctrl+s; or the program killed first) reads in every report and export with the grade the same
grader gives it, not as "not graded" (play26 #17); with no bank to grade it, "not graded yet"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.bank import Bank, load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun, Submission
from interviewer.core.report import build_report, to_html, to_json, to_markdown
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.paths import database_path

DATA = Path(__file__).parent / "data"
ANSWERS = (
    "A large language model is a neural network trained on huge amounts of text to predict "
    "the next token; it can answer questions and write code from a prompt.",
    "Temperature divides the logits before the softmax: a low temperature is more "
    "deterministic, a high one more diverse.",
)


@pytest.fixture
def bank() -> Bank:
    return load_bank(DATA / "banks" / "mini.yaml")


def last_answer_not_graded(store: Store, bank: Bank) -> tuple[InterviewRun, Submission]:
    """An interview of two answers: the first graded, the last saved and not graded yet."""
    config = SessionConfig(bank_id="mini", count=2, seed=1)
    run = InterviewRun.start(
        bank=bank, store=store, clock=FakeClock(), config=config, grader_factory=grader_for
    )
    submission = None
    for text in ANSWERS:
        assert run.next_question() is not None
        submission = run.submit(text)
        if text is ANSWERS[0]:
            run.grade(submission)
    assert submission is not None and submission.grade is None
    return run, submission


def test_the_report_grades_a_saved_answer_as_it_will_be_stored(bank: Bank) -> None:
    store = Store.open(":memory:")
    run, last = last_answer_not_graded(store, bank)
    report = build_report(store, run.session.id, bank, grader_for(bank))
    assert store.answers(run.session.id)[1].score is None  # the report writes nothing
    stored = run.grade(last).grade
    assert stored is not None
    graded = report.questions[1]
    assert (graded.score, graded.band) == (stored.score, stored.band)
    assert graded.missed == stored.not_said and graded.explanation
    assert report == build_report(store, run.session.id, bank)  # the same once it is stored


def test_without_a_grader_the_answer_reads_not_graded_yet(bank: Bank) -> None:
    store = Store.open(":memory:")
    run, _ = last_answer_not_graded(store, bank)
    report = build_report(store, run.session.id, bank)
    assert report.questions[1].score is None
    assert "- not graded yet" in to_markdown(report)
    assert "not graded yet</span>" in to_html(report)
    assert "not graded**" not in to_markdown(report)


def test_report_latest_exports_the_grade_of_an_answer_still_grading(
    isolated_data_dir: Path, bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    (isolated_data_dir / "banks").mkdir(parents=True)
    shutil.copy(DATA / "banks" / "mini.yaml", isolated_data_dir / "banks" / "mini.yaml")
    with Store.open(database_path(isolated_data_dir)) as store:
        run, last = last_answer_not_graded(store, bank)
        with pytest.raises(SystemExit) as done:
            main(["report", "latest", "--format", "json"])
        assert done.value.code == 0
        exported = json.loads(capsys.readouterr().out)
        stored = run.grade(last).grade
        assert stored is not None
        assert exported["questions"][1]["score"] == stored.score
        assert exported["questions"][1]["band"] == stored.band
        # and the export reads the same once the grade is stored
        assert json.loads(to_json(build_report(store, run.session.id, bank))) == exported


async def test_the_report_screen_shows_the_grade_of_an_answer_still_grading(
    bank: Bank, tmp_path: Path
) -> None:
    """From the history, the report of a session whose last answer is saved but not graded
    shows its grade, not "not graded"; the bank's grader is fitted off the UI thread (it
    takes seconds: the screen froze while it was fitted for the report)."""
    import threading

    from pilot_helpers import wait_for

    from interviewer.core.catalog import Catalog
    from interviewer.core.grading import Grader
    from interviewer.tui.app import InterviewApp
    from interviewer.tui.screens.home import HomeScreen
    from interviewer.tui.screens.report import ReportScreen
    from interviewer.tui.screens.report_lines import question_titles

    (tmp_path / "banks").mkdir()
    shutil.copy(DATA / "banks" / "mini.yaml", tmp_path / "banks" / "mini.yaml")
    store = Store.open(":memory:")
    run, last = last_answer_not_graded(store, bank)
    fitted_on: list[str] = []

    class RecordingGrader(Grader):
        def fit(self):  # type: ignore[no-untyped-def]
            if self._word_idf is None:
                fitted_on.append(threading.current_thread().name)
            return super().fit()

    graders: dict[str, Grader] = {}

    def grader_factory(of: Bank) -> Grader:
        return graders.setdefault(of.id, RecordingGrader(of))

    app = InterviewApp(
        catalog=Catalog(tmp_path), store=store, clock=FakeClock(), grader_factory=grader_factory
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.banks)
        await pilot.pause()
        app.open_report(run.session.id)
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
        await pilot.pause()
        report = app.screen.report  # type: ignore[attr-defined]
        stored = grader_for(bank).grade(last.question, last.answer.answer)
        assert report.questions[1].score == stored.score
        assert "not graded" not in " ".join(question_titles(report.questions))
    assert fitted_on and threading.main_thread().name not in fitted_on, fitted_on
    # stored by the report, as the history stores it (play29 F18): one score everywhere
    assert store.answers(run.session.id)[1].score == stored.score
