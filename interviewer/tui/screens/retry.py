"""Another try at a question in practice mode: untimed, graded, kept beside the first answer."""

from __future__ import annotations

from dataclasses import replace

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Label, TextArea

from ...core.interview import InterviewRun, Submission
from ..plain import escaped
from ..widgets.answer_editor import AnswerEditor
from ..widgets.app_footer import AppFooter
from ..widgets.prompt_view import PromptView


class RetryScreen(Screen["Submission | None"]):
    """Dismisses with the graded retry (a copy of the first submission with the new grade and
    text), or None when the candidate goes back without retrying."""

    BINDINGS = [
        Binding("ctrl+s", "submit", "Submit retry", priority=True, id="retry.submit"),
        Binding("escape", "back", "Back", id="retry.back"),
    ]

    def __init__(self, run: InterviewRun, first: Submission, number: int) -> None:
        super().__init__()
        self.run = run
        self.first = first
        self.number = number
        self._busy = False

    def compose(self) -> ComposeResult:
        yield Label(
            f"Retry question {self.number} · untimed · the first answer keeps its score",
            id="retry-title",
        )
        with Vertical(id="question-body"):
            yield PromptView(id="prompt-box")
            yield AnswerEditor(id="answer")
        yield Label("", id="status")
        yield AppFooter()

    def on_mount(self) -> None:
        editor = self.query_one("#answer", TextArea)
        editor.border_title = "Your new answer"
        self.query_one(PromptView).show(self.first.question.prompt)
        editor.focus()

    def action_submit(self) -> None:
        self.query_one("#answer", TextArea).call_later(self._submit_typed)

    def _submit_typed(self) -> None:
        text = self.query_one("#answer", AnswerEditor).answer
        if self._busy:
            return
        if not text.strip():
            self.notify("Type your new answer first, or press Escape to go back.")
            return
        self._busy = True
        self.query_one("#answer", TextArea).read_only = True
        self.query_one("#status", Label).update("Grading…")
        self._grade(text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="retry")
    def _grade(self, text: str) -> None:
        try:
            grade = self.run.retry(self.first, text)
        except Exception as err:  # the first answer is safe; say so and let them go on
            self.app.call_from_thread(self._failed, f"{type(err).__name__}: {err}")
            return
        retried = Submission(replace(self.first.answer, answer=text), self.first.question, grade)
        self.app.call_from_thread(self.dismiss, retried)

    def _failed(self, error: str) -> None:
        self._busy = False
        self.query_one("#answer", TextArea).read_only = False
        self.query_one("#status", Label).update("")
        self.notify(
            f"The retry could not be graded ({escaped(error)}).", severity="error", timeout=15
        )

    def action_back(self) -> None:
        if not self._busy:
            self.dismiss(None)
