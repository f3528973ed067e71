"""Running one interview: the plan, the countdown, the store and the grader together, headless.

The TUI drives an `InterviewRun`; so can a script or a test. Every submitted answer is committed
to the store before `submit` returns, and grading (the only slow step) is a separate call that a
caller may run on a worker thread.

run.py       InterviewRun: starting, resuming, submitting, grading, finishing
asking.py    AskingRun, its base: the current question, its countdown, pauses and draft
leased.py    LeasedRun, the base of that: claiming and checking the session's lease
answers.py   Submission, a skipped question's grade, a grade stored, answers graded afterwards
(which program has a session open, `SessionLease`, is the store's: store/lease.py)
"""

from ..store.lease import LeaseHolder, SessionLease, SessionOpenElsewhere, SessionTakenOver
from .answers import SKIPPED_FLAG, Submission, grade_ungraded, skipped_grade, store_grade
from .run import GraderFactory, InterviewRun

__all__ = [
    "SKIPPED_FLAG",
    "GraderFactory",
    "InterviewRun",
    "LeaseHolder",
    "SessionLease",
    "SessionOpenElsewhere",
    "SessionTakenOver",
    "Submission",
    "grade_ungraded",
    "skipped_grade",
    "store_grade",
]
