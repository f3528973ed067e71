"""Imported lists become banks that load, list, show, validate and can be practised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_captured as run
from test_importer import DATA, SEED, needs_seed

from interviewer.core.bank import load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.interview import InterviewRun
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

LISTS = [
    "theory_excerpt.md",
    "technical_excerpt.md",
    "behavioural_layout.md",
    "bullet_sections.md",
    "q_headings.md",
]


def imported(tmp_path: Path, source: Path, bank_id: str) -> Path:
    banks = tmp_path / "data" / "banks"
    banks.mkdir(parents=True, exist_ok=True)
    out = banks / f"{bank_id}.yaml"
    out.write_text(to_bank_yaml(import_list(source), bank_id), encoding="utf-8")
    return out


def practise(bank_path: Path, tmp_path: Path) -> list:
    """Answer every question of the bank in a practice session; self-rate where needed."""
    bank = load_bank(bank_path)
    store = Store.open(tmp_path / "history.sqlite3")
    clock = FakeClock()
    run_ = InterviewRun.start(
        bank=bank,
        store=store,
        clock=clock,
        config=SessionConfig(bank_id=bank.id, mode="practice", count=len(bank), untimed=True),
        grader_factory=grader_for,
    )
    results = []
    while (question := run_.next_question()) is not None:
        submission = run_.submit(f"My answer about {question.prompt}")
        if question.self_rated:
            results.append(run_.self_rate(submission, 3))
        else:
            results.append(run_.grade(submission))
    run_.finish()
    store.close()
    return results


@pytest.mark.parametrize("name", LISTS)
def test_each_real_list_imports_in_one_command_and_can_be_practised(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bank.yaml"
    code, _, err = run(["bank", "import", str(DATA / name), "-o", str(out), "--id", "mine"], capsys)
    assert code == 0, err
    found = import_list(DATA / name)
    bank = load_bank(out)
    assert [q.prompt for q in bank] == [q.prompt for q in found.questions]
    assert sum(q.has_reference for q in bank) == found.answered
    results = practise(out, tmp_path)
    assert len(results) == len(bank)
    for result in results:
        assert (result.grade is None) == result.question.self_rated
        assert (result.self_rating is None) != result.question.self_rated


@needs_seed
def test_seed_guide_imports_to_a_bank_show_displays_and_start_can_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = imported(tmp_path, SEED, "guide")
    data_dir = str(tmp_path / "data")
    code, out, err = run(["--data-dir", data_dir, "bank", "show", "guide"], capsys)
    assert code == 0, err
    assert "140 questions (13 with reference answers)" in out
    code, out, err = run(["--data-dir", data_dir, "bank", "list", "--json"], capsys)
    row = next(r for r in json.loads(out) if r["id"] == "guide")
    assert row["source"] == "data dir" and row["questions"] == 140 and row["with_reference"] == 13
    code, out, err = run(["bank", "validate", str(path)], capsys)
    assert code == 0 and "has no reference answer" in err and "nearly repeats" in err
    code, out, err = run(["bank", "validate", "--strict", str(path)], capsys)
    assert code == 2
    results = practise(path, tmp_path)
    graded = [r for r in results if r.grade is not None]
    rated = [r for r in results if r.self_rating is not None]
    # "88. What is instruction tuning?" repeats "47." word for word: a session asks it once
    assert len(graded) == 13 and len(rated) == 126


def test_bank_list_shows_source_count_and_answered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported(tmp_path, DATA / "q_headings.md", "notes")
    code, out, _ = run(["--data-dir", str(tmp_path / "data"), "bank", "list"], capsys)
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert "bundled" in lines["genai"] and "201 questions,  201 with reference" in lines["genai"]
    assert "data dir" in lines["notes"] and "6 questions,    4 with reference" in lines["notes"]


def test_one_bad_question_does_not_sink_a_bank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = imported(tmp_path, DATA / "q_headings.md", "notes")
    text = path.read_text(encoding="utf-8").replace("level: expert", "level: wizard", 1)
    path.write_text(text, encoding="utf-8")
    catalog = Catalog(tmp_path / "data")
    bank = catalog.find("notes")
    assert len(bank) == 5
    code, out, err = run(["--data-dir", str(tmp_path / "data"), "bank", "list"], capsys)
    assert code == 0 and "notes" in out
    assert err.count("skipped") == 1 and "level must be one of" in err
    code, _, err = run(["bank", "validate", str(path)], capsys)
    assert code == 2 and "level must be one of" in err


def practised_report(tmp_path: Path):  # noqa: ANN201
    """The report of one practice session on the imported notes list (two self-rated)."""
    from interviewer.core.report import build_report

    path = imported(tmp_path, DATA / "q_headings.md", "notes")
    bank = load_bank(path)
    practise(path, tmp_path)
    store = Store.open(tmp_path / "history.sqlite3")
    [session] = store.list_sessions()
    report = build_report(store, session.id, bank)
    store.close()
    return report


def test_report_shows_self_ratings_apart_from_the_score(tmp_path: Path) -> None:
    from interviewer.core.report import to_json, to_markdown
    from interviewer.core.store.records import scores_mean

    report = practised_report(tmp_path)
    graded = [q.score for q in report.questions if q.self_rating is None]
    assert report.self_ratings == (3, 3)
    # the mean of the graded answers only, halves rounded up as every screen rounds them
    assert report.score == scores_mean(sum(graded), len(graded))
    assert len(graded) == len(report.questions) - 2
    text = to_markdown(report)
    assert "| Self-rated | 2 answers with no reference, averaging 3.0 / 5; not scored |" in text
    assert text.count("**self-rated 3/5 (not graded)**") == 2
    assert '"self_rating": 3' in to_json(report)


def test_topic_and_level_counts_are_the_answers_their_average_is_over(tmp_path: Path) -> None:
    from interviewer.core.report import to_dict, to_html, to_markdown
    from interviewer.core.store.records import scores_mean

    report = practised_report(tmp_path)
    mixed = [g for g in (*report.topics, *report.levels) if g.self_rated and g.averaged]
    assert mixed, "the bank should give a topic with graded and self-rated answers"
    for group in (*report.topics, *report.levels):
        graded = [
            q.score
            for q in report.questions
            if group.id in (q.topic, q.level) and q.self_rating is None
        ]
        assert group.averaged == len(graded)
        if graded:
            # halves rounded up, as every screen rounds them (Python's round(13.95, 1) gives
            # 13.9: the test failed once grader 3.29 gave this bank's answers 10.6 and 17.3)
            assert group.average == scores_mean(sum(graded), len(graded))
    group = mixed[0]
    shown = f"{group.averaged} (+{group.self_rated} self-rated)"
    assert f"| {shown} |" in to_markdown(report)
    assert f">{shown}</td>" in to_html(report)
    rows = {g["id"]: g for g in (*to_dict(report)["topics"], *to_dict(report)["levels"])}
    assert rows[group.id]["self_rated"] == group.self_rated


async def test_the_self_rated_row_of_the_report_screen_fits_80_columns(tmp_path: Path) -> None:
    # the row said "2 answers without a reference, your own average 3.0 / 5 (not part of the
    # score)" and wrapped onto a second line at 80 columns
    from interviewer.core.report import summary_lines
    from interviewer.tui.app import InterviewApp
    from interviewer.tui.screens.report import ReportScreen

    report = practised_report(tmp_path)
    app = InterviewApp(
        catalog=Catalog(None), store=Store.open(":memory:"), clock=FakeClock(), export_dir=tmp_path
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(ReportScreen(report, tmp_path))
        await pilot.pause()
        summary = app.screen.query_one("#report-summary")
        assert summary.size.height == len(summary_lines(report))


SLOW_QUERY_LIST = """# SQL and Python

1. What is the difference between WHERE and HAVING?

WHERE filters rows before grouping; HAVING filters groups after aggregation.

2. Tell me about a time you had to fix a slow database query under pressure.

Situation: our checkout page took 300 ms per query. Task: cut it before a sale. Action: I added
an index on the cart table. Result: load time fell to 40 ms and conversion rose 4%.
"""
MY_STORY = (
    "Situation: at my last job the monthly billing report took twenty minutes and finance needed "
    "it before a board meeting that afternoon. Task: I had to make it fast enough to rerun the "
    "same day. Action: I read the query plan, found a sequential scan on the invoices table, and "
    "added a composite index on customer and date; I then rewrote one subquery as a join. "
    "Result: the report ran in 40 seconds, down from 20 minutes, and finance got their numbers "
    "on time. I learned to look at the plan before guessing."
)


def test_an_imported_behavioural_question_is_graded_by_star_structure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "sqlpy.md"
    source.write_text(SLOW_QUERY_LIST, encoding="utf-8")
    code, out, _ = run(["bank", "import", str(source), "--dry-run"], capsys)
    assert code == 0
    assert "Tell me about a time you had to fix a slow databa" in out
    assert "[graded by STAR structure]" in out and out.count("[graded by STAR") == 1
    assert "1 behavioural (graded by STAR structure)" in out.splitlines()[-1]

    text = to_bank_yaml(import_list(source), "sqlpy")
    assert "`rubric: star` grades its answer" in text.split("id: sqlpy", 1)[0]
    path = tmp_path / "sqlpy.yaml"
    path.write_text(text, encoding="utf-8")
    bank = load_bank(path)
    technical, story = bank.questions
    assert technical.rubric is None and story.rubric == "star"
    grade = grader_for(bank).grade(story, MY_STORY)
    matched = [m.concept for m in grade.matched]
    assert {"Situation", "Task", "Action", "Result", "Reflection"} <= set(matched)
    assert "checkout" not in grade.missed and "conversion" not in grade.missed
    assert grade.band == "strong"
