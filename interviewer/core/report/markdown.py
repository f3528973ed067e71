"""The report as Markdown that reads well as plain text and renders on a code host."""

from __future__ import annotations

import re

from ..attribution import attribution_line
from ..markdown_inline import md_escaped, md_inline
from ..safe_text import neutralise_document
from .explain import describe_flags, score_formed
from .formatting import (
    SKIPPED,
    answers_text,
    appeal_text,
    before_text,
    change_label,
    command_pieces,
    earlier_scores,
    format_score,
    format_seconds,
    group_score_text,
    misconception_note,
    report_kind,
    result_label,
    retry_lines,
    skipped_topics,
    summary_lines,
)
from .model import Report


def _md_cell(text: str, command: str) -> str:
    """A summary value for a table cell: prose as `md_inline` makes it, and each command of the
    program (`command_pieces`) as a code span that keeps it verbatim, the spaces of a
    `--data-dir` path included, where `md_inline` had joined them and escaped its backticks."""
    cell = "".join(
        code_span(piece) if is_command else md_escaped(re.sub(r"\s+", " ", piece))
        for piece, is_command in command_pieces(str(text), command)
    )
    return cell.strip()


def code_span(text: str) -> str:
    """`text` as a code span in a table cell: fenced by more backticks than any run inside,
    padded when it starts or ends with one, `|` escaped (a table cell ends at a bare one,
    inside code too); a line break, which a one-line cell cannot hold, becomes a space."""
    text = re.sub(r"\r\n|[\r\n]", " ", text).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_block(text: str) -> list[str]:
    """Text kept word for word and line for line in a fence longer than any run of backticks
    inside it: a candidate's answer reads as they typed it, its indented code and nested lists
    included. A long line stays one line (play47: wrapping it at 88 columns split a pasted
    line in two and dropped the indentation of its second part)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}text", *text.splitlines(), fence]


def _bar(score: float | None, width: int = 20) -> str:
    if score is None:
        return "·" * width
    filled = round(score / 100 * width)
    return "█" * filled + "░" * (width - filled)


def to_markdown(report: Report) -> str:
    """The report as Markdown that reads well as plain text and renders on a code host."""
    unfinished = "" if report.finished else " (unfinished)"
    out = [f"# {report_kind(report)} report: {md_inline(report.bank_title)}{unfinished}", ""]
    out += [f"Session `{report.session_id}`, bank `{report.bank_id}` v{report.bank_version}.", ""]
    if report.bank_origin or report.bank_licence:
        credit = attribution_line(report.bank_origin, report.bank_licence)
        out += [f"{md_inline(credit)}.", ""]
    out += ["| Summary | |", "| --- | --- |"]
    out += [
        f"| {label} | {_md_cell(value, report.command)} |" for label, value in summary_lines(report)
    ]
    out.append("")
    if report.topics:
        out += ["## Topics", "", "| Topic | Average | | Answers |", "| --- | ---: | --- | ---: |"]
        for t in report.topics:
            out.append(
                f"| {md_inline(t.title)} | {group_score_text(t)} | `{_bar(t.average)}` "
                f"| {answers_text(t)} |"
            )
        out.append("")
        names = {t.id: t.title for t in report.topics}
        if report.strongest_topics:
            out.append(
                "- Strongest: " + ", ".join(md_inline(names[i]) for i in report.strongest_topics)
            )
        if report.weakest_topics:
            out.append(
                "- Weakest: " + ", ".join(md_inline(names[i]) for i in report.weakest_topics)
            )
        if report.strongest_topics or report.weakest_topics:
            out.append("")
    if report.levels:
        out += ["## Levels", "", "| Level | Average | Answers |", "| --- | ---: | ---: |"]
        out += [f"| {t.title} | {group_score_text(t)} | {answers_text(t)} |" for t in report.levels]
        out.append("")
    out += ["## What to do next", ""]
    if report.next_steps:
        for step in report.next_steps:
            label = "Topic" if step.kind == "topic" else f"Question `{step.id}`"
            out.append(f"- **{label}: {md_inline(step.title)}**  \n  {md_inline(step.reason)}")
    elif report.questions:
        out.append("Nothing stands out: every answer held up. Try an adaptive session.")
    else:
        out.append("No answers were recorded in this session.")
    out.append("")
    if report.comparison is not None and report.comparison.topics:
        out += ["## Compared with earlier sessions", ""]
        out += ["| Topic | Before | Now | Change |", "| --- | ---: | ---: | --- |"]
        gone = skipped_topics(report)
        for c in report.comparison.topics:
            now = SKIPPED if c.id in gone else format_score(c.current)
            out.append(
                f"| {md_inline(c.title)} | {before_text(c)} | {now} "
                f"| {change_label(c, skipped=c.id in gone)} |"
            )
        out.append("")
    if report.questions:
        out += ["## Questions", ""]
    for q in report.questions:
        # a question over several lines (the code it asks about): its first line heads it
        # and the rest follows line for line, where one heading ran the code together (play61)
        first, _, rest = q.prompt.strip().partition("\n")
        out += [f"### {q.position}. {md_inline(first)}", ""]
        if rest.strip():
            out += [*md_block(rest), ""]
        detail = f"`{q.question_id}` · {md_inline(q.topic_title)} · {q.level} · "
        detail += f"**{result_label(q)}** · "
        limit = f" of {format_seconds(q.time_limit)}" if q.time_limit else ""
        detail += f"{format_seconds(q.seconds)}{limit}"
        if q.flags:
            detail += " · noted: " + md_inline(describe_flags(q.flags))
        if q.answer.strip():
            out += [detail, "", "Your answer:", "", *md_block(q.answer), ""]
        else:
            out += [detail, "", "Your answer: *(none)*", ""]
        if q.matched:
            covered = "; ".join(
                f"{md_inline(h.concept)} (“{md_inline(' '.join(h.words))}”)" for h in q.matched
            )
            out.append(f"- Covered: {covered}")
        if q.wrong_claims:
            out.append("- Got wrong: " + ", ".join(md_inline(m) for m in q.wrong_claims))
        if q.missed:
            out.append("- Missed: " + ", ".join(md_inline(m) for m in q.missed))
        for m in q.misconceptions:
            note = misconception_note(m.note, q.feedback)
            out.append(
                f"- Misconception: “{md_inline(m.phrase)}”"
                + (f": {md_inline(note)}" if note else "")
            )
        out += [f"- {md_inline(note)}" for note in q.feedback]
        formed = score_formed(q)
        if formed:
            out.append(f"- How the score was formed: {md_inline(formed)}")
        if q.earlier_grades:
            out.append(f"- Earlier scores: {earlier_scores(q)}")
        if q.hints_used:
            out.append(f"- Hints used: {q.hints_used}")
        for retry in q.retries:
            out += [f"- {md_inline(line)}" for line in retry_lines(retry, q)]
            if retry.answer.strip():
                out += [
                    "",
                    "  Your retry:",
                    "",
                    *(f"  {line}" for line in md_block(retry.answer)),
                    "",
                ]
        if q.appeal is not None:
            out.append(f"- {md_inline(appeal_text(q.appeal))}")
        extras = q.earlier_grades or q.hints_used or q.retries or q.appeal
        if (
            q.matched
            or q.missed
            or q.wrong_claims
            or q.misconceptions
            or q.feedback
            or formed
            or extras
        ):
            out.append("")
        if q.reference_answer:
            out += ["Reference answer:", "", f"> {md_inline(q.reference_answer)}", ""]
    return neutralise_document("\n".join(out).rstrip("\n") + "\n")
