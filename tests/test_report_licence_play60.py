"""play60: a report exported from a session of an imported public list kept no word of where
its questions came from or their licence (CC BY asks that the source be named wherever its
text is shared). The Markdown, HTML and JSON reports carry the bank's `origin` and
`licence`; a bank naming neither adds nothing."""

from __future__ import annotations

import dataclasses
import json

from test_report import check_against_schema, three_answer_session

from interviewer.core.report import build_report, report_schema, to_html, to_json, to_markdown

WHERE = "https://github.com/example/questions (commit 8a922ee5)"


def test_the_exports_name_the_source_and_its_licence(store, bank):
    attributed = dataclasses.replace(bank, origin=WHERE, licence="CC BY 4.0")
    session = three_answer_session(store, attributed)
    report = build_report(store, session.id, attributed)
    line = f"Questions from {WHERE} (licence: CC BY 4.0)"
    assert f"\n{line}.\n" in to_markdown(report)
    assert f"<p class='sub'>{line}</p>" in to_html(report)
    data = json.loads(to_json(report))
    check_against_schema(data, report_schema())
    assert (data["bank_origin"], data["bank_licence"]) == (WHERE, "CC BY 4.0")


def test_a_bank_naming_neither_adds_nothing(store, bank):
    session = three_answer_session(store, bank)
    report = build_report(store, session.id, bank)
    assert "Questions from" not in to_markdown(report) + to_html(report)
    data = json.loads(to_json(report))
    assert (data["bank_origin"], data["bank_licence"]) == ("", "")
