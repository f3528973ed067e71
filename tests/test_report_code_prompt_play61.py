"""play61: a question over several lines (a code question imported with its code) was one
run-on heading in the Markdown and HTML reports ("### 1. What does this print? for i in
range(2): print(i)"): the code lost its lines and indentation. Its first line heads the
question and the rest follows line for line (a fence in Markdown, a <pre> in HTML)."""

from __future__ import annotations

import dataclasses

from compare_helpers import stored_session

from interviewer.core.report import build_report
from interviewer.core.report.html import to_html
from interviewer.core.report.markdown import to_markdown


def _with_code_prompt(report):  # noqa: ANN001, ANN202
    first = dataclasses.replace(
        report.questions[0], prompt="What does this print?\nfor i in range(2):\n    print(i)"
    )
    return dataclasses.replace(report, questions=[first, *report.questions[1:]])


def test_markdown_and_html_keep_a_code_question_s_lines(store, bank, clock) -> None:  # noqa: ANN001
    ids = [q.id for q in bank.questions[:2]]
    session = stored_session(store, bank, clock, [(ids[0], 40.0), (ids[1], 55.0)])
    report = _with_code_prompt(build_report(store, session.id, bank))
    markdown = to_markdown(report).splitlines()
    at = markdown.index("### 1. What does this print?")
    assert markdown[at + 2 : at + 6] == ["```text", "for i in range(2):", "    print(i)", "```"]
    html = to_html(report)
    assert "<h3>1. What does this print?</h3>" in html
    assert "<pre class='prompt-code'>for i in range(2):\n    print(i)</pre>" in html
