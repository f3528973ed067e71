"""Two sessions side by side as one self-contained, printable HTML page: the same notes and
sections (`side_by_side_text.sections`) as the Markdown and the compare screen, in tables.

A report exports Markdown, HTML and JSON; the comparison offered Markdown and JSON only, so a
reviewer who shares reports as HTML had none of the comparison (play65). Every piece of text
from a user or a bank goes through `html.escape`; the page loads nothing from anywhere (its
Content-Security-Policy forbids it) and runs no script, as the report's own page.
"""

from __future__ import annotations

from ..safe_text import neutralise_document
from .html_page import document
from .html_page import esc as _e
from .side_by_side import SideBySide
from .side_by_side_text import sections

_CSS = """
:root { --ink: #1d2330; --muted: #5d6677; --line: #dfe3ea; --paper: #ffffff; --soft: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--soft); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { font-size: 24px; margin: 0 0 12px; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 4px;
  border-bottom: 1px solid var(--line); }
ul.notes { background: var(--paper); border-left: 3px solid #c77c0e; padding: 8px 12px 8px 32px; }
table { border-collapse: collapse; width: 100%; background: var(--paper); }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.note, .empty { color: var(--muted); }
footer { color: var(--muted); font-size: 12px; margin-top: 32px; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  table { border-color: #bbb; }
  h2 { break-after: avoid; }
}
"""

FIGURE_HEADERS = frozenset({"Change"})
"""Columns right-aligned as figures (the others read as words: `62 (adequate)`, `skipped`)."""


def _cell(tag: str, header: str, text: str) -> str:
    css = " class='num'" if header in FIGURE_HEADERS else ""
    return f"<{tag}{css}>{_e(text)}</{tag}>"


def render_html(compared: SideBySide) -> str:
    """The whole page: the title, the notes, then a table per section (its empty text when it
    has no row, its note under it)."""
    one, two = compared.earlier, compared.later
    title = f"Side by side: {one.session_id[:8]} (earlier) and {two.session_id[:8]} (later)"
    body = [f"<h1>{_e(title)}</h1>"]
    if compared.notes:
        body.append(
            "<ul class='notes'>" + "".join(f"<li>{_e(n)}</li>" for n in compared.notes) + "</ul>"
        )
    for section in sections(compared):
        body.append(f"<h2>{_e(section.title)}</h2>")
        if not section.rows:
            body.append(f"<p class='empty'>{_e(section.empty)}</p>")
            continue
        head = "".join(_cell("th", h, h) for h in section.headers)
        rows = "".join(
            "<tr>"
            + "".join(_cell("td", h, c) for h, c in zip(section.headers, row, strict=True))
            + "</tr>"
            for row in section.rows
        )
        body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        if section.note:
            body.append(f"<p class='note'>{_e(section.note)}</p>")
    body.append("<footer>Compared offline by Interviewer.</footer>")
    return document(title, _CSS, body)


def to_html(compared: SideBySide) -> str:
    """The comparison as one self-contained, printable HTML page (control characters shown as
    U+FFFD)."""
    return neutralise_document(render_html(compared))
