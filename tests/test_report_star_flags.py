"""A behavioural story off its question or with a red flag, as the report tells it (play28 M5)."""

from __future__ import annotations

from pathlib import Path

from store_helpers import record_graded

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.report import build_report
from interviewer.core.report.markdown import to_markdown
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

MARATHON = (
    "Last year I decided to run my first marathon, although I had never run more than ten "
    "kilometres. I found a sixteen-week plan, ran four times a week before work, and kept a log "
    "of my pace. When my knee started hurting in week nine, I saw a physiotherapist and added "
    "strength exercises. I finished the Berlin marathon in four hours and ten minutes. I learned "
    "that a plan written down keeps me going on the days I do not feel like it."
)
BLAME = (
    "I chose a document database for our orders service because the architect recommended it. "
    "It turned out to be wrong: the monthly reports needed joins and took twenty minutes to run. "
    "It was really the architect's fault, he should have known our reporting needs. I rewrote "
    "the reports to run overnight and they work now. The lesson is that architects need to ask "
    "more questions."
)


def test_the_report_names_the_flags_and_quotes_the_red_flag(tmp_path: Path) -> None:
    behavioural = Catalog(None).find("behavioural")
    grader = Grader(behavioural)
    store = Store.open(str(tmp_path / "h.db"))
    session = store.create_session(SessionConfig(bank_id="behavioural", count=2), behavioural)
    for position, (question_id, answer) in enumerate(
        (("beh-001", MARATHON), ("beh-020", BLAME)), start=1
    ):
        question = behavioural.get(question_id)
        graded = grader.grade(question, answer)
        record_graded(store, session.id, position, question, answer, graded)
    report = build_report(store, session.id, behavioural)
    reasons = " ".join(step.reason for step in report.next_steps)
    assert "told a story that does not answer the question" in reasons
    assert "red flag: blamed others" in reasons
    text = to_markdown(report)
    assert "noted: off the question: the story does not tell what was asked" in text
    assert "red flag: blames others and owns no part of it" in text
    assert "\u201cIt was really the architect's fault, he should have known" in text
    assert "off the question: capped at 20" in text
