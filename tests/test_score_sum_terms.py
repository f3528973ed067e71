"""A score line's terms add up to the score it shows (report/explain.py `whole_terms`, star66):
"STAR parts +70 (...) = 71" was shown for a story of 70.5."""

from __future__ import annotations

import pytest

from interviewer.core.grading.result import ScorePart
from interviewer.core.report.explain import score_sum, whole_terms

DETAIL = "5 of 6 parts (weighted 5.5/6.5); 65 words, full credit from 90"


@pytest.mark.parametrize(
    ("score", "line"),
    [
        (70.5, "STAR parts +71 (5 of 6 parts; 65 words: full credit from 90) = 71"),
        (30.5, "STAR parts +31 (5 of 6 parts; 65 words: full credit from 90) = 31"),
        (29.9, "STAR parts +29 (5 of 6 parts; 65 words: full credit from 90) = 29"),
        (69.6, "STAR parts +69 (5 of 6 parts; 65 words: full credit from 90) = 69"),
    ],
)
def test_a_story_s_one_term_is_the_score_shown(score: float, line: str) -> None:
    assert score_sum([ScorePart("STAR coverage", score / 100, score, DETAIL)], score) == line


def test_what_rounding_leaves_goes_to_the_term_rounding_moved_most() -> None:
    assert whole_terms([55.0, 20.6, -2.4], 73) == [55, 20, -2]  # 55 + 21 - 2 was shown "= 73"
    assert whole_terms([40.4, 30.3], 71) == [41, 30]
    assert whole_terms([55.0, 19.4, -3.4], 71) == [55, 19, -3]
    assert whole_terms([], 0) == []
