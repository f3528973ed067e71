"""`InterviewRun`: one session being run, question by question, with its clock, drafts and
answers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..bank import Bank, Question
from ..clock import Clock
from ..errors import InterviewerError
from ..grading import Grade, Grader
from ..rescue import DAMAGED, RescuedAnswer, write_rescue
from ..safe_text import answer_text
from ..self_rating import SELF_RATED_BAND, SELF_RATING_VERSION, SelfRating
from ..session import (
    QuestionTimer,
    SessionConfig,
    SessionPlan,
    clamp_notice,
)
from ..store import Store, StoredAnswer, StoredSession
from ..store.lease import SessionLease
from .answers import Submission, grade_ungraded, skipped_grade
from .asking import AskingRun

GraderFactory = Callable[[Bank], Grader]


class InterviewRun(AskingRun):
    """One session being run. Build it with `InterviewRun.start` or `InterviewRun.resume`."""

    def __init__(
        self,
        *,
        bank: Bank,
        store: Store,
        clock: Clock,
        session: StoredSession,
        plan: SessionPlan,
        grader_factory: GraderFactory,
    ) -> None:
        self.bank = bank
        self.store = store
        self.clock = clock
        self.session = session
        self.plan = plan
        self._grader_factory = grader_factory
        self.current: Question | None = None
        self.timer: QuestionTimer | None = None
        self.restored_draft: str = ""
        """Text of a draft restored on resume, for the editor to show."""
        self.notice: str | None = None
        """Something to tell the candidate as the session starts (fewer questions than asked)."""
        self._draft_text = ""
        """The latest text of the current answer given to `checkpoint`."""
        self.answers_given: list[StoredAnswer] = []
        """The session's answers as recorded (also those recorded before a resume): what a
        rescue file keeps when the history turns out damaged."""
        self._grading = threading.Lock()
        self.lease: SessionLease | None = None
        """This program's lease on the session, once `claim` took it (the app takes it; a
        script or a test running a session need not)."""

    # -- building -----------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        *,
        bank: Bank,
        store: Store,
        clock: Clock,
        config: SessionConfig,
        grader_factory: GraderFactory,
    ) -> InterviewRun:
        """Plan and record a new session. The session records the count it really plans (fewer
        than asked when the bank or the topics hold fewer); `notice` then says so."""
        plan = SessionPlan(bank, config)
        recorded = replace(plan.config, count=plan.total)
        session = store.create_session(recorded, bank, clock)
        run = cls(
            bank=bank,
            store=store,
            clock=clock,
            session=session,
            plan=SessionPlan(bank, session.config),
            grader_factory=grader_factory,
        )
        run.notice = clamp_notice(config.count, plan.total, review=config.review)
        return run

    @classmethod
    def resume(
        cls,
        *,
        bank: Bank,
        store: Store,
        clock: Clock,
        session: StoredSession,
        grader_factory: GraderFactory,
    ) -> InterviewRun:
        """Continue a stored session at its next question (ungraded answers are graded later
        by `grade_pending`)."""
        if session.finished:
            raise InterviewerError(f"session {session.id[:8]} is already finished")
        answers = store.answers(session.id)
        run = cls(
            bank=bank,
            store=store,
            clock=clock,
            session=session,
            plan=_plan_after(bank, session, answers),
            grader_factory=grader_factory,
        )
        run.answers_given = list(answers)
        return run

    def feedback_missed(self) -> Submission | None:
        """The last answer of a resumed practice session when its feedback was likely never
        seen: the program ended after ctrl+s saved and graded it but before the next question
        kept a draft (play27 #10); its grade is None when the program ended before grading
        (`graded_missed` grades it). None otherwise (an interview, a draft kept, a self-rated
        question, or the session's last question, whose report follows)."""
        if self.mode != "practice" or not self.answers_given or self.current is not None:
            return None
        if self.plan.finished:
            return None
        if self.store.load_draft(self.session.id) is not None:
            return None
        last = max(self.answers_given, key=lambda a: a.position)
        if last.question_id not in self.bank:
            return None
        question = self.bank.get(last.question_id)
        if question.self_rated:
            return None
        grade = last.grade
        return Submission(last, question, Grade.from_dict(grade) if grade is not None else None)

    def unrated(self) -> list[Submission]:
        """Answers of this session to questions without a reference answer that were saved but
        never rated (the program ended on the rating screen, play29 F7), oldest first: the
        candidate rates them on resume with `self_rate`."""
        waiting = []
        for answer in sorted(self.answers_given, key=lambda a: a.position):
            if answer.band is not None or answer.question_id not in self.bank:
                continue
            submission = Submission(answer, self.bank.get(answer.question_id))
            if submission.needs_self_rating:
                waiting.append(submission)
        return waiting

    def graded_missed(self, missed: Submission) -> Submission | None:
        """`missed` (from `feedback_missed`) with its grade, once `grade_pending` has graded
        it (the program ended before it was graded); None if it could not be. Safe on a
        worker thread."""
        self.grade_pending()
        answer = self.store.get_answer(missed.answer.id)
        if answer is None or answer.grade is None:
            return None
        return Submission(answer, missed.question, Grade.from_dict(answer.grade))

    # -- answering and grading (asking the question is AskingRun's) ----------------------------

    @property
    def grader(self) -> Grader:
        return self._grader_factory(self.bank)

    @property
    def grader_ready(self) -> bool:
        """Whether the grader is fitted: a grade then takes a moment, not the seconds that
        fitting takes (the app fits it ahead, off the UI thread)."""
        return bool(getattr(self.grader, "fitted", True))  # a stand-in grader is ready

    @property
    def mode(self) -> str:
        return self.plan.config.mode

    @property
    def finished(self) -> bool:
        return self.plan.finished

    def submit(
        self, text: str, *, timed_out: bool = False, skipped: bool = False, hints_used: int = 0
    ) -> Submission:
        """Save the answer to the current question (committed on return), ungraded.

        A skipped question is recorded at once with a zero score (one with no reference answer,
        which would have been self-rated, with none: band `self-rated` and no rating, so no
        average counts it); call `grade` for the rest.
        The clock stops here (`QuestionTimer.hand_in`), even when saving raises StoreBusy and is
        tried again later; `take_back` restarts it when the answer goes back to the candidate.
        The text is kept as `safe_text.answer_text` gives it (no control or bidi characters).
        """
        text = answer_text(text)
        question, timer = self.current, self.timer
        if question is None or timer is None:
            raise InterviewerError("there is no question to answer")
        self._check_lease()
        seconds = timer.hand_in()
        if timer.paused:
            self.resume_clock()
        if timer.limit is not None:
            seconds = min(seconds, float(timer.limit))
        grade = skipped_grade(question) if skipped and not question.self_rated else None
        unscored = skipped and question.self_rated
        stored = self.store.record_answer(
            self.session.id,
            position=self.plan.position,
            question=question,
            answer=text,
            seconds=seconds,
            time_limit=timer.limit,
            timed_out=timed_out,
            skipped=skipped,
            score=grade.score if grade else None,
            band=grade.band if grade else SELF_RATED_BAND if unscored else None,
            grade=grade.to_dict() if grade else None,
            grader_version=grade.grader_version if grade else None,
            hints_used=hints_used,
            clock=self.clock,
        )
        self.answers_given.append(stored)
        self.current, self.timer = None, None
        if grade is not None:
            self.plan.record(question.id, grade.score, grade.band)
        elif unscored or not self.needs_grade_to_continue:
            self.plan.record(question.id, None, None)
        return Submission(stored, question, grade)

    @property
    def needs_grade_to_continue(self) -> bool:
        """Whether the next question depends on this answer's grade (adaptive sessions) or
        the candidate sees the grade before moving on (practice mode)."""
        return self.plan.config.adaptive or self.plan.config.mode == "practice"

    def grade(self, submission: Submission) -> Submission:
        """Grade a submitted answer, store the grade and move the plan on. Safe on a worker
        thread: it touches only the grader, the (locked) store and the plan."""
        if submission.grade is not None or submission.question.self_rated:
            return submission
        with self._grading:
            grade = self.grader.grade(
                submission.question,
                submission.answer.answer,
                timed_out=submission.answer.timed_out,
            )
            # the first grade of an answer just saved: a program that graded it meanwhile (the
            # history, as this one was left) stored the same, and no grade history is made
            self.store.first_grade(
                submission.answer.id,
                score=grade.score,
                band=grade.band,
                grade=grade.to_dict(),
                grader_version=grade.grader_version,
            )
            if self.needs_grade_to_continue:
                self.plan.record(submission.question.id, grade.score, grade.band)
        return Submission(submission.answer, submission.question, grade)

    def self_rate(self, submission: Submission, rating: int) -> Submission:
        """Store the candidate's 0-5 rating of an answer to a question without a reference; it
        is kept apart from grades (no score) and moves the plan on (unless the plan has it
        already: an answer rated on resume, `unrated`)."""
        rated = SelfRating(rating)
        with self._grading:
            self.store.update_grade(
                submission.answer.id,
                score=None,
                band=SELF_RATED_BAND,
                grade={**rated.to_dict(), "question_id": submission.question.id},
                grader_version=SELF_RATING_VERSION,
            )
            recorded = any(done == submission.question.id for done, _, _ in self.plan.results)
            if self.needs_grade_to_continue and not recorded:
                self.plan.record(submission.question.id, None, None)
        return Submission(submission.answer, submission.question, None, rated)

    def retry(self, submission: Submission, text: str) -> Grade:
        """Grade another try at an answered question and keep it with the answer (practice
        mode); the session's answer keeps its first score. Safe on a worker thread."""
        text = answer_text(text)
        with self._grading:
            grade = self.grader.grade(submission.question, text)
        self.store.record_retry(
            submission.answer.id,
            answer=text,
            score=grade.score,
            band=grade.band,
            grader_version=grade.grader_version,
            grade=grade.to_dict(),
            clock=self.clock,
        )
        return grade

    def grade_pending(self) -> int:
        """Grade answers saved before a crash but never graded; returns how many."""
        with self._grading:
            count = grade_ungraded(self.store, self.session.id, self.bank, self.grader)
            if count and self.current is None:
                self.plan = self._replayed_plan()
        return count

    def _replayed_plan(self) -> SessionPlan:
        return _replay(self.bank, self.store, self.session)

    def rescue(
        self,
        folder: Path,
        text: str,
        reason: str,
        earlier: Path | None = None,
        what: str = DAMAGED,
    ) -> Path:
        """Write the session's recorded answers and the one being typed (`text`) to a rescue
        file in `folder`, when the history cannot take them (`reason`; `what` says why in the
        file); `earlier`: this session's rescue file to write over. Returns the file;
        StoreError if it cannot be."""
        answers = [RescuedAnswer.recorded(answer) for answer in self.answers_given]
        if self.current is not None and text.strip():
            seconds = self.timer.elapsed() if self.timer is not None else None
            answers.append(
                RescuedAnswer(
                    self.plan.position, self.current.id, self.current.prompt, text, seconds
                )
            )
        return write_rescue(
            folder, self.session, self.store.path, reason, answers, self.clock.now(), earlier, what
        )

    def finish(self) -> StoredSession:
        """Mark the session finished with the level reached; returns the stored session.

        The level is worked out again from the stored grades, since answers of a non-adaptive
        session are graded after the plan has moved on. Finishing a finished session
        returns it unchanged (a practice session is finished as its last answer is graded,
        before its feedback is shown, and again as the feedback is left).
        """
        if self.session.finished:
            return self.session
        with self._grading:
            level = self._replayed_plan().level_reached
        self.store.finish_session(self.session.id, level, self.clock)
        session = self.store.get_session(self.session.id)
        assert session is not None
        self.session = session
        return session


def _replay(bank: Bank, store: Store, session: StoredSession) -> SessionPlan:
    """The session's plan rebuilt from its stored answers (and their grades so far)."""
    return _plan_after(bank, session, store.answers(session.id))


def _plan_after(bank: Bank, session: StoredSession, answers: list[StoredAnswer]) -> SessionPlan:
    return SessionPlan.restore(
        bank, session.config, [(a.question_id, a.score, a.band) for a in answers]
    )
