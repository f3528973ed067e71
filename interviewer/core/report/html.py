"""The HTML export of a report: one self-contained, printable page with an inline SVG chart.

Every piece of text from a user or a bank goes through `html.escape`; the page loads nothing
from anywhere (its Content-Security-Policy forbids it) and runs no script.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..attribution import attribution_line
from ..safe_text import neutralise_document
from .explain import describe_flags, score_formed
from .formatting import (
    NOT_GRADED_YET,
    NOT_RATED_YET,
    SESSION_BAND_WORDS,
    SKIPPED,
    all_skipped,
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
    retry_lines,
    score_note,
    skipped_topics,
    summary_lines,
)
from .html_chart import topic_chart
from .html_page import document
from .html_page import esc as _e
from .json import SCHEMA_ID
from .model import GroupScore, QuestionReport, Report

_CSS = """
:root { --ink: #1d2330; --muted: #5d6677; --line: #dfe3ea; --paper: #ffffff; --soft: #f5f7fa;
  --strong: #1f8a4c; --adequate: #2f6fbf; --weak: #c77c0e; --missing: #c0392b; --none: #9aa3b2; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--soft); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 4px;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 6px; }
.sub { color: var(--muted); margin: 0 0 20px; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 12px 14px; }
.card .label { color: var(--muted); font-size: 12px; text-transform: uppercase;
  letter-spacing: .04em; }
.card .value { font-size: 17px; font-weight: 600; }
.card.score .value { font-size: 30px; line-height: 1.2; }
.card.score small { font-size: 14px; color: var(--muted); font-weight: 400; }
.card.score .band { vertical-align: middle; }
table { border-collapse: collapse; width: 100%; background: var(--paper); }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.chart { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 12px; }
.chart svg { width: 100%; height: auto; display: block; }
.band { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-size: 12px;
  font-weight: 600; background: var(--none); }
.band.strong { background: var(--strong); } .band.adequate { background: var(--adequate); }
.band.weak { background: var(--weak); } .band.missing, .band.skipped,
.band.unanswered { background: var(--missing); }
.better { color: var(--strong); } .worse { color: var(--missing); }
ul.next { padding-left: 20px; } ul.next li { margin-bottom: 6px; }
.question { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 14px 16px; margin-bottom: 14px; break-inside: avoid; }
.appeal { border-left: 3px solid var(--weak); padding-left: 8px; margin: 8px 0; }
.meta { color: var(--muted); font-size: 13px; margin-bottom: 8px; }
code.command { white-space: pre-wrap; overflow-wrap: anywhere; }
.prompt-code { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 .5em; }
.answer { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft);
  border-left: 3px solid var(--line); padding: 8px 12px; margin: 4px 0 10px; }
.answer.empty { color: var(--muted); font-style: italic; }
.reference { border-left: 3px solid var(--adequate); padding: 4px 12px; margin: 8px 0 0;
  color: var(--muted); }
.concepts, .feedback { margin: 0 0 6px; }
.concepts { display: flex; align-items: baseline; }
.concepts .label { flex: 0 0 108px; }
.label { display: inline-block; min-width: 108px; color: var(--muted); font-size: 12px;
  text-transform: uppercase; letter-spacing: .04em; }
.chip { display: inline-block; margin: 0 6px 4px 0; padding: 1px 8px; border-radius: 10px;
  font-size: 13px; border: 1px solid var(--line); }
.chip.hit { color: var(--strong); border-color: #b9dcc7; background: #f1f9f4; }
.chip.miss { color: var(--missing); border-color: #efc2bd; background: #fdf3f2; }
.words { color: var(--muted); font-style: italic; }
.feedback ul { margin: 2px 0 0; padding-left: 20px; }
footer { color: var(--muted); font-size: 12px; margin-top: 32px; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .card, .chart, .question, table { border-color: #bbb; }
  .answer, .chip { background: #fff !important; }
  h2 { break-after: avoid; }
  .band { color: #000; background: none !important; border: 1px solid #000; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _credit(report: Report) -> list[str]:
    """The line naming where the bank's questions came from and their licence, if it says."""
    credit = attribution_line(report.bank_origin, report.bank_licence)
    return [f"<p class='sub'>{_e(credit)}</p>"] if credit else []


def _cell(text: str, command: str) -> str:
    """A summary value: escaped prose, and each command of the program (`command_pieces`)
    as code whose spaces show as typed (a browser would join the two of `/tmp/my  data`)."""
    return "".join(
        f"<code class='command'>{_e(piece)}</code>" if is_command else _e(piece)
        for piece, is_command in command_pieces(text, command)
    )


SELF_RATED_ONLY = "self-rated, not scored"
"""The pill of a session, topic or level whose answers were all rated by the candidate (no
reference answer): they are never graded, so not "not graded yet" (play65: the HTML export
alone said so, of a session the screen and Markdown showed as "-")."""


def _band(
    band: str | None, words: Mapping[str, str] | None = None, *, self_rated: bool = False
) -> str:
    """A band's pill, named by `words` when given (a session's: `mostly missing`);
    `self_rated`: no band because every answer was self-rated (SELF_RATED_ONLY)."""
    if band is None:
        label = SELF_RATED_ONLY if self_rated else NOT_GRADED_YET
        return f'<span class="band not-graded">{label}</span>'
    return f'<span class="band {_e(band)}">{_e((words or {}).get(band, band))}</span>'


def _self_rated(group: GroupScore) -> bool:
    """Whether every answer of `group` that counts was rated by the candidate."""
    return group.self_rated > 0 and group.averaged == 0


def _score_table(rows: tuple[GroupScore, ...], first: str) -> str:
    body = "".join(
        f"<tr><td>{_e(r.title)}</td><td class='num'>{group_score_text(r)}</td>"
        f"<td>{_band(SKIPPED if all_skipped(r) else r.band, self_rated=_self_rated(r))}</td>"
        f"<td class='num'>{_e(answers_text(r))}</td></tr>"
        for r in rows
    )
    return (
        f"<table><thead><tr><th>{first}</th><th class='num'>Average</th><th>Band</th>"
        f"<th class='num'>Answers</th></tr></thead><tbody>{body}</tbody></table>"
    )


def _labelled(label: str, content: str) -> str:
    return (
        f"<div class='concepts'><span class='label'>{label}</span>"
        f"<span class='chips'>{content}</span></div>"
    )


def _question(q: QuestionReport) -> str:
    limit = f" of {format_seconds(q.time_limit)}" if q.time_limit else ""
    meta = [
        f"<code>{_e(q.question_id)}</code>",
        _e(q.topic_title),
        _e(q.level),
        f"{format_seconds(q.seconds)}{limit}",
    ]
    if q.flags:
        meta.append("noted: " + _e(describe_flags(q.flags)))
    first, _, rest = q.prompt.strip().partition("\n")
    out = [
        f"<section class='question' id='q{q.position}'>",
        f"<h3>{q.position}. {_e(first)}</h3>",
        # the rest of a question over several lines (its code), line for line (play61)
        f"<pre class='prompt-code'>{_e(rest)}</pre>" if rest.strip() else "",
        (
            "<div class='meta'><strong>skipped</strong> · "
            if q.skipped
            else f"<div class='meta'><strong>self-rated {q.self_rating}/5</strong> (not graded) · "
            if q.self_rating is not None
            else f"<div class='meta'><strong>{NOT_RATED_YET}</strong> · "
            if q.rating_pending
            else f"<div class='meta'><strong>{format_score(q.score)}</strong> {_band(q.band)} · "
        )
        + " · ".join(meta)
        + "</div>",
        f"<div class='answer'>{_e(q.answer)}</div>"
        if q.answer.strip()
        else "<div class='answer empty'>(no answer)</div>",
    ]
    rows = []
    if q.matched:
        chips = "".join(
            f"<span class='chip hit'>✓ {_e(h.concept)} "
            f"<span class='words'>“{_e(' '.join(h.words))}”</span></span>"
            for h in q.matched
        )
        rows.append(_labelled("Covered", chips))
    if q.wrong_claims:
        chips = "".join(f"<span class='chip miss'>✗ {_e(name)}</span>" for name in q.wrong_claims)
        rows.append(_labelled("Got wrong", chips))
    if q.missed:
        chips = "".join(f"<span class='chip miss'>✗ {_e(name)}</span>" for name in q.missed)
        rows.append(_labelled("Missed", chips))
    for m in q.misconceptions:
        note = misconception_note(m.note, q.feedback)
        chip = f"<span class='chip miss'>“{_e(m.phrase)}”</span>"
        rows.append(_labelled("Misconception", chip + (f" {_e(note)}" if note else "")))
    out += rows
    if q.feedback:
        notes = "".join(f"<li>{_e(note)}</li>" for note in q.feedback)
        out.append(
            f"<div class='feedback'><span class='label'>Feedback</span><ul>{notes}</ul></div>"
        )
    formed = score_formed(q)
    if formed:
        out.append(f"<p class='meta'>How the score was formed: {_e(formed)}</p>")
    if q.earlier_grades:
        out.append(f"<p class='meta'>Earlier scores: {_e(earlier_scores(q))}</p>")
    if q.hints_used:
        out.append(f"<p class='meta'>Hints used: {q.hints_used}</p>")
    for retry in q.retries:
        out += [f"<p class='meta'>{_e(line)}</p>" for line in retry_lines(retry, q)]
        if retry.answer.strip():
            out.append(f"<div class='answer retry'>{_e(retry.answer)}</div>")
    if q.appeal is not None:
        out.append(f"<p class='appeal'>{_e(appeal_text(q.appeal))}</p>")
    if q.reference_answer:
        out.append(
            f"<p class='reference'><strong>Reference answer.</strong> {_e(q.reference_answer)}</p>"
        )
    out.append("</section>")
    return "\n".join(out)


def _all_self_rated(report: Report) -> bool:
    """Whether the session's answers are all self-rated (or skipped): it has no score to
    come."""
    questions = report.questions
    rated = [q for q in questions if not q.skipped]
    return bool(rated) and all(q.self_rating is not None for q in rated)


def render_html(report: Report) -> str:
    """The whole page."""
    summary = summary_lines(report)
    skipped_note = score_note(report)
    score_card = (
        "<div class='card score'><div class='label'>Score</div><div class='value'>"
        f"{format_score(report.score)} <small>/ 100</small> "
        f"{_band(report.band, SESSION_BAND_WORDS, self_rated=_all_self_rated(report))}</div>"
        + (f"<div class='label'>{_e(skipped_note)}</div>" if skipped_note else "")
        + "</div>"
    )
    cards = score_card + "".join(
        f"<div class='card'><div class='label'>{_e(label)}</div>"
        f"<div class='value'>{_cell(value, report.command)}</div></div>"
        for label, value in summary[1:5]
    )
    details = "".join(
        f"<tr><th>{_e(label)}</th><td>{_cell(value, report.command)}</td></tr>"
        for label, value in summary[5:]
    )
    body = [
        f"<h1>{report_kind(report)} report: {_e(report.bank_title)}"
        f"{'' if report.finished else ' (unfinished)'}</h1>",
        f"<p class='sub'>Session <code>{_e(report.session_id)}</code> · bank "
        f"<code>{_e(report.bank_id)}</code> v{_e(report.bank_version)}</p>",
        *_credit(report),
        f"<div class='cards'>{cards}</div>",
        f"<table style='margin-top:12px'><tbody>{details}</tbody></table>",
    ]
    if report.topics:
        names = {t.id: t.title for t in report.topics}
        extremes = []
        if report.strongest_topics:
            extremes.append(
                "Strongest: " + ", ".join(_e(names[i]) for i in report.strongest_topics)
            )
        if report.weakest_topics:
            extremes.append("Weakest: " + ", ".join(_e(names[i]) for i in report.weakest_topics))
        body += [
            "<h2>Topics</h2>",
            f"<div class='chart'>{topic_chart(report.topics)}</div>",
            f"<p>{' · '.join(extremes)}</p>" if extremes else "",
            _score_table(report.topics, "Topic"),
        ]
    if report.levels:
        body += ["<h2>Levels</h2>", _score_table(report.levels, "Level")]
    body.append("<h2>What to do next</h2>")
    if report.next_steps:
        steps = "".join(
            f"<li><strong>{'Topic' if s.kind == 'topic' else 'Question'}: {_e(s.title)}</strong>"
            f"{f' <code>{_e(s.id)}</code>' if s.kind == 'question' else ''}<br>{_e(s.reason)}</li>"
            for s in report.next_steps
        )
        body.append(f"<ul class='next'>{steps}</ul>")
    elif report.questions:
        body.append("<p>Nothing stands out: every answer held up. Try an adaptive session.</p>")
    else:
        body.append("<p>No answers were recorded in this session.</p>")
    if report.comparison is not None and report.comparison.topics:
        gone = skipped_topics(report)
        rows = "".join(
            f"<tr><td>{_e(c.title)}</td><td class='num'>{before_text(c)}</td>"
            f"<td class='num'>{SKIPPED if c.id in gone else format_score(c.current)}</td>"
            f"<td class='{_e(c.direction)}'>{_e(change_label(c, skipped=c.id in gone))}</td></tr>"
            for c in report.comparison.topics
        )
        body += [
            "<h2>Compared with earlier sessions</h2>",
            "<table><thead><tr><th>Topic</th><th class='num'>Before</th>"
            f"<th class='num'>Now</th><th>Change</th></tr></thead><tbody>{rows}</tbody></table>",
        ]
    if report.questions:
        body.append("<h2>Questions</h2>")
        body += [_question(q) for q in report.questions]
    body.append(
        f"<footer>Graded offline by Interviewer (grader "
        f"{_e(', '.join(report.grader_versions) or '-')}). "
        f"Report format {SCHEMA_ID}.</footer>"
    )
    title = f"{report_kind(report)} report: {report.bank_title} ({report.session_id[:8]})"
    return document(title, _CSS, body, images=True)


def to_html(report: Report) -> str:
    """The report as one self-contained, printable HTML page (control characters shown as
    U+FFFD)."""
    return neutralise_document(render_html(report))
