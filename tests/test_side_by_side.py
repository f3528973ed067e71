"""Two stored sessions side by side (core/report/side_by_side.py): its figures are the
figures of each session's own report, in a real SQLite history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from compare_helpers import stored_session
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import load_bank
from interviewer.core.report import build_report, format_score, summary_lines
from interviewer.core.report.side_by_side import gap_text, side_by_side
from interviewer.core.report.side_by_side_text import sections, to_dict, to_json, to_markdown

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


def _other_bank(tmp_path: Path):
    """A second bank sharing mini's `basics` topic and question mini-001, with a topic and
    a question of its own."""
    text = MINI.read_text("utf-8").replace("id: mini\n", "id: other\n", 1)
    text = text.replace("id: models\n    title: Models", "id: tools\n    title: Tools")
    text = text.replace("topic: models", "topic: tools").replace("mini-002", "other-002")
    path = tmp_path / "other.yaml"
    path.write_text(text, "utf-8")
    return load_bank(path)


def test_every_figure_is_the_figure_of_each_sessions_report(store, bank, clock):
    first = stored_session(store, bank, clock, [("mini-001", 95.0), ("mini-002", 30.0)])
    second = stored_session(
        store,
        bank,
        clock,
        [("mini-001", 72.4), ("mini-003", None), ("mini-002", 41.6)],
        skipped=("mini-003",),
    )
    one, two = build_report(store, first.id, bank), build_report(store, second.id, bank)

    compared = side_by_side(one, two)

    assert compared.earlier.score == one.score == pytest.approx(62.5)
    assert compared.later.score == two.score == pytest.approx(38.0)
    assert compared.change == pytest.approx(-24.5)
    for side, report in ((compared.earlier, one), (compared.later, two)):
        assert (side.answered, side.skipped, side.timed_out) == (
            report.answered,
            report.skipped,
            report.timed_out,
        )
        assert side.time_used == report.time_used
    for pair in compared.topics:
        assert pair.earlier == one.topic(pair.id).average  # type: ignore[union-attr]
        assert pair.later == two.topic(pair.id).average  # type: ignore[union-attr]
    levels_two = {g.id: g.average for g in two.levels}
    assert [p.id for p in compared.levels] == ["beginner", "intermediate", "expert"]
    assert [p.later for p in compared.levels] == [levels_two[p.id] for p in compared.levels]
    assert compared.levels[2].in_earlier is False and compared.levels[2].earlier is None
    # the skipped question counts 0 in the later average, as its report says; asked once only
    assert [(q.question_id, q.change) for q in compared.questions] == [
        ("mini-001", pytest.approx(-22.6)),
        ("mini-002", pytest.approx(11.6)),
    ]
    assert [(s.side, s.question.question_id) for s in compared.only_one] == [("later", "mini-003")]
    # the Markdown shows each score as the session's own report shows it
    text = to_markdown(compared)
    for report in (one, two):
        shown = dict(summary_lines(report))["Score"]
        assert shown.startswith(format_score(report.score))
        assert f"| {format_score(report.score)} (" in text
    # the skip counts 0 in the later score, and the row says so as the level rows do (play52)
    assert "| Score | 63 (weak overall) | 38 (weak overall; 1 skipped, as 0) | -25 |" in text
    assert "| What is a large language model? | 95 strong | 72 adequate | -23 |" in text


def test_the_earlier_session_comes_first_in_either_order(store, bank, clock):
    first = stored_session(store, bank, clock, [("mini-001", 50.0)])
    second = stored_session(store, bank, clock, [("mini-001", 80.0)])
    one, two = build_report(store, first.id, bank), build_report(store, second.id, bank)

    assert side_by_side(two, one) == side_by_side(one, two)
    assert side_by_side(two, one).earlier.session_id == first.id
    assert side_by_side(two, one).change == pytest.approx(30.0)


def test_an_unrated_session_is_said_so_never_averaged_as_zero(store, bank, clock):
    first = stored_session(store, bank, clock, [("mini-001", 80.0)])
    # saved but never graded (its bank could not grade it), and left unfinished
    second = stored_session(store, bank, clock, [("mini-001", None)], count=3, finish=False)
    compared = side_by_side(build_report(store, first.id), build_report(store, second.id))

    assert compared.later.score is None and compared.change is None
    assert compared.questions[0].change is None
    assert compared.topics[0].later is None and compared.topics[0].change is None
    notes = " ".join(compared.notes)
    assert "later session" in notes and "unfinished (1 of 3 questions done)" in notes
    assert "has no graded answer" in notes
    text = to_markdown(compared)
    assert "| Score | 80 (adequate overall) | not scored | - |" in text
    assert "| basics | 80 | not scored | - |" in text
    data = to_dict(compared)
    assert data["later"]["score"] is None and data["change"] is None


def test_a_session_closed_early_is_said_so(store, bank, clock):
    first = stored_session(store, bank, clock, [("mini-001", 80.0)], count=3)
    second = stored_session(store, bank, clock, [("mini-001", 90.0)])
    compared = side_by_side(build_report(store, first.id), build_report(store, second.id))

    assert compared.earlier.status == "closed" and compared.later.status == "finished"
    assert any("earlier session" in n and "closed early (1 of 3" in n for n in compared.notes)


def test_sessions_of_two_banks_compare_only_what_both_asked(store, bank, clock, tmp_path):
    other = _other_bank(tmp_path)
    first = stored_session(store, bank, clock, [("mini-001", 60.0), ("mini-002", 40.0)])
    second = stored_session(store, other, clock, [("mini-001", 90.0), ("other-002", 70.0)])
    compared = side_by_side(
        build_report(store, first.id, bank), build_report(store, second.id, other)
    )

    assert not compared.same_bank
    assert "Different banks (mini, other)" in compared.notes[0]
    assert compared.change is None and compared.levels == ()
    text = to_markdown(compared)
    assert "| Score | 50 (weak overall) | 80 (adequate overall) | - |" in text
    assert "Not compared: the levels of two banks hold other questions." in text
    assert [p.id for p in compared.topics] == ["basics"]
    assert [q.question_id for q in compared.questions] == ["mini-001"]
    assert {(s.side, s.question.question_id) for s in compared.only_one} == {
        ("earlier", "mini-002"),
        ("later", "other-002"),
    }


def test_one_banks_topics_asked_in_one_session_only_are_listed_as_not_asked(store, bank, clock):
    first = stored_session(store, bank, clock, [("mini-001", 60.0)])
    second = stored_session(store, bank, clock, [("mini-002", 75.0)])
    compared = side_by_side(build_report(store, first.id), build_report(store, second.id))

    rows = {row[0]: row[1:] for row in sections(compared)[1].rows}
    assert rows == {"models": ("not asked", "75", "-"), "basics": ("60", "not asked", "-")}
    assert compared.questions == ()


def test_the_json_holds_every_section(store, bank, clock):
    first = stored_session(store, bank, clock, [("mini-001", 60.0)])
    second = stored_session(store, bank, clock, [("mini-001", 70.0), ("mini-002", 20.0)])
    data = json.loads(
        to_json(side_by_side(build_report(store, first.id), build_report(store, second.id)))
    )

    assert data["schema"] == "interviewer-compare/1" and data["same_bank"] is True
    assert data["earlier"]["session_id"] == first.id and data["later"]["score"] == 45.0
    assert data["questions"][0]["change"] == 10.0
    assert data["only_one"] == [
        {
            "asked_in": "later",
            "question_id": "mini-002",
            "prompt": "What is temperature in text generation?",
            "score": 20.0,
            "result": "20 weak",
        }
    ]


@given(
    st.floats(min_value=0, max_value=100, allow_nan=False),
    st.floats(min_value=0, max_value=100, allow_nan=False),
)
def test_a_change_adds_up_with_the_scores_shown(earlier: float, later: float) -> None:
    shown = gap_text(earlier, later)
    assert int(shown) == int(format_score(later)) - int(format_score(earlier))
    assert shown == "0" or shown[0] in "+-"
