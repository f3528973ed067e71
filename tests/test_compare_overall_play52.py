"""Compare's Overall `Score` row says how skips count (play51 left it): the level and topic
rows said `25 (1 skipped, as 0)` while the session score beside them, with the same skip
counted 0, had no note. The screen and the Markdown show the same words; the JSON keeps the
numbers (`skipped`)."""

from __future__ import annotations

from compare_helpers import expert_skipped_later

from interviewer.core.report import build_report, score_note
from interviewer.core.report.side_by_side import side_by_side
from interviewer.core.report.side_by_side_text import sections, to_dict, to_markdown


def test_the_overall_score_row_says_the_skip_counts_as_0(store, bank, clock):
    first, second = expert_skipped_later(store, bank, clock)
    earlier, later = build_report(store, first.id, bank), build_report(store, second.id, bank)
    assert score_note(later) == "the 1 skipped question counts as 0"  # the report's own words
    compared = side_by_side(earlier, later)

    rows = {row[0]: row for row in sections(compared)[0].rows}
    _, before, after, change = rows["Score"]
    assert "skipped" not in before
    assert after.startswith("43 (") and after.endswith("; 1 skipped, as 0)")
    assert change == "-33"
    assert f"| Score | {before} | {after} | -33 |" in to_markdown(compared)
    data = to_dict(compared)
    assert (data["later"]["score"], data["later"]["skipped"]) == (later.score, 1)
