"""`AskingRun`: the part of an `InterviewRun` that asks the current question: its countdown,
pauses, and the draft kept to restore after a crash."""

from __future__ import annotations

from ..bank import Question
from ..safe_text import answer_text
from ..session import QuestionTimer, SessionPlan, time_limit_for
from .leased import LeasedRun


class AskingRun(LeasedRun):
    """Moves to the next question and keeps its clock and draft; `InterviewRun` sets the
    attributes."""

    plan: SessionPlan
    current: Question | None
    timer: QuestionTimer | None
    restored_draft: str
    _draft_text: str

    def next_question(self, *, start_clock: bool = True) -> Question | None:
        """Move to the next question and start its countdown (or, with `start_clock` False,
        leave that to `start_clock()` once the question can be answered); None when the
        session is over. A draft saved for this question (before a crash) is restored with
        its time used.
        """
        question = self.plan.next_question()
        self.current = question
        self.restored_draft = ""
        self._draft_text = ""
        if question is None:
            self.timer = None
            return None
        used = 0.0
        draft = self.store.load_draft(self.session.id)
        if draft is not None and draft.question_id == question.id:
            self.restored_draft = self._draft_text = draft.text
            used = draft.seconds_used
        self.timer = QuestionTimer(self.clock, time_limit_for(question, self.plan.config), used)
        if start_clock:
            self.timer.start()
        return question

    def start_clock(self) -> None:
        """Start the current question's countdown, if not yet started (`next_question`)."""
        if self.timer is not None:
            self.timer.start()

    def save_draft(self, text: str) -> None:
        """Keep the unsubmitted text and the time used, to restore after a crash."""
        self.checkpoint(text)

    def checkpoint(self, text: str | None = None) -> None:
        """Save the time used on the current question so far, with the draft (`text`, or the
        last text given). Call it every few seconds, typed or not, and on every way out: a
        resumed session then gives back at most the time since the last call."""
        if text is not None:
            self._draft_text = answer_text(text)
        self._check_lease()
        if self.current is not None and self.timer is not None:
            self.store.save_draft(
                self.session.id, self.current.id, self._draft_text, self.timer.elapsed()
            )

    def pause(self, text: str | None = None, *, since: float | None = None) -> None:
        """Stop the clock (a pause, a dialog) and save the time used up to now, or up to
        `since` (a monotonic time: see `QuestionTimer.pause`)."""
        if self.timer is not None and not self.timer.paused:
            self.timer.pause(since)
            self.checkpoint(text)

    @property
    def paused(self) -> bool:
        return self.timer is not None and self.timer.paused

    def take_back(self) -> None:
        """A submit that could not be saved: the answer is the candidate's again, and its clock
        runs on from the submit."""
        if self.timer is not None:
            self.timer.take_back()

    def resume_clock(self) -> None:
        """End a pause and record how long it lasted."""
        if self.timer is not None:
            pause = self.timer.resume()
            if pause > 0:
                self.store.add_paused(self.session.id, pause)
