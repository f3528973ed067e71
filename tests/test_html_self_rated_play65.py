"""play65: the HTML export of a session whose answers were all self-rated (an imported list
with no answers) showed "not graded yet" beside its score, its topic and its levels, as if a
grade were to come; the report screen and the Markdown show "-" and "self-rated". Now the pill
says "self-rated, not scored"."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.interview import InterviewRun
from interviewer.core.report import build_report, to_html
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

DATA = Path(__file__).resolve().parent / "data" / "import"


def test_a_self_rated_session_s_html_says_self_rated_not_graded_yet(tmp_path: Path) -> None:
    """Fails on the base: "not graded yet" four times (score, topic, level)."""
    path = tmp_path / "notes.yaml"
    path.write_text(to_bank_yaml(import_list(DATA / "bullet_sections.md"), "notes"), "utf-8")
    bank = load_bank(path)
    store = Store.open(":memory:")
    run = InterviewRun.start(
        bank=bank,
        store=store,
        clock=FakeClock(),
        config=SessionConfig(bank_id=bank.id, mode="practice", count=2, seed=1, untimed=True),
        grader_factory=grader_for,
    )
    while (question := run.next_question()) is not None:
        assert question.self_rated
        run.self_rate(run.submit("It depends on the data."), 3)
    session = run.finish()
    page = to_html(build_report(store, session.id, bank))
    assert "not graded yet" not in page
    assert page.count('<span class="band not-graded">self-rated, not scored</span>') >= 3
