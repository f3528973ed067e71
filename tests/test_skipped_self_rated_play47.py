"""play47: a question with no reference answer (an imported list's own question) is rated by
the candidate, never scored; skipping it counted 0 in the session's score all the same. A
practice session of 2 STAR stories (83, 79) and a skipped own question reported "54 / 100;
the 1 skipped question counts as 0" and history listed 54; it is 81."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun
from interviewer.core.report import build_report, to_markdown
from interviewer.core.report.formatting import score_note
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

BANK = """\
id: mine
title: Mine
version: '0.1'
topics:
- id: t
  title: Topic
questions:
- id: mine-001
  topic: t
  level: beginner
  prompt: What does a primary key guarantee?
  references:
  - Each row is identified uniquely by it, and it is never NULL.
- id: mine-002
  topic: t
  level: expert
  prompt: What happens when you type a URL into a browser and press enter?
"""


def _session(tmp_path: Path, skip_own: bool) -> tuple[Store, str]:
    """A practice session of the two questions: the one with a reference answered (or skipped
    when `skip_own` is false), the one without skipped (or answered and rated 2)."""
    path = tmp_path / "mine.yaml"
    path.write_text(BANK, encoding="utf-8")
    bank = load_bank(path)
    store = Store.open(tmp_path / "history.sqlite3")
    run = InterviewRun.start(
        bank=bank,
        store=store,
        clock=FakeClock(),
        config=SessionConfig(bank_id=bank.id, mode="practice", count=2, untimed=True, seed=1),
        grader_factory=grader_for,
    )
    while (question := run.next_question()) is not None:
        if question.self_rated and skip_own:
            run.submit("", skipped=True)
        elif question.self_rated:
            run.self_rate(run.submit("DNS, TCP"), 2)
        elif skip_own:
            run.grade(run.submit("It identifies each row uniquely and can never be NULL."))
        else:
            run.submit("", skipped=True)
    assert run.finished
    run.finish()
    return store, run.session.id


def test_a_skipped_question_with_no_reference_is_not_scored(tmp_path: Path) -> None:
    store, session_id = _session(tmp_path, skip_own=True)
    [answer] = [a for a in store.answers(session_id) if a.skipped]
    assert answer.score is None
    report = build_report(store, session_id)
    [scored] = [q.score for q in report.questions if not q.skipped]
    assert scored is not None and scored > 0
    assert report.score == scored  # not the mean of it and 0
    assert store.get_session(session_id).mean_score == scored  # the history's SCORE column
    assert score_note(report) == ""
    expert = next(g for g in report.levels if g.id == "expert")
    assert (expert.average, expert.skipped, expert.unscored, expert.averaged) == (None, 0, 1, 0)
    assert (report.answered, report.skipped) == (1, 1)  # still said to be skipped
    assert "counts as 0" not in to_markdown(report)


def test_a_skipped_question_with_a_reference_still_counts_0(tmp_path: Path) -> None:
    store, session_id = _session(tmp_path, skip_own=False)
    report = build_report(store, session_id)
    assert report.score == 0.0
    assert score_note(report) == "the 1 skipped question counts as 0"
    assert store.get_session(session_id).mean_score == 0.0
