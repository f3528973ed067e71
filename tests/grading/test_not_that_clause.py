"""A "not that" opening a clause denies what was promised or said of it, a verb left unsaid
("the cache promises fresh pages, but not that they hold the right prices"), not what the
clause names; "not that" before a noun is a determiner and still denies it ("does not use that
index"). Found on a correct paraphrase of genai-158 (correct_probes37) read as denying the
schema's "fields and types"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def _denied(text: str, word: str) -> bool:
    s = Structure.of(Text.of(text))
    return s.denied(s.text.words.index(word))


@pytest.mark.parametrize(
    "text",
    [
        "The cache promises fresh pages, but not that it has the right prices.",
        "A checksum shows the file arrived whole, not that the contents are correct.",
        "Sorting guarantees order but not that it has duplicate rows removed.",
    ],
)
def test_not_that_opening_a_clause_denies_no_concept(text: str) -> None:
    word = next(w for w in ("right", "contents", "duplicate") if w in text.lower())
    assert not _denied(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The planner does not use that index.", "index"),
        ("The cache does not hold the right prices.", "right"),
        ("Sorting does not remove duplicate rows.", "duplicate"),
    ],
)
def test_plain_denials_and_that_as_a_determiner_still_deny(text: str, word: str) -> None:
    assert _denied(text, word)


@settings(max_examples=200, deadline=None)
@given(
    subject=st.sampled_from(["it", "they", "the output", "its result", "this"]),
    verb=st.sampled_from(["has", "gets", "needs"]),
    noun=st.sampled_from(["fields", "labels", "indexes", "weights"]),
)
def test_a_clause_after_not_that_is_never_denied(subject: str, verb: str, noun: str) -> None:
    clause = f"The tool promises valid files, but not that {subject} {verb} the right {noun}."
    plain = f"The tool does not {verb.removesuffix('s')} the right {noun}."
    assert not _denied(clause, "right")
    assert _denied(plain, "right")
