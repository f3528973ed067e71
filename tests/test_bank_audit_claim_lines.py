"""Wrong-claim lines as the matcher reads them (core/bank_audit/claim_lines.py): the words it
keeps, and the readings that lose the claim, on lines written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank_audit.claim_lines import ClaimLine, misreadings
from interviewer.core.grading.matching import COUNTING, claim_words, make_phrase


def line(text: str) -> ClaimLine:
    return ClaimLine(("rubric.yaml", 1), "q: concept 'c': contradicts", text, read(text))


def read(text: str):  # type: ignore[no-untyped-def]
    # as the grader reads a wrong claim (claims.statement_phrases)
    return make_phrase(text, canon={}, keep=claim_words(text), twice=True)


def test_a_word_said_twice_apart_is_kept_twice_and_read_as_written() -> None:
    found = line("the model maps text into plain text")
    assert found.kept == ["model", "maps", "text", "plain", "text"]
    assert misreadings(found, {}) == []


def test_a_reading_that_keeps_a_word_said_twice_once_is_flagged() -> None:
    # as a concept's alias is read (no `twice`): "text" once
    text = "the model maps text into plain text"
    once = ClaimLine(("rubric.yaml", 1), "q", text, make_phrase(text, canon={}, keep=COUNTING))
    assert once.kept == ["model", "maps", "text", "plain"]
    [said] = misreadings(once, {})
    assert "'text' twice" in said


def test_a_word_said_twice_as_a_pattern_is_read_as_written() -> None:
    # "token by token", "text to text": a pattern of its own, the matcher wants it said twice
    assert misreadings(line("the decoder writes token by token"), {}) == []
    assert misreadings(line("the model maps text to text"), {}) == []
    assert line("the decoder writes token by token").kept.count("token") == 1


def test_two_forms_of_a_word_are_both_kept() -> None:
    found = line("every expert processes every token")
    assert found.kept.count("every") == 2
    assert misreadings(found, {}) == []
    assert misreadings(line("each expert handles all tokens"), {}) == []


@pytest.mark.parametrize("word", ["until", "before", "after"])
def test_a_dropped_word_of_order_is_flagged_where_it_is_dropped(word: str) -> None:
    found = line(f"sampling keeps tokens {word} the probability reaches p")
    lost = misreadings(found, {})
    assert (word in found.kept) == (lost == [])
    if lost:
        assert f"'{word}'" in lost[0]


def test_until_is_kept_and_read_as_written() -> None:
    # it was dropped as a stop word ("top-k keeps tokens", which is true) until para37
    found = line("top-k keeps tokens until the probability reaches p")
    assert "until" in found.kept
    assert misreadings(found, {}) == []


def test_a_reading_that_drops_until_is_flagged() -> None:
    text = "top-k keeps tokens until the probability reaches p"
    dropped = ClaimLine(("rubric.yaml", 1), "q", text, make_phrase(text, canon={}, keep=COUNTING))
    assert "until" not in dropped.kept
    assert any("'until'" in m for m in misreadings(dropped, {}))


def test_a_two_sided_negative_is_flagged_and_a_plain_denial_is_not() -> None:
    [said] = misreadings(line("the loss counts every token, masked or not"), {})
    assert "'or not'" in said and "denial" in said
    assert misreadings(line("the classifier needs no labels"), {}) == []


def test_a_line_of_one_word_is_ignored_by_the_grader() -> None:
    [said] = misreadings(line("like a collage"), {})
    assert "ignores it" in said


@given(
    st.lists(st.sampled_from("model maps text tokens until no or not the to".split()), max_size=8)
)
def test_any_line_reads_without_error_and_flags_are_sentences(words: list[str]) -> None:
    text = " ".join(words)
    found = line(text)
    lost = misreadings(found, {})
    assert all(isinstance(m, str) and m for m in lost)
    assert set(found.kept) <= set(text.split()) | {""}


def test_the_rubric_path_and_line_are_kept(tmp_path: Path) -> None:
    assert line("maps text to text").where == ("rubric.yaml", 1)
