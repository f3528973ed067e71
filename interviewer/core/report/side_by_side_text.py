"""Two sessions side by side in words: the sections of rows that the `compare` command's
Markdown and the compare screen show alike, and the JSON of a `SideBySide`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ..markdown_inline import md_inline
from ..prompt_title import prompt_is_cut, prompt_title
from ..safe_text import json_text
from ..self_rating import rating_text
from .formatting import (
    SESSION_BAND_WORDS,
    SKIPPED,
    format_score,
    format_seconds,
    format_when,
    result_label,
    skip_note,
    time_counted_for,
)
from .side_by_side import EARLIER, ScorePair, SessionSide, SideBySide, gap_text, shown_gap

NOT_ASKED = "not asked"
NOT_SCORED = "not scored"

JSON_SCHEMA_ID = "interviewer-compare/1"


@dataclass(frozen=True)
class Section:
    """A titled table: its column headers and rows of text."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = ""
    """What to say instead of a table with no rows."""
    note: str = ""
    """What to say under the table: what a "-" under Change means (`dash_note`)."""


def session_score_text(side: SessionSide) -> str:
    """`62 (adequate)`, `54 (adequate; 1 skipped, as 0)` (the level and topic rows' words for
    skips: play51 left the Overall row without them), or `not scored` for a session with no
    graded answer (`not scored (self-rated 3.0/5)` when its answers were self-rated, the
    mean its report's Self-rated row and the history give)."""
    if side.score is None:
        if side.self_rating is not None:
            return f"{NOT_SCORED} (self-rated {rating_text(side.self_rating)}/5)"
        return NOT_SCORED
    band = SESSION_BAND_WORDS.get(side.band or "", side.band or "")
    notes = "; ".join(note for note in (band, skip_note(side.skipped_as_zero)) if note)
    return f"{format_score(side.score)} ({notes})" if notes else format_score(side.score)


def _time_text(side: SessionSide) -> str:
    text = format_seconds(side.time_used)
    if not side.time_allowed:
        return text
    return f"{text} of {format_seconds(side.time_allowed)}{time_counted_for(side)}"


def _count_gap(earlier: int, later: int) -> str:
    gap = later - earlier
    return f"{gap:+d}" if gap else "0"


def overview(compared: SideBySide) -> Section:
    """The two sessions' summaries, row by row, with the change where it means something."""
    one, two = compared.earlier, compared.later
    rows: list[tuple[str, ...]] = [
        ("Session", one.session_id[:8], two.session_id[:8], ""),
        ("Started", format_when(one.started_at), format_when(two.started_at), ""),
        ("Bank", one.bank_id, two.bank_id, ""),
        ("Mode", one.mode, two.mode, ""),
        ("Status", one.status, two.status, ""),
        (
            "Score",
            session_score_text(one),
            session_score_text(two),
            gap_text(one.score, two.score) if compared.same_bank else "-",
        ),
    ]
    for label, first, second in (
        ("Answered", one.answered, two.answered),
        ("Skipped", one.skipped, two.skipped),
        ("Timed out", one.timed_out, two.timed_out),
        ("Unanswered", one.unanswered, two.unanswered),
    ):
        if label != "Unanswered" or first or second:
            rows.append((label, str(first), str(second), _count_gap(first, second)))
    rows.append(("Planned", str(one.questions_planned), str(two.questions_planned), ""))
    rows.append(("Time", _time_text(one), _time_text(two), ""))
    return Section("Overall", ("", "Earlier", "Later", "Change"), tuple(rows))


def _average_text(pair: ScorePair, *, later: bool) -> str:
    """`54`, `27 (1 skipped, as 0)`, `skipped`, `not asked`, `not scored`: the report's own
    figure and words for a topic or level (`group_score_text`, `skip_note`)."""
    if later:
        present, average, skipped, every = (
            pair.in_later, pair.later, pair.later_skipped, pair.later_all_skipped
        )  # fmt: skip
    else:
        present, average, skipped, every = (
            pair.in_earlier, pair.earlier, pair.earlier_skipped, pair.earlier_all_skipped
        )  # fmt: skip
    if not present:
        return NOT_ASKED
    if every:
        return SKIPPED
    if average is None:
        return NOT_SCORED
    note = skip_note(skipped)
    return f"{format_score(average)} ({note})" if note else format_score(average)


def _pair_row(pair: ScorePair) -> tuple[str, ...]:
    change = pair.change
    return (
        pair.title,
        _average_text(pair, later=False),
        _average_text(pair, later=True),
        NO_CHANGE if change is None else gap_text(pair.earlier, pair.later),
    )


NO_CHANGE = "-"


def question_names(questions: list[tuple[str, str]]) -> list[str]:
    """The questions of a table, as (id, prompt) pairs, as its rows name them: a prompt, or
    its first line and "…" when more lines follow (a code question's code and choices, which
    ran into the row, play62); a name two rows share gets its question's id, `What's the
    output? … (lydia-003)`, as imported lists ask "What's the output?" of many blocks."""
    names = [f"{prompt_title(p)} …" if prompt_is_cut(p) else p for _, p in questions]
    shared = {name for name in names if names.count(name) > 1}
    return [
        f"{name} ({qid})" if name in shared else name
        for name, (qid, _) in zip(names, questions, strict=True)
    ]


_DASH_REASONS = ((SKIPPED, "skipped"), (NOT_ASKED, "not asked"), (NOT_SCORED, "not scored"))


def dash_note(rows: tuple[tuple[str, ...], ...]) -> str:
    """What a "-" under Change means, said once under the table when a row shows one (play62:
    a topic skipped in one session and scored in the other showed "-" with no word why). The
    reasons are those its rows show, in this order: `skipped` (a skip counts 0 in the
    averages, but it is not a score), `not asked`, `not scored` (or a question self-rated, not
    graded yet): `"-": not asked or not scored in one session, so no change is shown.`
    `sections` says a note once: under the first table that shows it."""
    dashed = [row for row in rows if row[-1] == NO_CHANGE]
    if not dashed:
        return ""
    cells = [cell for row in dashed for cell in row[1:-1]]
    reasons = [word for label, word in _DASH_REASONS if any(c.startswith(label) for c in cells)]
    if not reasons or any("not graded" in c or "not rated" in c for c in cells):
        reasons.append("not graded")
    said = " or ".join(dict.fromkeys(reasons))
    note = f'"{NO_CHANGE}": {said} in one session, so no change is shown'
    if "skipped" in reasons:
        note += " (a skip is not a score)"
    return note + "."


def sections(compared: SideBySide) -> list[Section]:
    """Every section, in reading order: overall, by topic, by level, the questions asked in
    both, the questions asked in one only."""
    topic_empty = (
        "No topic was asked in both sessions."
        if not compared.same_bank
        else "Neither session has an answer."
    )
    both_names = question_names([(q.question_id, q.prompt) for q in compared.questions])
    one_names = question_names(
        [(sole.question.question_id, sole.question.prompt) for sole in compared.only_one]
    )
    listed = [
        overview(compared),
        Section(
            "By topic",
            ("Topic", "Earlier", "Later", "Change"),
            tuple(_pair_row(p) for p in compared.topics),
            topic_empty,
        ),
        Section(
            "By level",
            ("Level", "Earlier", "Later", "Change"),
            tuple(_pair_row(p) for p in compared.levels),
            "Neither session has an answer."
            if compared.same_bank
            else "Not compared: the levels of two banks hold other questions.",
        ),
        Section(
            "Questions asked in both",
            ("Question", "Earlier", "Later", "Change"),
            tuple(
                (
                    name,
                    result_label(q.earlier),
                    result_label(q.later),
                    NO_CHANGE if q.change is None else gap_text(q.earlier.score, q.later.score),
                )
                for q, name in zip(compared.questions, both_names, strict=True)
            ),
            "No question was asked in both sessions.",
        ),
        Section(
            "Asked in one session only",
            ("Question", "Asked in", "Result"),
            tuple(
                (
                    name,
                    "earlier" if sole.side == EARLIER else "later",
                    result_label(sole.question),
                )
                for sole, name in zip(compared.only_one, one_names, strict=True)
            ),
            "None: both sessions asked the same questions.",
        ),
    ]
    said: set[str] = set()
    for index, section in enumerate(listed[1:], start=1):
        note = dash_note(section.rows)
        if note and note not in said:
            said.add(note)
            listed[index] = dataclasses.replace(section, note=note)
    return listed


def to_markdown(compared: SideBySide) -> str:
    """The comparison as Markdown: the notes, then a table per section."""
    one, two = compared.earlier, compared.later
    lines = [
        f"# Side by side: {one.session_id[:8]} (earlier) and {two.session_id[:8]} (later)",
        "",
    ]
    lines += [f"> {md_inline(note)}" for note in compared.notes]
    if compared.notes:
        lines.append("")
    for section in sections(compared):
        lines += [f"## {section.title}", ""]
        if not section.rows:
            lines += [section.empty, ""]
            continue
        lines.append("| " + " | ".join(md_inline(h) for h in section.headers) + " |")
        lines.append("|" + "|".join("---" for _ in section.headers) + "|")
        lines += ["| " + " | ".join(md_inline(c) for c in row) + " |" for row in section.rows]
        lines.append("")
        if section.note:
            lines += [md_inline(section.note), ""]
    return "\n".join(lines)


def _side_dict(side: SessionSide) -> dict[str, Any]:
    return {
        "session_id": side.session_id,
        "bank_id": side.bank_id,
        "bank_title": side.bank_title,
        "mode": side.mode,
        "started_at": side.started_at.isoformat(),
        "status": side.status,
        "score": side.score,
        "band": side.band,
        "answered": side.answered,
        "skipped": side.skipped,
        "timed_out": side.timed_out,
        "unanswered": side.unanswered,
        "questions_planned": side.questions_planned,
        "time_used": side.time_used,
        "time_allowed": side.time_allowed,
        "questions_reached": side.questions_reached,
        "self_rating": None if side.self_rating is None else float(rating_text(side.self_rating)),
    }


def _pair_dict(pair: ScorePair) -> dict[str, Any]:
    return {
        "id": pair.id,
        "title": pair.title,
        "earlier": pair.earlier if pair.in_earlier else None,
        "later": pair.later if pair.in_later else None,
        "asked_in_earlier": pair.in_earlier,
        "asked_in_later": pair.in_later,
        "earlier_skipped": pair.earlier_skipped if pair.in_earlier else None,
        "later_skipped": pair.later_skipped if pair.in_later else None,
        "change": pair.change,
        "shown_change": shown_gap(pair.earlier, pair.later) if pair.change is not None else None,
    }


def to_dict(compared: SideBySide) -> dict[str, Any]:
    """The comparison as JSON-able data; a score is null where there is none (never 0)."""
    return {
        "schema": JSON_SCHEMA_ID,
        "same_bank": compared.same_bank,
        "notes": list(compared.notes),
        "earlier": _side_dict(compared.earlier),
        "later": _side_dict(compared.later),
        "change": compared.change,
        "shown_change": (
            shown_gap(compared.earlier.score, compared.later.score) if compared.same_bank else None
        ),
        "topics": [_pair_dict(p) for p in compared.topics],
        "levels": [_pair_dict(p) for p in compared.levels],
        "questions": [
            {
                "question_id": q.question_id,
                "prompt": q.prompt,
                "topic": q.topic_title,
                "level": q.level,
                "earlier": q.earlier.score,
                "later": q.later.score,
                "earlier_result": result_label(q.earlier),
                "later_result": result_label(q.later),
                "change": q.change,
                "shown_change": (
                    shown_gap(q.earlier.score, q.later.score) if q.change is not None else None
                ),
            }
            for q in compared.questions
        ],
        "only_one": [
            {
                "asked_in": sole.side,
                "question_id": sole.question.question_id,
                "prompt": sole.question.prompt,
                "score": sole.question.score,
                "result": result_label(sole.question),
            }
            for sole in compared.only_one
        ],
    }


def to_json(compared: SideBySide) -> str:
    """The comparison as JSON text."""
    return json_text(to_dict(compared), indent=2) + "\n"
