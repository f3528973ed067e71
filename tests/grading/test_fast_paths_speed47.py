"""The fast paths of speed47 tell what the plain reading tells: where a repeated answer's
first saying ends (`repetition.first_saying`, which gives up when the opening words never come
again) and whether an answer only admits not knowing (`admits_not_knowing`, which stops at the
first piece that is no admission). Each is checked against the plain reading, kept here, on
development answers and on generated texts."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.not_known import _BETWEEN, _PIECE, admits_not_knowing
from interviewer.core.grading.repetition import REPEATED_MIN_WORDS, first_saying

DATA = Path(__file__).resolve().parent.parent / "data"
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _rows() -> list[dict]:
    rows = yaml.safe_load((DATA / "devset.yaml").read_text(encoding="utf-8"))["answers"]
    return [row for row in rows if row["split"] in ("train", "dev")]


def _plain_first_saying(answer: str) -> int | None:
    """`first_saying` read in full, by another route: the shortest period of the words (or of
    all but the last, which may be cut short) tried one length at a time."""
    spans = [m.span() for m in _WORD.finditer(answer)]
    words = [answer[start:end].lower() for start, end in spans]
    n = len(words)
    for said in (n, n - 1):
        if said < 1:
            continue
        period = next(p for p in range(1, said + 1) if words[p:said] == words[: said - p])
        if (
            2 * period <= said
            and said - period >= REPEATED_MIN_WORDS
            and words[n - 1 - period].startswith(words[-1])
        ):
            return spans[period - 1][1]
    return None


def test_first_saying_agrees_with_the_full_reading_on_development_answers() -> None:
    repeated = 0
    for row in _rows():
        text = row["answer"]
        words = text.split()
        for said in (
            text,
            f"{text} {text}",
            f"{text}\n{text.upper()} {text[: len(text) // 3]}",
            " ".join(words[:5] * 3),
            " ".join(words[:4] * 2 + words[:2]),
            " ".join(words[:3] * 2),
        ):
            found = first_saying(said)
            assert found == _plain_first_saying(said), said
            repeated += found is not None
    assert repeated > 300  # repeated answers were found, not only None


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["the", "The", "model", "İstanbul", "don’t", "ﬁne", "a", "it's", "ß"]),
        max_size=12,
    ),
    times=st.integers(min_value=1, max_value=3),
    cut=st.integers(min_value=0, max_value=4),
    glue=st.sampled_from([" ", ", ", ". ", "\n", " - "]),
)
def test_first_saying_agrees_with_the_full_reading(
    words: list[str], times: int, cut: int, glue: str
) -> None:
    said = glue.join(words * times)
    said = said[: len(said) - cut] if cut < len(said) else said
    assert first_saying(said) == _plain_first_saying(said)


def _plain_admits_not_knowing(answer: str) -> bool:
    """`admits_not_knowing` with every piece split off first (the code before speed47)."""
    said = answer.lower().replace("\u2019", "'").strip(' \t\r\n.,;:!?()"-')
    if not said:
        return False
    pieces = [" ".join(p.split()) for p in _BETWEEN.split(said)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(_PIECE.fullmatch(p) for p in pieces)


_ADMISSIONS = [
    "no idea", "I don't know", "sorry", "not sure", "pass", "idk", "and", "but so", "maybe",
    "energy", ",", ".", "...", "-", "(", ")", "!", "  ", "\n", "I can't remember it", "dunno",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(_ADMISSIONS), max_size=8))
def test_admits_not_knowing_agrees_with_every_piece_read(pieces: list[str]) -> None:
    said = " ".join(pieces)
    assert admits_not_knowing(said) == _plain_admits_not_knowing(said)


def test_admits_not_knowing_agrees_on_development_answers() -> None:
    admitted = 0
    for row in _rows():
        for said in (row["answer"], f"No idea. {row['answer']}", "Sorry, no idea, dunno."):
            assert admits_not_knowing(said) == _plain_admits_not_knowing(said), said
            admitted += admits_not_knowing(said)
    assert admitted > 0
