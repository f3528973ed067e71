"""Play 26 F9: a question without a topic (an imported row with an empty topic cell) is labelled
"(no topic)" wherever a report names topics, the same in Markdown, HTML, JSON and on the report
screen; before, reports read "Topic: **" and "Weakest: " with nothing after them."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from interviewer.core.bank import NO_TOPIC_TITLE, load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.report import build_report, to_html, to_json, to_markdown
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "history.sqlite3", clock=FakeClock()) as opened:
        yield opened


def topicless_session(store: Store):
    """mini with its models questions (mini-002, mini-003) moved out of any topic; mini-001
    (basics) scores 95, mini-002 scores 27 and mini-003 75: the topicless group is the weakest,
    and with two questions a next step of its own."""
    mini = load_bank(MINI)
    questions = [q if q.topic == "basics" else dataclasses.replace(q, topic="") for q in mini]
    bank = mini.with_questions(questions)
    session = store.create_session(SessionConfig(bank_id="mini", count=3, seed=1), bank)
    for position, (qid, score, band) in enumerate(
        [("mini-001", 95.0, "strong"), ("mini-002", 27.0, "weak"), ("mini-003", 75.0, "adequate")],
        start=1,
    ):
        store.record_answer(
            session.id,
            position=position,
            question=bank.get(qid),
            answer="An answer.",
            seconds=30.0,
            time_limit=90,
            score=score,
            band=band,
            grade=None,
        )
    return session, bank


@pytest.mark.parametrize("with_bank", [True, False])
def test_a_topicless_question_reads_no_topic_in_every_rendering(store, with_bank: bool) -> None:
    session, bank = topicless_session(store)
    report = build_report(store, session.id, bank if with_bank else None)
    assert report.weakest_topics == ("",)
    assert [t.title for t in report.topics if not t.id] == [NO_TOPIC_TITLE]
    assert [q.topic_title for q in report.questions][1] == NO_TOPIC_TITLE
    markdown = to_markdown(report)
    assert f"- Weakest: {NO_TOPIC_TITLE}" in markdown
    assert f"**Topic: {NO_TOPIC_TITLE}**" in markdown
    assert "Topic: **" not in markdown and "Weakest: \n" not in markdown
    assert f"| {NO_TOPIC_TITLE} |" in markdown
    html = to_html(report)
    assert html.count(NO_TOPIC_TITLE) >= 3  # chart, table, next step
    assert "Topic: </strong>" not in html
    data = json.loads(to_json(report))
    titles = [t["title"] for t in data["topics"] if not t["id"]]
    assert titles == [NO_TOPIC_TITLE]
    assert data["questions"][1]["topic_title"] == NO_TOPIC_TITLE


async def test_the_report_screen_labels_the_topicless_bar(store, tmp_path: Path) -> None:
    from textual.app import App

    from interviewer.tui.screens.report import ReportScreen
    from interviewer.tui.widgets.score_bar import ScoreBar

    session, bank = topicless_session(store)
    report = build_report(store, session.id, bank)
    app = App()
    async with app.run_test(size=(100, 32)) as pilot:
        await app.push_screen(ReportScreen(report, tmp_path))
        await pilot.pause()
        labels = [bar.label for bar in app.screen.query(ScoreBar)]
        assert NO_TOPIC_TITLE in labels and "" not in labels
