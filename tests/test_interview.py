"""The headless interview run: countdown arithmetic, saving before grading, crash recovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun
from interviewer.core.session import QuestionTimer, SessionConfig
from interviewer.core.store import Store

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def bank():
    return load_bank(DATA / "banks" / "mini.yaml")


def start(bank, store: Store, clock: FakeClock, **options: object) -> InterviewRun:
    config = SessionConfig(bank_id="mini", count=3, seed=1, **options)  # type: ignore[arg-type]
    return InterviewRun.start(
        bank=bank, store=store, clock=clock, config=config, grader_factory=grader_for
    )


def test_timer_counts_from_a_deadline_and_excludes_pauses() -> None:
    clock = FakeClock()
    timer = QuestionTimer(clock, limit=60, used=10)
    timer.start()
    clock.advance(20)
    assert timer.remaining() == pytest.approx(30)
    timer.pause()
    clock.advance(100)
    assert timer.remaining() == pytest.approx(30) and timer.paused
    assert timer.resume() == pytest.approx(100)
    clock.advance(40)
    assert timer.remaining() == 0 and timer.expired
    assert QuestionTimer(clock, None).remaining() is None


def test_answer_is_committed_before_grading(bank, tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store.open(tmp_path / "h.sqlite3")
    run = start(bank, store, clock)
    question = run.next_question()
    assert question is not None and question.level == "beginner"
    clock.advance(12)
    submission = run.submit("A large language model predicts the next token.")
    other = Store.open(tmp_path / "h.sqlite3")
    [saved] = other.answers(run.session.id)
    assert saved.score is None and saved.seconds == pytest.approx(12)
    graded = run.grade(submission)
    assert graded.grade is not None
    assert other.answers(run.session.id)[0].score == graded.grade.score


def test_skip_records_a_zero_and_moves_on(bank) -> None:
    run = start(bank, Store.open(":memory:"), FakeClock())
    first = run.next_question()
    submission = run.submit("", skipped=True)
    assert submission.grade is not None and submission.grade.score == 0
    assert "skipped" in submission.grade.flags
    second = run.next_question()
    assert second is not None and second.id != first.id


def test_finish_works_out_the_level_from_stored_grades(bank) -> None:
    store = Store.open(":memory:")
    run = start(bank, store, FakeClock())
    while (question := run.next_question()) is not None:
        run.grade(run.submit(question.reference_answers[0]))
    session = run.finish()
    assert session.finished and session.level_reached == "expert"


def test_resume_grades_answers_left_ungraded_by_a_crash(bank, tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store.open(tmp_path / "h.sqlite3")
    run = start(bank, store, clock)
    question = run.next_question()
    run.submit(question.reference_answers[0])  # the process dies before grading
    run.next_question()
    clock.advance(7)
    run.save_draft("half a thought")
    store.close()

    store = Store.open(tmp_path / "h.sqlite3")
    session = store.latest_unfinished()
    resumed = InterviewRun.resume(
        bank=bank, store=store, clock=clock, session=session, grader_factory=grader_for
    )
    assert resumed.grade_pending() == 1
    assert store.answers(session.id)[0].score is not None
    nxt = resumed.next_question()
    assert resumed.plan.position == 2 and nxt.level == "intermediate"
    assert resumed.restored_draft == "half a thought"
    assert resumed.timer is not None and resumed.timer.elapsed() == pytest.approx(7)


def resumed_run(bank, store: Store, clock: FakeClock) -> InterviewRun:
    session = store.latest_unfinished()
    assert session is not None
    run = InterviewRun.resume(
        bank=bank, store=store, clock=clock, session=session, grader_factory=grader_for
    )
    run.next_question()
    return run


def test_checkpoint_keeps_the_time_used_even_when_nothing_was_typed(bank) -> None:
    clock = FakeClock()
    store = Store.open(":memory:")
    run = start(bank, store, clock, time_limit=120)
    run.next_question()
    run.checkpoint("first words")
    clock.advance(20)
    run.checkpoint()  # nothing new typed: the time still counts
    clock.advance(50)  # lost with the process, as after kill -9
    resumed = resumed_run(bank, store, clock)
    assert resumed.restored_draft == "first words"
    assert resumed.timer is not None and resumed.timer.remaining() == pytest.approx(100)


def test_pause_saves_the_time_used_and_stops_the_clock(bank) -> None:
    clock = FakeClock()
    store = Store.open(":memory:")
    run = start(bank, store, clock, time_limit=120)
    run.next_question()
    clock.advance(15)
    run.pause("typed so far")
    assert run.paused
    clock.advance(300)
    draft = store.load_draft(run.session.id)
    assert draft is not None and draft.seconds_used == pytest.approx(15)
    assert draft.text == "typed so far"
    run.resume_clock()
    clock.advance(5)
    submission = run.submit("typed so far, and more")
    assert submission.answer.seconds == pytest.approx(20)
    session = store.get_session(run.session.id)
    assert session is not None and session.paused_seconds == pytest.approx(300)


def test_session_time_used_counts_answers_and_the_current_draft(bank) -> None:
    from interviewer.core.store import session_time_used

    clock = FakeClock()
    store = Store.open(":memory:")
    run = start(bank, store, clock, time_limit=120)
    run.next_question()
    clock.advance(30)
    run.submit("an answer")
    run.next_question()
    clock.advance(12)
    run.checkpoint("a draft")
    session = store.get_session(run.session.id)
    assert session is not None and session_time_used(session) == pytest.approx(42)
    [listed] = store.list_sessions()
    assert session_time_used(listed) == pytest.approx(42)


def test_a_session_records_the_count_it_really_plans(bank) -> None:
    clock = FakeClock()
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="mini", count=500, seed=1)
    run = InterviewRun.start(
        bank=bank, store=store, clock=clock, config=config, grader_factory=grader_for
    )
    assert run.plan.total == len(bank) == run.session.config.count
    assert run.notice == (
        f"Only {len(bank)} questions match: this session asks {len(bank)}, not 500."
    )
    stored = store.get_session(run.session.id)
    assert stored is not None and stored.config.count == len(bank)
    assert start(bank, store, clock).notice is None


def test_a_review_of_two_questions_plans_two(bank) -> None:
    from interviewer.core.report import build_report
    from interviewer.core.session import planned_count

    clock = FakeClock()
    store = Store.open(":memory:")
    config = SessionConfig(
        bank_id="mini", count=10, seed=1, review=True, question_ids=("mini-002", "mini-001")
    )
    run = InterviewRun.start(
        bank=bank, store=store, clock=clock, config=config, grader_factory=grader_for
    )
    assert run.session.config.count == 2
    assert run.notice == "Only 2 questions are due for review: this session asks 2, not 10."
    assert build_report(store, run.session.id, bank).questions_planned == 2
    # Sessions recorded before the count was clamped still report what was planned.
    assert planned_count(config) == 2


def test_a_skipped_question_is_reported_as_skipped(bank) -> None:
    from interviewer.core.report import build_report, result_label, to_markdown

    clock = FakeClock()
    store = Store.open(":memory:")
    run = start(bank, store, clock)
    run.next_question()
    run.submit("", skipped=True)
    report = build_report(store, run.session.id, bank)
    [question] = report.questions
    assert question.band == "skipped" and result_label(question) == "skipped"
    text = to_markdown(report)
    [detail] = [line for line in text.splitlines() if line.startswith(f"`{question.question_id}`")]
    assert "**skipped**" in detail and "missing" not in detail and "**0**" not in detail


def test_a_submit_that_waits_for_a_locked_history_stores_the_time_to_the_submit(
    bank, tmp_path: Path
) -> None:
    """play27 #5: with another program holding the history file, the clock ran on after
    ctrl+s and the wait was charged to the answer (46.4 s stored against about 17 s)."""
    import sqlite3

    from interviewer.core.errors import StoreBusy

    clock = FakeClock()
    store = Store.open(tmp_path / "h.sqlite3")
    run = start(bank, store, clock)
    run.next_question()
    clock.advance(17)
    holder = sqlite3.connect(tmp_path / "h.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StoreBusy), store.patience(0.05):
        run.submit("An answer held up by the lock.")
    assert run.timer is not None
    clock.advance(30)
    assert run.timer.elapsed() == pytest.approx(17)
    holder.execute("ROLLBACK")
    run.checkpoint("An answer held up by the lock.")  # a draft saved meanwhile is not charged
    draft = store.load_draft(run.session.id)
    assert draft is not None and draft.seconds_used == pytest.approx(17)
    submission = run.submit("An answer held up by the lock.")
    assert submission.answer.seconds == pytest.approx(17)
    holder.close()


def test_a_submit_taken_back_runs_the_clock_on_from_the_submit(bank) -> None:
    clock = FakeClock()
    timer = QuestionTimer(clock, limit=60)
    timer.start()
    clock.advance(10)
    assert timer.hand_in() == pytest.approx(10)
    clock.advance(25)
    assert timer.remaining() == pytest.approx(50)
    timer.take_back()
    clock.advance(5)
    assert timer.elapsed() == pytest.approx(15)
    assert timer.hand_in() == pytest.approx(15)


def resumed_unasked(bank, store: Store, clock: FakeClock) -> InterviewRun:
    session = store.latest_unfinished()
    assert session is not None
    return InterviewRun.resume(
        bank=bank, store=store, clock=clock, session=session, grader_factory=grader_for
    )


@pytest.mark.parametrize("mode", ["practice", "interview"])
def test_practice_feedback_missed_by_a_crash_after_submit_is_offered_on_resume(
    bank, mode: str
) -> None:
    """play27 #10: killed right after ctrl+s in practice mode, `resume` went on to the next
    question and that answer's feedback was never shown."""
    clock = FakeClock()
    store = Store.open(":memory:")
    run = start(bank, store, clock, mode=mode)
    run.next_question()
    graded = run.grade(run.submit("A language model predicts the next token."))
    missed = resumed_unasked(bank, store, clock).feedback_missed()
    if mode == "interview":
        assert missed is None
        return
    assert missed is not None and graded.grade is not None and missed.grade is not None
    assert missed.answer.position == 1 and missed.grade.score == graded.grade.score
    assert missed.question.id == graded.question.id
    run.next_question()
    run.checkpoint()  # the next question was shown (and kept a draft): its feedback was seen
    assert resumed_unasked(bank, store, clock).feedback_missed() is None
