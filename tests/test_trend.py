"""History trend: bars on the 0-100 scale, not from the lowest score shown to the highest."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.tui.widgets.trend import BARS, trend_rows


def test_a_one_point_dip_looks_like_one() -> None:
    top, bottom = trend_rows([73, 72], width=40, height=2)
    assert top == "▄▄▄▄ ▄▄▄▄" and bottom == "████ ████"  # was a full bar then an empty one


def test_bars_are_the_score_out_of_100_oldest_first() -> None:
    top, bottom = trend_rows([0, 50, 100], width=8, height=2)
    assert bottom == "   ██ ██" and top == "      ██"  # 0 draws nothing, 50 one row of two


def test_more_sessions_than_columns_show_the_latest_without_gaps() -> None:
    # 0, 5, ..., 100: the last ten are 55 to 100, in eighths of one row
    assert trend_rows(list(range(0, 101, 5)), width=10, height=1) == ["▄▅▅▆▆▆▇▇██"]


@given(
    st.lists(st.floats(min_value=-5, max_value=105, allow_nan=False), max_size=60),
    st.integers(min_value=0, max_value=50),
    st.integers(min_value=0, max_value=4),
)
def test_any_scores_fit_the_box(scores: list[float], width: int, height: int) -> None:
    rows = trend_rows(scores, width, height)
    assert len(rows) == height
    assert all(len(row) <= width and set(row) <= set(BARS) for row in rows)
