"""The report of one session: summary first, per-topic bars, per-question details on demand."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Collapsible, Label, Static

from ...core.errors import InterviewerError
from ...core.report import (
    SKIPPED,
    AppealNote,
    GroupScore,
    QuestionReport,
    Report,
    all_skipped,
    answers_text,
    appeal_text,
    change_label,
    describe_flags,
    format_score,
    format_seconds,
    misconception_note,
    next_step_line,
    report_kind,
    retry_lines,
    score_formed,
    summary_lines,
    to_html,
    to_json,
    to_markdown,
)
from ..exports import ExportStatus, file_stamp, write_export
from ..plain import escaped, plain, reflowed
from ..widgets.app_footer import AppFooter
from ..widgets.app_header import AppHeader
from ..widgets.hanging_text import HangingText
from ..widgets.score_bar import ScoreBar
from .report_lines import QuestionDetails, SummaryRows, question_titles

EXPORTERS = {"md": to_markdown, "html": to_html, "json": to_json}
RATE_ON_RESUME = (
    "Not rated yet: this question has no reference answer, and the program ended before you "
    "rated your answer. Resuming the session asks for your rating."
)
NO_GRADE = "This answer has no grade to disagree with."


def has_grade(q: QuestionReport) -> bool:
    """Whether the grader gave this answer a grade the candidate can disagree with (not a
    skipped, self-rated, not yet rated or not yet graded answer; play29 F7)."""
    return q.score is not None and not q.skipped and q.self_rating is None


def question_details(q: QuestionReport) -> str:
    """The text shown when a question of the report is expanded (the whole prompt first: the
    title line is cut to the screen's width)."""
    lines = [q.prompt, "", "Your answer:", q.answer.strip() or "(no answer)", ""]
    if q.self_rating is not None:
        lines.append(f"Your own rating: {q.self_rating}/5 (no reference answer; not graded)")
    elif q.rating_pending:
        lines.append(RATE_ON_RESUME)
    if q.matched:
        lines.append("Covered:")
        lines += [
            f"  ✓ {hit.concept}" + (f"  “{' '.join(hit.words)}”" if hit.words else "")
            for hit in q.matched
        ]
    if q.wrong_claims:
        lines.append("Got wrong:")
        lines += [f"  ✗ {name}" for name in q.wrong_claims]
    if q.missed:
        lines.append("Missed:")
        lines += [f"  ✗ {name}" for name in q.missed]
    for wrong in q.misconceptions:
        note = misconception_note(wrong.note, q.feedback)
        lines.append(f"Misconception: “{wrong.phrase}”" + (f": {note}" if note else ""))
    if q.flags:
        lines.append(f"Noted: {describe_flags(q.flags)}")
    lines += [f"• {line}" for line in q.feedback]
    formed = score_formed(q)
    if formed:
        lines.append(f"How the score was formed: {formed}")
    limit = f" of {format_seconds(q.time_limit)}" if q.time_limit else ""
    lines.append(f"Time: {format_seconds(q.seconds)}{limit}")
    if q.hints_used:
        lines.append(f"Hints used: {q.hints_used}")
    for retry in q.retries:
        lines += retry_lines(retry, q)
        lines += ["Your retry:", retry.answer.strip() or "(no answer)"]
    if q.appeal:
        lines.append(appeal_text(q.appeal))
    elif has_grade(q):
        lines.append("Disagree with this grade? Press a.")
    if q.reference_answer:
        lines += ["", "Reference answer:", reflowed(q.reference_answer)]
    return "\n".join(lines)


def _suffix(group: GroupScore, changes: dict[str, str]) -> str:
    suffix = f"  ×{answers_text(group):<3}"
    if changes:
        suffix += f" {changes.get(group.id, ''):<10}"
    return suffix


def _skipped_figure(_: float) -> str:
    """The figure of a topic or level whose every question was skipped (`group_score_text`)."""
    return SKIPPED


def widest_suffix(groups: tuple[GroupScore, ...], changes: dict[str, str]) -> int:
    """The longest suffix of the report's topics and levels, every bar's suffix width."""
    return max((len(_suffix(g, changes)) for g in groups), default=0)


def group_bars(
    groups: tuple[GroupScore, ...],
    width: int,
    changes: dict[str, str],
    classes: str,
    suffix_width: int,
) -> Iterator[ScoreBar]:
    """A score bar per topic or level, with its answer count and, when known, its change. Every
    suffix is padded to `suffix_width` (the longest of the report's topics and levels), so all
    bars are one length on one scale: a longer "×4 (+1 self-rated)" had drawn 65.7 shorter
    than 65.2."""
    for group in groups:
        yield ScoreBar(
            group.title,
            group.average,
            None if all_skipped(group) else group.band,  # a skip is not a `missing` answer
            label_width=width,
            suffix=_suffix(group, changes).ljust(suffix_width),
            # a group whose every question was skipped reads `skipped`, not a 0 (play50)
            figure=_skipped_figure if all_skipped(group) else format_score,
            classes=classes,
        )


class ReportScreen(Screen[None]):
    """A finished (or interrupted) session's report, with exports on a key."""

    BINDINGS = [
        Binding("m", "export('md')", "Markdown", id="report.export_md"),
        Binding("w", "export('html')", "HTML", id="report.export_html"),
        Binding("j", "export('json')", "JSON", id="report.export_json"),
        Binding("a", "appeal", "Disagree", id="report.appeal"),
        Binding("escape,q", "close", "Back", id="report.back"),
        Binding("tab", "app.focus_next", "Next", id="report.next"),
    ]

    def __init__(self, report: Report, export_dir: Path) -> None:
        super().__init__()
        self.report = report
        self.export_dir = export_dir

    def compose(self) -> ComposeResult:
        report = self.report
        yield AppHeader(show_clock=False)
        with VerticalScroll(id="report-body"):
            yield Label(plain(f"Report · {report.bank_title}"), id="report-title")
            yield SummaryRows(summary_lines(report), id="report-summary")
            groups = (*report.topics, *report.levels)
            width = min(40, max((cell_len(g.title) for g in groups), default=12))
            changes = {}
            if report.comparison is not None:
                skipped = {t.id for t in report.topics if all_skipped(t)}
                changes = {
                    t.id: change_label(t, skipped=t.id in skipped) for t in report.comparison.topics
                }
            suffix_width = widest_suffix(groups, changes)
            if report.topics:
                heading = "By topic" + ("  (change against earlier sessions)" if changes else "")
                yield Label(heading, classes="report-heading")
                yield from group_bars(report.topics, width, changes, "topic-bar", suffix_width)
            if report.levels:
                yield Label("By level", classes="report-heading")
                yield from group_bars(report.levels, width, changes, "level-bar", suffix_width)
            if report.next_steps:
                yield Label("What to do next", classes="report-heading")
                steps = "\n".join(f"• {next_step_line(s)}" for s in report.next_steps)
                yield HangingText(steps, id="report-next")
            if not report.questions:
                yield Static("No answers were recorded in this session.", id="report-empty")
            else:
                yield Label(
                    "Questions (Tab to reach them, Enter to open)", classes="report-heading"
                )
            for q, title in zip(report.questions, question_titles(report.questions), strict=True):
                with Collapsible(
                    title=escaped(title),
                    collapsed=True,
                    classes="report-question",
                    id=f"q-{q.position}",
                ):
                    yield QuestionDetails(question_details(q), classes="question-details")
        yield ExportStatus(id="report-status")
        yield AppFooter()

    def on_mount(self) -> None:
        self.sub_title = f"session {self.report.session_id[:8]}"
        self.query_one("#report-body").focus()

    def on_collapsible_expanded(self, event: Collapsible.Expanded) -> None:
        """An opened question is scrolled into view, its title at the top: at 80x24 the last
        question's details opened below the fold and nothing seemed to happen (lead55)."""
        opened = event.collapsible
        self.call_after_refresh(opened.scroll_visible, top=True, animate=False)

    def action_export(self, fmt: str) -> None:
        render = EXPORTERS[fmt]
        stamp = file_stamp(self.report.started_at)
        kind = report_kind(self.report).lower()
        path = self.export_dir / f"{kind}-{stamp}-{self.report.session_id[:8]}.{fmt}"
        write_export(
            self, path, render(self.report), self.query_one("#report-status", ExportStatus)
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "appeal":
            # a report with no grade to disagree with (no answer yet, all skipped or
            # self-rated) offers no 'Disagree': it said "Move to a question first (Tab)" on a
            # report without any question (play33)
            return any(has_grade(q) or q.appeal is not None for q in self.report.questions)
        return True

    def _focused_question(self) -> QuestionReport | None:
        node = self.focused
        while node is not None and not isinstance(node, Collapsible):
            node = node.parent  # type: ignore[assignment]
        if node is None or not (node.id or "").startswith("q-"):
            return None
        position = int((node.id or "q-0")[2:])
        return next((q for q in self.report.questions if q.position == position), None)

    def action_appeal(self) -> None:
        """Appeal the grade of the question that has the focus."""
        from .appeal import AppealInput, AppealScreen

        question = self._focused_question()
        if question is None or question.answer_id is None:
            self.notify("Move to a question first (Tab), then press a to disagree with its grade.")
            return
        if question.skipped:
            self.notify("A skipped question has no grade to disagree with.")
            return
        if not has_grade(question) and question.appeal is None:
            self.notify(NO_GRADE)
            return
        answer_id = question.answer_id

        def save(entered: AppealInput | None) -> None:
            if entered is None:
                return
            try:
                appeal = self.app.store.save_appeal(  # type: ignore[attr-defined]
                    answer_id,
                    entered.grade,
                    entered.note,
                    self.app.clock,  # type: ignore[attr-defined]
                )
            except InterviewerError as err:
                self.notify(f"Your appeal could not be saved: {escaped(err)}", severity="error")
                return
            updated = replace(
                question, appeal=AppealNote(appeal.candidate_grade, appeal.note, appeal.appealed_at)
            )
            self.report = replace(
                self.report,
                questions=tuple(
                    updated if q.position == question.position else q for q in self.report.questions
                ),
            )
            self.query_one(f"#q-{question.position} .question-details", QuestionDetails).show(
                question_details(updated)
            )
            self.notify(f"Kept: your grade {entered.grade} of 5.", title="Appeal saved")

        existing = question.appeal
        self.app.push_screen(
            AppealScreen(
                question.prompt,
                question.score,
                question.band,
                grade=existing.grade if existing else None,
                note=existing.note if existing else "",
                answer_id=answer_id,
            ),
            save,
        )

    def action_close(self) -> None:
        stack = self.app.screen_stack
        if len(stack) > 1 and type(stack[-2]).__name__ in ("HistoryScreen", "BankBrowserScreen"):
            self.app.pop_screen()
        else:
            self.app.go_home()  # type: ignore[attr-defined]
