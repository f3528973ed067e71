"""The HTML report's chart: one horizontal SVG bar per topic, coloured by its band, with the
pass and strong cutoffs marked. Drawn inline (the page loads nothing); every title is escaped."""

from __future__ import annotations

from html import escape

from ..grading import PASS_CUTOFF, STRONG_CUTOFF
from .formatting import group_score_text
from .model import GroupScore

_BAND_COLOURS = {
    "strong": "#1f8a4c",
    "adequate": "#2f6fbf",
    "weak": "#c77c0e",
    "missing": "#c0392b",
}


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def topic_chart(topics: tuple[GroupScore, ...]) -> str:
    """A horizontal SVG bar per topic (0-100), with the pass and strong cutoffs marked."""
    label_w, bar_w, value_w, row_h, top = 300, 420, 44, 28, 22
    width = label_w + bar_w + value_w
    height = top + row_h * len(topics) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="Average score per topic">',
        "<title>Average score per topic</title>",
    ]
    for mark, name in ((PASS_CUTOFF, "pass"), (STRONG_CUTOFF, "strong")):
        x = label_w + bar_w * mark / 100
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 4}" '
            'stroke="#9aa3b2" stroke-dasharray="3 3"/>'
            f'<text x="{x:.1f}" y="{top - 10}" font-size="11" fill="#5d6677" '
            f'text-anchor="middle">{name} {mark:.0f}</text>'
        )
    for index, topic in enumerate(topics):
        y = top + index * row_h
        average = topic.average or 0.0
        colour = _BAND_COLOURS.get(topic.band or "", "#9aa3b2")
        parts.append(
            f'<text x="{label_w - 10}" y="{y + row_h / 2 + 4:.1f}" font-size="13" '
            f'fill="#1d2330" text-anchor="end"><title>{escape(topic.title)}</title>'
            f"{escape(_shorten(topic.title, 38))}</text>"
            f'<rect x="{label_w}" y="{y + 5}" width="{bar_w}" height="{row_h - 10}" '
            'fill="#eef1f5" rx="3"/>'
            f'<rect x="{label_w}" y="{y + 5}" width="{bar_w * average / 100:.1f}" '
            f'height="{row_h - 10}" fill="{colour}" rx="3"/>'
            f'<text x="{label_w + bar_w + 8}" y="{y + row_h / 2 + 4:.1f}" font-size="13" '
            f'font-weight="600" fill="#1d2330">{group_score_text(topic)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
