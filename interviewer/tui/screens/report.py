"""The report of one session: summary first, per-topic bars, per-question details on demand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Collapsible, Footer, Header, Label, Static

from ...core.report import (
    GroupScore,
    Report,
    change_label,
    format_score,
    format_seconds,
    summary_lines,
    to_html,
    to_json,
    to_markdown,
)
from ..plain import escaped, plain
from ..widgets.score_bar import ScoreBar
from .feedback import describe_flags

EXPORTERS = {"md": to_markdown, "html": to_html, "json": to_json}


def question_details(q) -> str:  # noqa: ANN001 - a report.QuestionReport
    """The text shown when a question of the report is expanded."""
    lines = ["Your answer:", q.answer.strip() or "(no answer)", ""]
    if q.self_rating is not None:
        lines.append(f"Your own rating: {q.self_rating}/5 (no reference answer; not graded)")
    if q.matched:
        lines.append("Covered:")
        lines += [
            f"  ✓ {hit.concept}" + (f"  “{' '.join(hit.words)}”" if hit.words else "")
            for hit in q.matched
        ]
    if q.missed:
        lines.append("Missed:")
        lines += [f"  ✗ {name}" for name in q.missed]
    for wrong in q.misconceptions:
        lines.append(f"Misconception: {wrong.note}")
    if q.flags:
        lines.append(f"Noted: {describe_flags(q.flags)}")
    lines += [f"• {line}" for line in q.feedback]
    limit = f" of {format_seconds(q.time_limit)}" if q.time_limit else ""
    lines.append(f"Time: {format_seconds(q.seconds)}{limit}")
    if q.reference_answer:
        lines += ["", "Reference answer:", q.reference_answer]
    return "\n".join(lines)


def _bars(
    groups: tuple[GroupScore, ...], width: int, changes: dict[str, str], classes: str
) -> Iterator[ScoreBar]:
    """A score bar per topic or level, with its answer count and, when known, its change."""
    for group in groups:
        suffix = f"  ×{group.count:<3}"
        if changes:
            suffix += f" {changes.get(group.id, ''):<10}"
        yield ScoreBar(
            group.title,
            group.average or 0.0,
            group.band,
            label_width=width,
            suffix=suffix,
            classes=classes,
        )


class ReportScreen(Screen[None]):
    """A finished (or interrupted) session's report, with exports on a key."""

    BINDINGS = [
        Binding("m", "export('md')", "Markdown", id="report.export_md"),
        Binding("w", "export('html')", "HTML", id="report.export_html"),
        Binding("j", "export('json')", "JSON", id="report.export_json"),
        Binding("escape,q", "close", "Back", id="report.back"),
    ]

    def __init__(self, report: Report, export_dir: Path) -> None:
        super().__init__()
        self.report = report
        self.export_dir = export_dir

    def compose(self) -> ComposeResult:
        report = self.report
        yield Header(show_clock=False)
        with VerticalScroll(id="report-body"):
            yield Label(plain(f"Report · {report.bank_title}"), id="report-title")
            summary = "\n".join(f"{label:<16}{value}" for label, value in summary_lines(report))
            yield Static(plain(summary), id="report-summary")
            width = min(40, max((len(t.title) for t in report.topics), default=12))
            changes = {}
            if report.comparison is not None:
                changes = {
                    t.id: change_label(t.change, t.direction) for t in report.comparison.topics
                }
            if report.topics:
                heading = "By topic" + ("  (change against earlier sessions)" if changes else "")
                yield Label(heading, classes="report-heading")
                yield from _bars(report.topics, width, changes, "topic-bar")
            if report.levels:
                yield Label("By level", classes="report-heading")
                yield from _bars(report.levels, width, changes, "level-bar")
            if report.next_steps:
                yield Label("What to do next", classes="report-heading")
                steps = "\n".join(f"• {s.title}: {s.reason}" for s in report.next_steps)
                yield Static(plain(steps), id="report-next")
            if not report.questions:
                yield Static("No answers were recorded in this session.", id="report-empty")
            else:
                yield Label("Questions (Enter to open)", classes="report-heading")
            for q in report.questions:
                score = "-" if q.skipped else format_score(q.score)
                band = q.band or "not graded"
                timed_out = "timed out " if q.timed_out else ""
                title = f"{q.position}. {score:>3} {band:<9} {timed_out}{q.prompt}"
                if q.self_rating is not None:
                    title = f"{q.position}. {q.self_rating}/5 self-rated {q.prompt}"
                with Collapsible(title=escaped(title), collapsed=True, classes="report-question"):
                    yield Static(plain(question_details(q)), classes="question-details")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"session {self.report.session_id[:8]}"
        self.query_one("#report-body").focus()

    def action_export(self, fmt: str) -> None:
        render = EXPORTERS[fmt]
        stamp = self.report.started_at.astimezone().strftime("%Y%m%d-%H%M")
        path = self.export_dir / f"interview-{stamp}-{self.report.session_id[:8]}.{fmt}"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(self.report), encoding="utf-8")
        except OSError as err:
            self.notify(escaped(f"Could not write {path}: {err.strerror or err}"), severity="error")
            return
        self.notify(escaped(f"Wrote {path}"), title="Exported", timeout=10)

    def action_close(self) -> None:
        stack = self.app.screen_stack
        if len(stack) > 1 and type(stack[-2]).__name__ == "HistoryScreen":
            self.app.pop_screen()
        else:
            self.app.go_home()  # type: ignore[attr-defined]
