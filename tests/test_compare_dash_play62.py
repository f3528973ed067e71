"""play62: compare's By topic table showed "-" under Change for a topic skipped in one session
and scored in the other, and for one asked in one session only, with no word of what "-"
means. A line under the table says it, naming the reasons its rows show; a table with no "-"
has no such line."""

from __future__ import annotations

from compare_helpers import expert_skipped_later, stored_session

from interviewer.core.report import build_report
from interviewer.core.report.side_by_side import side_by_side
from interviewer.core.report.side_by_side_text import dash_note, sections, to_markdown

SKIP_NOTE = '"-": skipped in one session, so no change is shown (a skip is not a score).'


def test_a_topic_skipped_in_one_session_says_what_its_dash_means(store, bank, clock):  # noqa: ANN001
    first = stored_session(store, bank, clock, [("mini-001", 90.0), ("mini-002", 60.0)])
    second = stored_session(
        store, bank, clock, [("mini-001", 0.0), ("mini-002", 70.0)], skipped=("mini-001",)
    )
    compared = side_by_side(
        build_report(store, first.id, bank), build_report(store, second.id, bank)
    )
    by = {section.title: section for section in sections(compared)}
    topics = {row[0]: row for row in by["By topic"].rows}
    assert topics["Basics"][2:] == ("skipped", "-")
    assert by["By topic"].note == SKIP_NOTE
    # said once: the questions' table below shows the same "-" and no second line
    assert by["Questions asked in both"].rows[0][-1] == "-"
    assert by["Questions asked in both"].note == ""
    assert sections(compared)[0].note == ""  # the overall rows have no such dash
    lines = to_markdown(compared).splitlines()
    at = lines.index("## By topic")
    assert lines[at + 5 : at + 8] == ["| Basics | 90 | skipped | - |", "", SKIP_NOTE]


def test_no_dash_no_line(store, bank, clock):  # noqa: ANN001
    first, second = expert_skipped_later(store, bank, clock)
    compared = side_by_side(
        build_report(store, first.id, bank), build_report(store, second.id, bank)
    )
    by = {section.title: section for section in sections(compared)}
    assert by["By topic"].note == ""  # "25 (1 skipped, as 0)" against 68: a change is shown


def test_the_reasons_are_those_the_rows_show() -> None:
    rows = (("RAG", "not asked", "54", "-"), ("Agents", "60", "not scored", "-"))
    assert dash_note(rows) == '"-": not asked or not scored in one session, so no change is shown.'
    assert dash_note((("RAG", "40", "54", "+14"),)) == ""


def test_questions_sharing_a_name_get_their_ids() -> None:
    from interviewer.core.report.side_by_side_text import question_names

    names = question_names(
        [("js-1", "What's the output?\nlet a = 1;"), ("js-2", "What's the output?\n+true;"),
         ("js-3", "What is a closure?")]
    )  # fmt: skip
    assert names == [
        "What's the output? … (js-1)",
        "What's the output? … (js-2)",
        "What is a closure?",
    ]
