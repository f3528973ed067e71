"""The phrase matcher of the STAR relevance and red-flag readers (star/phrases.py)."""

from __future__ import annotations

import pytest

from interviewer.core.grading.star.phrases import Reader, compile_phrases


def _found(text: str, *phrases: str, negated: bool = False) -> list[str]:
    reader = Reader(text)
    return [reader.quote(hit) for hit in reader.find(compile_phrases(phrases), negated=negated)]


def test_words_match_on_their_stems() -> None:
    assert _found("We argued about it for a week.", "argue") == ["argued"]
    assert _found("I ranked the priorities by cost.", "priority") == ["priorities"]


def test_wildcards_stand_for_one_word_a_gap_or_a_prefix() -> None:
    assert _found("I told Priya no.", "told * no") == ["told Priya no"]
    assert _found("I told the VP no.", "told * no") == []
    assert _found("I told the VP no.", "told ... no") == ["told the VP no"]
    assert _found("I went over my manager's head.", "went over ... head") == [
        "went over my manager's head"
    ]
    assert _found("We prioritized the payment bug.", "priorit*") == ["prioritized"]
    assert _found("It was the architect's fault.", "*'s fault") == ["architect's fault"]
    assert _found("It's fault tolerant.", "*'s fault") == []


def test_a_gap_stays_in_its_sentence() -> None:
    assert _found("I went over it. The head of sales agreed.", "went over ... head") == []


def test_a_long_word_may_be_misspelt() -> None:
    assert _found("We had a disagrement about the schema.", "disagreement") == ["disagrement"]
    assert _found("We had a dog.", "debug") == []


@pytest.mark.parametrize(
    "text",
    [
        "We finished early with no lost messages.",
        "I did not blame the intern.",
        "Instead of blaming the intern, I fixed the test.",
        "Nobody left the team that year.",
    ],
)
def test_a_phrase_said_in_the_negative_does_not_count(text: str) -> None:
    assert _found(text, "lost", "blame the", "blaming", "left the team") == []
    assert _found(text, "lost", "blame the", "blaming", "left the team", negated=True)


def test_a_negation_inside_the_phrase_is_its_own() -> None:
    assert _found("I did not agree with his plan.", "did not agree") == ["did not agree"]


@pytest.mark.parametrize(
    ("text", "mine"),
    [
        ("I told the client it was done.", True),
        ("While he was away I merged it without a review.", True),
        ("My manager suggested telling them it was done.", False),
        ("He told the client it was done.", False),
        ("A company we worked for kept threatening to leave.", False),
    ],
)
def test_said_by_me_reads_the_nearest_subject(text: str, mine: bool) -> None:
    reader = Reader(text)
    phrase = "telling" if "telling" in text else "threatening" if "threat" in text else "told"
    phrase = "without a review" if "review" in text else phrase
    (hit,) = reader.find(compile_phrases([phrase]))
    assert reader.said_by_me(hit.first) is mine


def test_a_phrase_must_start_and_end_with_a_word() -> None:
    with pytest.raises(ValueError, match="starts and ends with a word"):
        compile_phrases(["blame *"])
