"""The screen faults of the play23 test, each pinned by a Pilot test."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import make_app, open_history, wait_for
from textual.widgets import Label

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun
from interviewer.core.report import build_report, format_score, summary_lines
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.home import HomeScreen


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


def run_session(
    store: Store, clock: FakeClock, bank: Bank, answers: list[bool], finish: bool, count: int = 0
) -> str:
    """A session of `bank` with a good (True) or a poor answer for each of `answers`."""
    config = SessionConfig(bank_id=bank.id, count=count or len(answers), seed=3)
    run = InterviewRun.start(
        bank=bank, store=store, clock=clock, config=config, grader_factory=grader_for
    )
    for good in answers:
        question = run.next_question()
        assert question is not None
        clock.advance(30)
        run.grade(run.submit(question.reference_answers[0] if good else "I am not sure."))
    session_id = run.finish().id if finish else run.session.id
    clock.advance(3600)
    return session_id


async def test_the_history_trend_is_of_finished_sessions_and_survives_another_banks_newest(
    genai: Bank, tmp_path: Path
) -> None:
    """play23 F9: an unfinished session of another bank, newest, hid the trend; with the bank
    chosen, the trend drew unfinished sessions' partial scores, as the report's comparison
    averaged them. Now both count finished sessions only, and say so."""
    store, clock = Store.open(":memory:"), FakeClock()
    behavioural = Catalog(None).find("behavioural")
    run_session(store, clock, genai, [True], finish=True)
    run_session(store, clock, genai, [False], finish=False, count=3)
    run_session(store, clock, genai, [False], finish=True)
    last = run_session(store, clock, genai, [True], finish=True)
    run_session(store, clock, behavioural, [False], finish=False, count=2)
    finished = [s.mean_score for s in reversed(store.list_sessions("genai")) if s.finished]
    shown = [format_score(m) for m in finished]
    app = make_app(store, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_history(pilot, app)
        label = app.screen.query_one("#trend-label", Label)
        assert label.display
        before = format_score(sum(finished[:-1]) / 2)
        assert str(label.render()) == (
            f"Trend of genai interviews, 3 finished: latest {shown[-1]}, "
            f"earlier average {before}, best {format_score(max(finished))}"
        )
        assert app.screen.query_one("#trend").scores == finished
    report = build_report(store, last, genai)
    against = dict(summary_lines(report))["Against earlier"]
    assert against.endswith(
        f"the average of 2 finished sessions ({report.comparison.previous_average:.0f})"
    )


async def test_the_history_note_is_whole_at_60_columns(genai: Bank, tmp_path: Path) -> None:
    """play23 F14: the note under the table was cut mid-word at 60 columns."""
    from rich.cells import cell_len

    from interviewer.tui.screens.history import UNFINISHED_NOTE

    store, clock = Store.open(":memory:"), FakeClock()
    run_session(store, clock, genai, [True], finish=False, count=2)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(60, 15)) as pilot:
        await open_history(pilot, app)
        note = app.screen.query_one("#history-note", Label)
        assert note.display and str(note.render()) == UNFINISHED_NOTE
        assert note.region.width >= cell_len(UNFINISHED_NOTE) and note.region.right <= 60


NO_TOPIC_BANK = """\
id: notopic
title: No topic
version: "1"
questions:
  - id: nt-1
    prompt: What is a heap?
    level: beginner
    references:
      - A heap is a tree where each parent is no larger than its children.
"""


async def test_a_question_with_no_topic_shows_one_separator(tmp_path: Path) -> None:
    """play23: the question bar read "1 / 1 ·  · beginner" for a question with no topic."""
    from interviewer.core.bank import load_bank
    from interviewer.tui.screens.interview import InterviewScreen
    from interviewer.tui.widgets.question_meta import QuestionMeta, meta_text

    assert meta_text("", "beginner", 80) == "· beginner"
    assert meta_text("", "beginner", 6) == "· beg…"
    assert meta_text("", "", 80) == ""
    path = tmp_path / "notopic.yaml"
    path.write_text(NO_TOPIC_BANK, "utf-8")
    bank = load_bank(path)
    config = SessionConfig(bank_id="notopic", count=1, untimed=True)
    app = make_app(Store.open(":memory:"), tmp_path, start=(bank, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        assert str(app.screen.query_one(QuestionMeta).render()) == "· beginner"


# -- home ----------------------------------------------------------------------------------


def test_the_questions_line_counts_the_ticked_topics_questions(genai: Bank) -> None:
    from interviewer.tui.screens.home.menu import questions_line

    assert questions_line(genai) == "201 questions: 55 beginner, 88 intermediate, 58 expert"
    ticked = [q for q in genai if q.topic == "transformers"]
    line = questions_line(genai, ["transformers"])
    assert line.startswith(f"{len(ticked)} of 201 questions: ")
    one = genai.with_questions([next(iter(genai))])
    assert questions_line(one) == f"1 question: 1 {next(iter(genai)).level}"


def test_resume_rows_name_their_bank_and_fit_alike() -> None:
    from rich.cells import cell_len

    from interviewer.tui.screens.home.menu import ResumeRow, resume_texts

    rows = [
        ResumeRow("Contrasts", "1 answered of 6 planned", "2026-12-03 05:01", "0fbbc48c99"),
        ResumeRow("Generative AI Interview Questions", "0 answered of 2 planned",
                  "2026-12-03 05:03", "7e7b049f00"),
    ]  # fmt: skip
    wide = resume_texts(rows, 120)
    assert wide[0] == "  Resume: Contrasts, 1 answered of 6 planned, 2026-12-03 05:01 (0fbbc48c)"
    assert wide[1].endswith("(7e7b049f)")
    # one row too long for its id: neither shows one, the bank's name is cut before the date
    for cells in (72, 64, 46, 40):
        texts = resume_texts(rows, cells)
        assert all(cell_len(t) <= cells for t in texts), (cells, texts)
        assert texts[0].startswith("  Resume: Contrasts, 1 answered")
        assert texts[1].startswith("  Resume: Generativ") and "…" in texts[1]
        assert not any("(" in t for t in texts)
    assert resume_texts(rows, 64)[1].endswith("…, 0 answered of 2 planned, 2026-12-03 05:03")
    assert resume_texts(rows, 46)[0] == "  Resume: Contrasts, 1 answered of 6 planned"
    narrow = resume_texts(rows, 30)
    assert narrow[1] == "  Resume: Generativ…, 0 answe…"
    assert all(cell_len(t) <= 20 for t in resume_texts(rows, 20))


def test_resume_rows_take_two_lines_where_one_would_cut_them_and_there_is_room() -> None:
    """ux28: at 80 columns one line cut the titles to "Data Science…" and dropped the dates,
    and two sessions read the same; with a spare line per row, each row takes two."""
    from rich.cells import cell_len

    from interviewer.tui.screens.home.menu import ResumeRow, resume_texts

    rows = [
        ResumeRow("Data Science Interview Questions", "1 answered, 1 skipped, of 8 planned",
                  "2026-12-03 05:01", "0fbbc48c99", "2 of 8 done, 1 skipped"),
        ResumeRow("Data Science Interview Questions Collected From A Long Thread",
                  "1 answered, 1 skipped, of 8 planned", "2026-12-03 05:03", "7e7b049f00",
                  "2 of 8 done, 1 skipped"),
    ]  # fmt: skip
    assert resume_texts(rows, 47, room=2) == [
        "  Resume: Data Science Interview Questions\n    2 of 8 done, 1 skipped, 2026-12-03 05:01",
        "  Resume: Data Science Interview Questions Col…\n"
        "    2 of 8 done, 1 skipped, 2026-12-03 05:03",
    ]
    # one spare line for two rows: one line each, as before
    assert all("\n" not in t for t in resume_texts(rows, 47, room=1))
    # rows that fit on one line stay on one line, room or not
    assert all("\n" not in t for t in resume_texts(rows, 200, room=9))
    for cells in (30, 47, 70, 100):
        for text in resume_texts(rows, cells, room=2):
            assert all(cell_len(line) <= cells for line in text.split("\n")), (cells, text)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_home_resume_rows_name_their_banks(
    genai: Bank, tmp_path: Path, size: tuple[int, int]
) -> None:
    """play23 F8: several "Resume: 1 answered of 6 planned, ..." rows and no way to tell them
    apart by bank."""
    from textual.widgets import OptionList

    from interviewer.tui.screens.home.menu import RESUME_PREFIX

    store, clock = Store.open(":memory:"), FakeClock()
    behavioural = Catalog(None).find("behavioural")
    run_session(store, clock, genai, [True], finish=False, count=3)
    run_session(store, clock, behavioural, [False], finish=False, count=2)
    app = make_app(store, tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.banks)
        await pilot.pause()
        menu = app.screen.query_one("#menu", OptionList)
        rows = [
            str(menu.get_option_at_index(i).prompt)
            for i in range(menu.option_count)
            if (menu.get_option_at_index(i).id or "").startswith(RESUME_PREFIX)
        ]
        assert len(rows) == 2
        assert rows[0].startswith(f"  Resume: {behavioural.title[:9]}")
        assert rows[1].startswith("  Resume: Generativ")
        width = menu.scrollable_content_region.width
        assert all(len(line) <= width for row in rows for line in row.split("\n")), (width, rows)


async def test_home_counts_the_ticked_topics_and_ticks_show(genai: Bank, tmp_path: Path) -> None:
    """play23 F14: the questions line ignored the ticks, and a box looked ticked or not by
    colour alone (`▐X▌` in every box); play22 #22: topic names cut at 16 cells at 80 columns."""
    from textual.widgets import SelectionList, Static

    app = make_app(Store.open(":memory:"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.bank)
        home = app.screen
        home.settings = home.settings.__class__(
            bank_index=next(i for i, b in enumerate(home.banks) if b.id == "genai")
        )
        home._show_bank()
        await wait_for(pilot, lambda: bool(home.query("#topics")))
        topics = home.query_one("#topics", SelectionList)
        await wait_for(pilot, lambda: topics.option_count == len(genai.topics))
        title = home.query_one("#bank-title", Static)
        assert "201 questions: 55 beginner" in str(title.render())
        await pilot.press("tab", "down", "space")  # unticks the second topic
        await wait_for(pilot, lambda: "transformers" not in topics.selected)
        count = sum(q.topic != "transformers" for q in genai)
        await wait_for(pilot, lambda: f"{count} of 201 questions" in str(title.render()))
        await pilot.pause()
        # each name takes two lines at 80 columns (play26 #18): the boxes are on lines 0 and 2
        lines = [topics.render_line(y).text for y in range(3)]
        assert lines[0].startswith("▐X▌") and lines[2].startswith("▐ ▌"), lines
        assert "Introduction to" in lines[0] and "Transformers & Large" in lines[2]


async def test_the_against_earlier_line_fits_the_report_at_80_columns(
    genai: Bank, tmp_path: Path
) -> None:
    """ "... of 4 earlier finished sessions (41)" wrapped its "(41)" under the label at 80x24."""
    from interviewer.tui.screens.report import ReportScreen

    store, clock = Store.open(":memory:"), FakeClock()
    for good in (True, False) * 6:
        last = run_session(store, clock, genai, [good], finish=True)
    report = build_report(store, last, genai)
    assert report.comparison is not None and report.comparison.previous_sessions == 11
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(ReportScreen(report, tmp_path))
        await pilot.pause()
        summary = app.screen.query_one("#report-summary")
        assert "finished sessions" in str(summary.render())
        assert summary.size.height == len(summary_lines(report))
