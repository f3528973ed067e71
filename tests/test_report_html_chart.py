"""The HTML report's SVG chart (report/html_chart.py), moved out of html.py at stop 50
(code61): the page's assembly and its drawing are two ideas."""

from __future__ import annotations

from interviewer.core.grading import PASS_CUTOFF, STRONG_CUTOFF
from interviewer.core.report import html, html_chart
from interviewer.core.report.html_chart import topic_chart
from interviewer.core.report.model import GroupScore


def test_one_bar_per_topic_coloured_by_band_with_both_cutoffs_marked():
    svg = topic_chart(
        (
            GroupScore("rag", "Retrieval", 50.0, "adequate", 2),
            GroupScore("ft", "Fine-tuning", None, None, 1, skipped=1),
        )
    )
    assert svg.startswith("<svg ") and svg.endswith("</svg>")
    assert svg.count('fill="#eef1f5"') == 2  # each topic's track
    assert 'width="210.0" height="18" fill="#2f6fbf"' in svg  # half of the 420-wide bar
    assert 'width="0.0" height="18" fill="#9aa3b2"' in svg  # not graded: no bar, grey
    assert f"pass {PASS_CUTOFF:.0f}</text>" in svg and f"strong {STRONG_CUTOFF:.0f}</text>" in svg


def test_a_topic_title_is_escaped_and_a_long_one_shortened():
    title = 'Tokens <script>alert("x")</script> and a title far too long to fit beside its bar'
    svg = topic_chart((GroupScore("t", title, 80.0, "strong", 1),))
    assert "<script>" not in svg and "&lt;script&gt;alert(&quot;x&quot;)" in svg
    assert "…</text>" in svg


def test_the_page_draws_with_the_chart_module():
    assert html.topic_chart is html_chart.topic_chart
