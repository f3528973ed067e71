"""play66 (play65's note): the history said "-" as the score of a session whose answers were
all self-rated (an imported list with no answers), while its report said "averaging 3.2 / 5".
Now the history screen, `interviewer history`, its `--json` and the line of a session marked
to compare say the report's number: `3.2/5`, `"self_rating": 3.2`."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pilot_helpers import make_app, open_history
from textual.widgets import DataTable

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.interview import InterviewRun
from interviewer.core.report import build_report, session_score_cell, summary_lines
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store, history_json
from interviewer.tui.screens.compare_mark import mark_text

DATA = Path(__file__).resolve().parent / "data" / "import"
RATINGS = (3, 4, 2, 4)
"""A mean of 3.25: the report's `{:.1f}` says 3.2; rounded half up it would read 3.3."""


def _self_rated_session(tmp_path: Path, store: Store) -> tuple[str, object]:
    path = tmp_path / "notes.yaml"
    path.write_text(to_bank_yaml(import_list(DATA / "bullet_sections.md"), "notes"), "utf-8")
    bank = load_bank(path)
    run = InterviewRun.start(
        bank=bank,
        store=store,
        clock=FakeClock(),
        config=SessionConfig(bank_id=bank.id, mode="practice", count=4, seed=1, untimed=True),
        grader_factory=grader_for,
    )
    for rating in RATINGS:
        question = run.next_question()
        assert question is not None and question.self_rated
        run.self_rate(run.submit("It depends on the data."), rating)
    return run.finish().id, bank


def test_every_listing_says_the_reports_mean_of_the_ratings(tmp_path: Path) -> None:
    """Fails on the base: "-" in the listings, no self_rating in the JSON."""
    store = Store.open(tmp_path / "history.sqlite3")
    session_id, bank = _self_rated_session(tmp_path, store)
    report = build_report(store, session_id, bank)  # type: ignore[arg-type]
    said = dict(summary_lines(report))["Self-rated"]
    mean = re.search(r"averaging (\d\.\d) / 5", said)
    assert mean is not None and mean.group(1) == "3.2"
    [session] = store.list_sessions()
    assert session_score_cell(session) == "3.2/5"
    assert "score 3.2/5." in mark_text(session)
    [exported] = history_json(store)
    assert exported["score"] is None
    assert exported["self_rating"] == 3.2
    assert [a["self_rating"] for a in exported["answers"]] == list(RATINGS)
    json.dumps(exported)


def test_a_damaged_grade_reads_no_rating_and_the_listing_still_opens(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    session_id, _ = _self_rated_session(tmp_path, store)
    with store._write("damage") as db:  # a grade edited by hand
        db.execute("UPDATE answers SET grade_json = '{not json' WHERE position = 1")
    [session] = store.list_sessions()
    assert session.id == session_id
    assert session.self_rating_count == 3
    assert session_score_cell(session) == "3.3/5"  # (4 + 2 + 4) / 3


async def test_the_history_screen_says_it(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    _self_rated_session(tmp_path, store)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot, app)
        table = app.screen.query_one("#sessions", DataTable)
        row = [str(cell) for cell in table.get_row_at(0)]
        assert "3.2/5" in row


def test_the_compare_view_says_it_too(tmp_path: Path) -> None:
    """Fails on the base: the Score row said `not scored` alone, the JSON had no rating."""
    from interviewer.core.report.side_by_side import side_by_side
    from interviewer.core.report.side_by_side_text import overview, to_dict

    store = Store.open(tmp_path / "history.sqlite3")
    one, bank = _self_rated_session(tmp_path, store)
    two, _ = _self_rated_session(tmp_path, store)
    compared = side_by_side(
        build_report(store, one, bank),  # type: ignore[arg-type]
        build_report(store, two, bank),  # type: ignore[arg-type]
    )
    score_row = next(row for row in overview(compared).rows if row[0] == "Score")
    assert score_row[1:3] == ("not scored (self-rated 3.2/5)",) * 2
    assert to_dict(compared)["earlier"]["self_rating"] == 3.2
