"""Every score line's terms add up to the score it shows, in every mode (report/explain.py
`score_sum`, star67): a rubric grade ("base +55; concepts +20; ... = 73"), a story ("STAR parts
+71 (...) = 71"), a story keyed as instructions ("STAR parts +31; answer key +36 = 67"), a
multiple-choice grade, and reference mode's words ("starts at 42 (...); raised by ...; lowered
by ... = 47"), which could miss its total by one (star66 fixed the others)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.result import REFERENCE_BASE, ScorePart
from interviewer.core.report.explain import in_words, score_sum
from interviewer.core.report.formatting import format_score

TENTHS = st.integers(min_value=-400, max_value=400).map(lambda n: n / 10)
"""Points as the graders give them, to a tenth."""
RUBRIC_SIGNALS = ("coverage", "essential", "similarity", "length", "keyword_list", "off_topic")
REFERENCE_SIGNALS = ("similarity", "coverage", "precision", "length", "negation", "too_short")
DETAILS = {
    "coverage": "3 of 6 concepts",
    "length": "22 words on the subject; full credit at 40",
    "keyword_list": "capped at 30",
    "STAR coverage": "5 of 6 parts (weighted 5.5/6.5); 65 words, full credit from 90",
    "choice": "Choice D is right",
    "answer key": "reference mode's score against the key",
}


def _terms_add_up(line: str) -> bool:
    """Whether a `score_sum` line's signed terms add up to the number after its last "=" (a
    line that says the score was kept within 0-100 is not a sum, and says so)."""
    if "kept within 0-100" in line:
        return True
    left, shown = line.rsplit(" = ", 1)
    left = re.sub(r" \([^()]*\)", "", left)
    return sum(int(term) for term in re.findall(r"(?<= )[+-]\d+", left)) == int(shown)


def _words_add_up(line: str) -> bool:
    """Whether an `in_words` line's start, plus what raised it, less what lowered it, is the
    number after its last "="."""
    if "kept within 0-100" in line:
        return True
    left, shown = line.rsplit(" = ", 1)
    total = 0
    for piece in re.sub(r" \([^()]*\)", "", left).split("; "):
        sign = -1 if piece.startswith("lowered by ") else 1
        total += sign * sum(int(n) for n in re.findall(r"(\d+)(?=,|$)", piece))
    return total == int(shown)


def _score(parts: list[ScorePart]) -> float:
    return round(sum(p.points for p in parts), 1)


def _part(signal: str, points: float) -> ScorePart:
    return ScorePart(signal, 0.5, points, DETAILS.get(signal, ""))


@st.composite
def rubric_parts(draw: st.DrawFn) -> list[ScorePart]:
    base = draw(st.integers(min_value=0, max_value=700)) / 10
    signals = draw(st.lists(st.sampled_from(RUBRIC_SIGNALS), unique=True, max_size=5))
    return [_part("base", base)] + [_part(s, draw(TENTHS)) for s in signals]


@st.composite
def reference_parts(draw: st.DrawFn) -> list[ScorePart]:
    base = draw(st.integers(min_value=0, max_value=700)) / 10
    signals = draw(st.lists(st.sampled_from(REFERENCE_SIGNALS), unique=True, max_size=6))
    return [ScorePart("base", 1.0, base, REFERENCE_BASE)] + [
        _part(s, draw(TENTHS)) for s in signals
    ]


@st.composite
def story_parts(draw: st.DrawFn) -> list[ScorePart]:
    star = draw(st.integers(min_value=0, max_value=1000)) / 10
    parts = [_part("STAR coverage", star)]
    if draw(st.booleans()):
        parts.append(_part("answer key", draw(st.integers(min_value=1, max_value=600)) / 10))
    return parts


@st.composite
def choice_parts(draw: st.DrawFn) -> list[ScorePart]:
    return [_part("choice", draw(st.integers(min_value=0, max_value=1000)) / 10)]


@settings(max_examples=400, deadline=None)
@given(st.one_of(rubric_parts(), story_parts(), choice_parts()))
def test_a_score_line_adds_up_to_the_score_it_shows(parts: list[ScorePart]) -> None:
    score = _score(parts)
    line = score_sum(parts, score)
    assert not line or line.endswith(f" = {format_score(score)}")
    assert not line or _terms_add_up(line), line


@settings(max_examples=400, deadline=None)
@given(reference_parts())
def test_reference_mode_s_words_add_up_to_the_score_it_shows(parts: list[ScorePart]) -> None:
    score = _score(parts)
    line = score_sum(parts, score)
    assert not line or line == in_words(parts, score)
    assert not line or line.endswith(f" = {format_score(score)}")
    assert not line or _words_add_up(line), line


def test_reference_mode_s_halves_add_up() -> None:
    """42.5 + 16.5 - 11.5 = 47.5, shown 48: the terms were 42, 16 and 12 (adding to 46)."""
    parts = [
        ScorePart("base", 1.0, 42.5, REFERENCE_BASE),
        _part("similarity", 16.5),
        _part("length", -11.5),
    ]
    line = in_words(parts, 47.5)
    assert line.endswith(" = 48") and _words_add_up(line), line


def test_reference_mode_s_small_parts_are_not_lost() -> None:
    """Three parts of 0.4 each raise a 40.0 start to 41.2, shown 41: each was left out."""
    parts = [
        ScorePart("base", 1.0, 40.0, REFERENCE_BASE),
        _part("similarity", 0.4),
        _part("coverage", 0.4),
        _part("precision", 0.4),
    ]
    line = in_words(parts, 41.2)
    assert line.endswith(" = 41") and _words_add_up(line), line
