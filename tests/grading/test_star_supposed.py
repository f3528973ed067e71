"""A theme's phrase after a modal is feared or supposed, not told (star/supposed.py, star67)."""

from __future__ import annotations

import pytest

from interviewer.core.grading.star.phrases import Reader, compile_phrases
from interviewer.core.grading.star.relevance import relevance
from interviewer.core.grading.star.supposed import is_supposed

FAILED = "Tell me about a time you failed."


def _first(text: str, phrase: str) -> int:
    reader = Reader(text)
    return next(reader.find(compile_phrases([phrase]))).first


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I was worried I would miss my target time.", "missed"),
        ("We might miss the release.", "missed"),
        ("It could have broken the build.", "broken"),
        ("The report may be late.", "late"),
    ],
)
def test_a_phrase_after_a_modal_is_supposed(text: str, phrase: str) -> None:
    reader = Reader(text)
    assert is_supposed(reader, _first(text, phrase))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I missed the deadline by two days.", "missed"),
        ("After the upgrade the new build would not work.", "not work"),
        ("I should have asked the team first.", "should have"),
    ],
)
def test_a_told_phrase_is_not_supposed(text: str, phrase: str) -> None:
    reader = Reader(text)
    assert not is_supposed(reader, _first(text, phrase))


def test_a_feared_failure_shows_no_failure() -> None:
    story = (
        "Last year I trained for a charity swim across the lake. I swam four mornings a week "
        "and I was afraid I would fail halfway, so I practised in open water with a coach. On "
        "the day I crossed in ninety minutes and we raised money for the hospice."
    )
    assert relevance(FAILED, Reader(story)).is_off_topic


def test_a_told_failure_after_a_fear_still_shows_it() -> None:
    story = (
        "I was afraid we would miss the launch, and we did: I had promised the export for "
        "Monday and it failed every test on Sunday night. I told the client, we shipped on "
        "Thursday, and since then I add two days for testing to every estimate."
    )
    assert not relevance(FAILED, Reader(story)).is_off_topic
