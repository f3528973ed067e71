"""Practice-mode feedback after one answer: score, concepts covered and missed, the reference."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from ...core.bank import Bank
from ...core.errors import InterviewerError
from ...core.interview import Submission
from ...core.report import format_score
from ...core.report.explain import describe_flags, score_sum
from ...core.report.formatting import misconception_note
from ..plain import escaped, plain, reflowed
from ..type_ahead import TypeAhead, held_note
from ..widgets.app_footer import AppFooter
from ..widgets.hanging_text import HangingText
from ..widgets.score_bar import ScoreBar


def grade_details(submission: Submission, bank: Bank) -> list[tuple[str, str]]:
    """(css id, text) rows describing a graded answer, shared by feedback and report screens.
    Each css id is used once: the rows are mounted as widgets with these ids."""
    grade = submission.grade
    question = submission.question
    rows: list[tuple[str, str]] = []
    if submission.answer.skipped and question.self_rated:
        rows.append(("fb-skipped", "Skipped: it has no reference answer, so it is not scored."))
    elif submission.answer.skipped:
        rows.append(("fb-skipped", "Skipped: this question counts 0 in the session's score."))
        if grade is not None and grade.missed:
            rows.append(("fb-missed", "To study\n" + "\n".join(f"  ✗ {m}" for m in grade.missed)))
    elif grade is None:
        rows.append(("fb-missing", "This answer has not been graded."))
    else:
        if grade.matched:
            covered = "\n".join(
                f"  ✓ {m.concept}  ({'“' + ' '.join(m.evidence) + '”' if m.evidence else m.alias})"
                for m in grade.matched
            )
            rows.append(("fb-covered", f"Covered\n{covered}"))
        for css_id, heading, names in (
            ("fb-wrong", "Got wrong", grade.got_wrong),
            ("fb-missed", "Missed", grade.not_said),
        ):
            if names:
                rows.append((css_id, heading + "\n" + "\n".join(f"  ✗ {m}" for m in names)))
        # one row for every misconception: a widget id may be used once on a screen (two
        # misconceptions in one answer mounted two rows with one id and crashed the app)
        wrong_claims = []
        for found in grade.misconceptions:
            note = misconception_note(found.note, grade.feedback)
            wrong_claims.append(f"Misconception: “{found.phrase}”" + (f": {note}" if note else ""))
        if wrong_claims:
            rows.append(("fb-misconception", "\n".join(wrong_claims)))
        if grade.flags:
            rows.append(("fb-flags", f"Noted: {describe_flags(grade.flags)}"))
        if grade.feedback:
            rows.append(("fb-advice", "\n".join(f"• {line}" for line in grade.feedback)))
        why = score_sum(grade.explanation, grade.score)
        if why:
            rows.append(("fb-why", f"How the score was formed: {why}"))
    if question.has_reference:
        reference = reflowed(question.reference_answers[0])
        rows.append(("fb-reference", f"Reference answer\n{reference}"))
    return rows


class FeedbackScreen(Screen["str | None"]):
    """Shown after each answer in practice mode. Enter, Space or Escape move on (dismissing
    with None), to the next question or, after the last, to the report; `r` asks for a retry
    (dismissing with "retry"); `a` appeals the grade.

    Args:
        submission: the graded answer, or the graded retry.
        bank: the session's bank.
        number: the question's place in the session.
        first: when `submission` is a retry, the session's answer (the first try).
        last: the session's last answer (moving on opens the report).
        type_ahead: holds the typing keys of the screen's first moments (it appears unasked,
            maybe under a candidate still typing: see `tui.type_ahead`); None holds none.
    """

    BINDINGS = [
        Binding("enter,space,escape", "next", "Next question", priority=True, id="feedback.next"),
        # The same keys after the session's last answer, named for where they lead.
        Binding(
            "enter,space,escape", "finish", "See the report", priority=True, id="feedback.finish"
        ),
        Binding("r", "retry", "Retry", id="feedback.retry"),
        Binding("a", "appeal", "Disagree", id="feedback.appeal"),
    ]

    def __init__(
        self,
        submission: Submission,
        bank: Bank,
        number: int,
        first: Submission | None = None,
        *,
        last: bool = False,
        type_ahead: TypeAhead | None = None,
    ) -> None:
        super().__init__()
        self.submission = submission
        self.bank = bank
        self.number = number
        self.first = first
        self.last = last
        """The session's last answer: moving on opens the report."""
        self.type_ahead = type_ahead

    def compose(self) -> ComposeResult:
        grade = self.submission.grade
        question = self.submission.question
        title = f"Feedback on question {self.number}"
        if self.submission.answer.unanswered:
            title += " · Time's up with nothing typed: unanswered, scored 0"
        elif self.submission.answer.timed_out:
            title += " · Time's up: your answer was submitted as it was"
        if self.first is not None:
            was = self.first.grade.score if self.first.grade is not None else None
            title = f"Feedback on your retry of question {self.number} (first try: "
            title += f"{format_score(was)}, which keeps its score)"
        yield Label(title, id="feedback-title")
        yield Static("", id="feedback-held", markup=False)
        with VerticalScroll(id="feedback-body"):
            yield Static(plain(question.prompt), id="fb-prompt")
            if grade is not None and not self.submission.answer.skipped:
                yield ScoreBar(f"Score · {grade.band}", grade.score, grade.band, label_width=18)
            for css_id, text in grade_details(self.submission, self.bank):
                yield HangingText(text, id=css_id, classes="fb-row")
        yield AppFooter()

    def on_mount(self) -> None:
        # A hint or time-out toast belongs to the question, not to its feedback.
        self.app.clear_notifications()
        self.query_one("#feedback-body").focus()
        if self.type_ahead is not None and self.type_ahead.keys:  # typed while it was graded
            self.show_held()

    def show_held(self) -> None:
        """Say, under the title, that keys were held and which (see `tui.type_ahead`)."""
        if self.type_ahead is not None:
            self.query_one("#feedback-held", Static).update(held_note(self.type_ahead))
            self.add_class("-held")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "appeal":
            return self.first is None and not self.submission.answer.skipped
        if action in ("next", "finish"):
            return (action == "finish") == self.last
        return True

    def action_next(self) -> None:
        self.app.clear_notifications()
        self.dismiss(None)

    def action_finish(self) -> None:
        self.action_next()

    def action_retry(self) -> None:
        self.app.clear_notifications()
        self.dismiss("retry")

    def action_appeal(self) -> None:
        from .appeal import AppealInput, AppealScreen

        grade = self.submission.grade
        answer_id = self.submission.answer.id
        store = self.app.store  # type: ignore[attr-defined]
        try:
            earlier = store.appeals(self.submission.answer.session_id).get(answer_id)
        except InterviewerError:
            # the history cannot be read now: the dialog opens empty, and saving says why it
            # cannot be kept (this read raised out of the key and ended the app, robust67)
            earlier = None

        def save(entered: AppealInput | None) -> None:
            if entered is None:
                return
            try:
                store.save_appeal(answer_id, entered.grade, entered.note, self.app.clock)  # type: ignore[attr-defined]
            except InterviewerError as err:
                self.notify(f"Your appeal could not be saved: {escaped(err)}", severity="error")
                return
            self.notify(f"Kept: your grade {entered.grade} of 5.", title="Appeal saved")

        self.app.push_screen(
            AppealScreen(
                self.submission.question.prompt,
                grade.score if grade is not None else None,
                grade.band if grade is not None else None,
                grade=earlier.candidate_grade if earlier is not None else None,
                note=earlier.note if earlier is not None else "",
                answer_id=answer_id,
            ),
            save,
        )
