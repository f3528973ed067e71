"""The report of a stored session: what was scored and why, what to revisit, how it compares.

`build_report` reads a session from the `Store` and returns a frozen `Report`; `to_markdown`,
`to_html` and `to_json` render it. The JSON follows the versioned schema documented in
docs/report-format.md and shipped as interviewer/schemas/report.schema.json.
"""

from __future__ import annotations

from .build import build_report
from .compare import SAME_MARGIN, ScoreTrend, score_trend, trend_text
from .explain import describe_flags, flag_label, score_formed, score_sum, signal_label
from .formatting import (
    NOT_GRADED_YET,
    NOT_RATED_YET,
    against_earlier_text,
    answers_text,
    appeal_text,
    change_label,
    format_duration,
    format_score,
    format_seconds,
    format_when,
    level_row,
    misconception_note,
    mode_label,
    next_step_line,
    report_kind,
    result_label,
    retry_lines,
    score_note,
    session_level,
    shown_score,
    summary_lines,
    unfinished_advice,
)
from .groups import levels_so_far
from .html import to_html
from .json import SCHEMA_ID, report_schema, to_dict, to_json
from .markdown import to_markdown
from .model import (
    AppealNote,
    Comparison,
    ConceptHit,
    EarlierGrade,
    GroupScore,
    Misstatement,
    NextStep,
    QuestionReport,
    Report,
    ReportError,
    RetryNote,
    ScoreLine,
    TopicChange,
)
from .next_steps import NEXT_QUESTIONS, NEXT_TOPICS
from .pending import answer_points, graded_for_report, may_settle, sessions_waiting, waits_for_grade

__all__ = [
    "unfinished_advice",
    "NOT_GRADED_YET",
    "NOT_RATED_YET",
    "graded_for_report",
    "waits_for_grade",
    "may_settle",
    "sessions_waiting",
    "NEXT_QUESTIONS",
    "NEXT_TOPICS",
    "SAME_MARGIN",
    "SCHEMA_ID",
    "AppealNote",
    "Comparison",
    "ConceptHit",
    "EarlierGrade",
    "GroupScore",
    "Misstatement",
    "NextStep",
    "QuestionReport",
    "Report",
    "ReportError",
    "RetryNote",
    "ScoreLine",
    "ScoreTrend",
    "TopicChange",
    "answer_points",
    "appeal_text",
    "build_report",
    "against_earlier_text",
    "answers_text",
    "change_label",
    "describe_flags",
    "flag_label",
    "format_duration",
    "format_score",
    "format_seconds",
    "format_when",
    "level_row",
    "misconception_note",
    "mode_label",
    "next_step_line",
    "report_kind",
    "report_schema",
    "result_label",
    "retry_lines",
    "score_note",
    "score_formed",
    "score_sum",
    "score_trend",
    "trend_text",
    "session_level",
    "levels_so_far",
    "shown_score",
    "signal_label",
    "summary_lines",
    "to_dict",
    "to_html",
    "to_json",
    "to_markdown",
]
