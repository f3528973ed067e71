"""A skipped question is shown as skipped, not as a 0 the candidate earned (play50 left it):
`0 ×1` in the report's level rows, `-77` in compare. A skip still counts 0 in every mean (the
score, each topic, each level); every screen and export shows the same figures and says so."""

from __future__ import annotations

import json
from html import unescape
from pathlib import Path

from compare_helpers import expert_skipped_later, stored_session
from textual.widgets import Label

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.report import (
    build_report,
    change_label,
    to_dict,
    to_html,
    to_markdown,
)
from interviewer.core.report.side_by_side import side_by_side
from interviewer.core.report.side_by_side_text import sections
from interviewer.core.report.side_by_side_text import to_dict as compare_dict
from interviewer.core.report.side_by_side_text import to_markdown as compare_markdown
from interviewer.core.store import Store


def _sessions(store, bank, clock):
    """Earlier: every question answered (expert 77); later: the expert question skipped."""
    first, second = expert_skipped_later(store, bank, clock)
    return build_report(store, first.id, bank), build_report(store, second.id, bank)


def test_a_level_of_skips_reads_skipped_in_every_export_and_the_mean_still_counts_it(
    store, bank, clock
):
    from interviewer.core.report import group_score_text

    _, later = _sessions(store, bank, clock)
    expert = next(g for g in later.levels if g.id == "expert")
    models = next(g for g in later.topics if g.id == "models")
    assert expert.average == 0.0 and group_score_text(expert) == "skipped"
    assert models.average == 25.0 and group_score_text(models) == "25"

    md = to_markdown(later)
    assert "| Expert | skipped | 1 (as 0) |" in md
    assert "| Expert | 0 |" not in md
    assert "| 2 (1 skipped, as 0) |" in md
    html = unescape(to_html(later))
    assert "<td>Expert</td><td class='num'>skipped</td>" in html
    assert '<span class="band skipped">skipped</span>' in html  # not the "missing" pill
    assert "2 (1 skipped, as 0)" in html
    data = to_dict(later)  # the JSON keeps the numbers: the 0 the skip counts as
    level = next(g for g in data["levels"] if g["id"] == "expert")
    assert (level["average"], level["skipped"], level["count"]) == (0.0, 1, 1)


def test_a_topic_of_skips_is_neither_strongest_nor_weakest(store, bank, clock):
    clock.advance(3600)
    session = stored_session(
        store, bank, clock, [("mini-001", 40.0), ("mini-003", 0.0)], skipped=("mini-003",)
    )
    report = build_report(store, session.id, bank)
    # models (a skip only) is not "weakest": basics is the one topic with an earned score
    assert "models" not in report.weakest_topics and "models" not in report.strongest_topics


def test_compare_shows_a_skipped_level_as_skipped_with_no_change(store, bank, clock):
    earlier, later = _sessions(store, bank, clock)
    compared = side_by_side(earlier, later)
    levels = {row[0]: row for row in sections(compared)[2].rows}
    assert levels["Expert"] == ("Expert", "77", "skipped", "-")  # was "0" and "-77"
    topics = {row[0]: row for row in sections(compared)[1].rows}
    # the mixed topic keeps its mean (the skip as 0, as the report) and says so
    assert topics["Models"][1:] == ("69", "25 (1 skipped, as 0)", "-44")
    assert "| Expert | 77 | skipped | - |" in compare_markdown(compared)
    # the question skipped: its result reads skipped, and no change (was -77)
    [question] = [row for row in sections(compared)[3].rows if row[2] == "skipped"]
    assert question[1] == "77 adequate" and question[3] == "-"
    data = compare_dict(compared)
    expert = next(p for p in data["levels"] if p["id"] == "expert")
    assert (expert["later"], expert["later_skipped"], expert["change"]) == (0.0, 1, None)
    assert expert["shown_change"] is None and expert["earlier_skipped"] == 0
    asked = next(q for q in data["questions"] if q["question_id"] == "mini-003")
    assert (asked["later"], asked["change"], asked["shown_change"]) == (0.0, None, None)
    json.dumps(data)


def test_the_report_change_against_earlier_says_skipped_not_a_drop_or_a_rise(store, bank, clock):
    # earlier: models skipped entirely; then: models answered; last: models skipped again
    stored_session(
        store, bank, clock, [("mini-001", 80.0), ("mini-003", 0.0)], skipped=("mini-003",)
    )
    answered = stored_session(store, bank, clock, [("mini-001", 80.0), ("mini-003", 70.0)])
    report = build_report(store, answered.id, bank)
    assert report.comparison is not None
    models = next(c for c in report.comparison.topics if c.id == "models")
    assert models.previous == 0.0 and models.previous_skipped
    assert change_label(models) == "was skipped"  # was "up 70"
    assert "| Models | skipped | 70 | was skipped |" in to_markdown(report)
    assert "was skipped" in to_html(report)
    assert to_dict(report)["comparison"]["topics"][1]["previous_skipped"] is True


async def test_the_report_screen_level_row_reads_skipped_not_zero(
    store, bank, clock, tmp_path: Path
) -> None:
    from interviewer.tui.app import InterviewApp
    from interviewer.tui.screens.report import ReportScreen
    from interviewer.tui.widgets.score_bar import ScoreBar

    _, later = _sessions(store, bank, clock)
    app = InterviewApp(
        catalog=Catalog(None), store=Store.open(":memory:"), clock=FakeClock(), export_dir=tmp_path
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(ReportScreen(later, tmp_path))
        await pilot.pause()
        bars = {str(bar.label): bar for bar in app.screen.query(ScoreBar).results()}
        rows = {label: str(bar.render()) for label, bar in bars.items()}
        # drawn in the text colour, not the red of a `missing` answer
        assert bars["Expert"].has_class("-band-none") and bars["Beginner"].has_class(
            "-band-adequate"
        )
        assert app.screen.query(Label)
    expert = rows["Expert"]
    assert "skipped" in expert and "×1 (as 0)" in expert, expert
    assert not expert.rstrip().endswith(" 0  ×1"), expert
    assert "×2 (1 skipped, as 0)" in rows["Models"], rows["Models"]
