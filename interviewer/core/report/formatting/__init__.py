"""How a report's values read as text: durations, scores, labels and the summary rows that
every renderer (Markdown, HTML, the report screen) shows alike; one module per idea.

values.py   numbers and timestamps: durations, scores (never up across a band's cut-off), times
outcome.py  one question's outcome: its result, a retry, earlier grades, an appeal
topics.py   topics' and levels' averages, how skips count, changes against earlier sessions
advice.py   what to do next: next steps, going on with an unfinished session, its commands
summary.py  the summary rows (Score, Questions, Time, ... Grader) and the words they use
"""

from __future__ import annotations

from .advice import (
    command_pieces,
    next_step_line,
    unfinished_advice,
)
from .outcome import (
    NOT_GRADED_YET,
    NOT_RATED_YET,
    appeal_text,
    earlier_scores,
    misconception_note,
    result_label,
    retry_lines,
)
from .summary import (
    SESSION_BAND_WORDS,
    against_earlier_text,
    level_row,
    mode_label,
    report_kind,
    score_note,
    session_level,
    session_score_cell,
    summary_lines,
    time_counted_for,
)
from .topics import (
    SKIPPED,
    all_skipped,
    answers_text,
    before_text,
    change_label,
    group_score_text,
    skip_note,
    skipped_topics,
)
from .values import (
    BAND_CUTOFFS,
    MONTHS,
    format_duration,
    format_score,
    format_seconds,
    format_when,
    format_when_short,
    shown_score,
)

__all__ = [
    "BAND_CUTOFFS",
    "MONTHS",
    "NOT_GRADED_YET",
    "NOT_RATED_YET",
    "SESSION_BAND_WORDS",
    "SKIPPED",
    "against_earlier_text",
    "all_skipped",
    "answers_text",
    "appeal_text",
    "before_text",
    "change_label",
    "command_pieces",
    "earlier_scores",
    "format_duration",
    "format_score",
    "format_seconds",
    "format_when",
    "format_when_short",
    "group_score_text",
    "level_row",
    "misconception_note",
    "mode_label",
    "next_step_line",
    "report_kind",
    "result_label",
    "retry_lines",
    "score_note",
    "session_level",
    "session_score_cell",
    "shown_score",
    "skip_note",
    "skipped_topics",
    "summary_lines",
    "time_counted_for",
    "unfinished_advice",
]
