"""Helpers for the tests of two sessions side by side: sessions stored in a real history."""

from __future__ import annotations

from interviewer.core.bank import Bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import Grade
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store, StoredSession


def answer(
    store: Store,
    session: StoredSession,
    bank: Bank,
    position: int,
    question_id: str,
    score: float | None,
    *,
    seconds: float = 30.0,
    skipped: bool = False,
    timed_out: bool = False,
    text: str = "Some words of an answer.",
) -> None:
    """Store one answer with a grade of `score` (none when `score` is None)."""
    question = bank.get(question_id)
    graded = score is not None
    band = ("strong" if score >= 85 else "adequate" if score >= 70 else "weak") if graded else None
    grade = (
        Grade(
            score=score,
            band=band,
            similarity=0.5,
            coverage=0.5,
            matched=(),
            missed=(),
            flags=(),
            feedback=(),
            question_id=question_id,
        ).to_dict()
        if graded
        else None
    )
    store.record_answer(
        session.id,
        position=position,
        question=question,
        answer="" if skipped else text,
        seconds=seconds,
        time_limit=90,
        timed_out=timed_out,
        skipped=skipped,
        score=score,
        band=band,
        grade=grade,
        grader_version="1.0" if graded else None,
    )


def stored_session(
    store: Store,
    bank: Bank,
    clock: FakeClock,
    results: list[tuple[str, float | None]],
    *,
    count: int | None = None,
    finish: bool = True,
    skipped: tuple[str, ...] = (),
) -> StoredSession:
    """A session of `bank` answering `results` ((question id, score) pairs, in order), started
    an hour after the clock's time; finished unless `finish` is False. A question in
    `skipped` is skipped (its score left None)."""
    clock.advance(3600)
    config = SessionConfig(bank_id=bank.id, count=count or len(results), seed=1)
    session = store.create_session(config, bank, clock=clock)
    for position, (question_id, score) in enumerate(results, start=1):
        is_skipped = question_id in skipped
        answer(store, session, bank, position, question_id, score, skipped=is_skipped)
    if finish:
        session = store.finish_session(session.id, None, clock=clock)
    return session


def expert_skipped_later(
    store: Store, bank: Bank, clock: FakeClock
) -> tuple[StoredSession, StoredSession]:
    """Two sessions of the mini bank: earlier, every question answered (expert 77); later,
    the expert question skipped. mini-001 basics/beginner, mini-002 models/intermediate,
    mini-003 models/expert."""
    first = stored_session(
        store, bank, clock, [("mini-001", 90.0), ("mini-002", 60.0), ("mini-003", 77.0)]
    )
    second = stored_session(
        store,
        bank,
        clock,
        [("mini-001", 80.0), ("mini-002", 50.0), ("mini-003", 0.0)],
        skipped=("mini-003",),
    )
    return first, second
