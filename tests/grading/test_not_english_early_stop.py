"""not_english.looks_not_english stops counting English letters once they reach the share
(lead64: the detector was 11% of a grade's time, every word of every answer checked). The
result must be the one the first version (keyterms64) gives, which counted every run: that
version is kept here as the reference and compared on generated and on mixed-script text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import not_english as ne
from interviewer.core.grading.english_words import english_words
from interviewer.core.grading.mashing import mashed_spelling
from interviewer.core.grading.text import STOP_WORDS

_RUNS = re.compile(r"[^\W\d_]+")


def _latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def _english(run: str) -> bool:
    if not all(_latin(c) for c in run):
        return False
    if any(c.isupper() for c in run[1:]):
        return True
    word = run.lower()
    return word in STOP_WORDS or word in english_words()


def reference(text: str) -> bool:
    """keyterms64's looks_not_english, as first merged: every run counted."""
    runs = _RUNS.findall(unicodedata.normalize("NFKC", text))
    letters = sum(len(r) for r in runs)
    if letters < ne.NOT_ENGLISH_MIN_LETTERS:
        return False
    english = sum(len(r) for r in runs if _english(r))
    if english >= ne.ENGLISH_SHARE_MIN * letters:
        return False
    latin_runs = [r for r in runs if all(_latin(c) for c in r)]
    latin = sum(len(r) for r in latin_runs)
    if latin * 2 < letters:
        return True
    mashed = sum(1 for r in latin_runs if mashed_spelling(r.lower()))
    return len(latin_runs) >= ne.NOT_ENGLISH_MIN_RUNS and mashed * 2 < len(latin_runs)


WORDS = [
    "the",
    "index",
    "speeds",
    "up",
    "reads",
    "インデックス",
    "検索",
    "Индекс",
    "поиск",
    "índice",
    "acelera",
    "las",
    "búsquedas",
    "TLS",
    "getId",
    "asdf",
    "qwer",
    "Ｈａｓｈ",
    "ｔａｂｌｅ",
    "ƻ",
    "ǅemal",
    "der",
    "Schlüssel",
    "est",
    "un",
    "arbre",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([" ", ", ", ". ", "\n"]))
def test_same_result_on_mixed_words(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert ne.looks_not_english(text) == reference(text)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200))
def test_same_result_on_any_text(text: str) -> None:
    assert ne.looks_not_english(text) == reference(text)


def test_an_english_answer_stops_within_its_first_quarter(monkeypatch) -> None:
    seen: list[str] = []
    first = ne._english

    def counting(run: str) -> bool:
        seen.append(run)
        return first(run)

    monkeypatch.setattr(ne, "_english", counting)
    answer = "The index is a B-tree over the key column. " * 20
    assert not ne.looks_not_english(answer)
    # 200 runs of letters; the share (20% of the letters) is reached within the first quarter
    assert len(seen) <= 50, len(seen)
