"""Two subjects' names found over the same words: the one written out word for word first wins
(subjects/overlaps.py). Found when a correct answer ("Forward KL from teacher to student is
mode-covering", genai-187) was read as naming reverse KL, "KL(student || teacher)", whose words
were found from "KL" on in another order, and told it swapped the two."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects import Mentions, prepare_subjects
from interviewer.core.grading.text import Text


def _named(genai: Bank, text: str) -> dict[str, list[str]]:
    subjects = prepare_subjects(genai.get("genai-187").concepts)
    answer = Answer.of(Text.of(text))
    mentions = Mentions.of(subjects, answer)
    words = answer.text.words
    return {
        s.key: [words[p] for p in ps] for s, ps in zip(subjects, mentions.positions, strict=True)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Forward KL from teacher to student spreads mass over every mode.",
        "In distillation, forward KL between student and teacher covers the modes.",
    ],
)
def test_a_name_written_out_covers_a_loose_match_inside_it(genai: Bank, text: str) -> None:
    named = _named(genai, text)
    assert named["forward KL"]
    assert not named["reverse KL"]


def test_names_apart_are_both_kept(genai: Bank) -> None:
    named = _named(genai, "Forward KL covers the modes, while reverse KL seeks one mode.")
    assert named["forward KL"] == ["forward"]
    assert named["reverse KL"] == ["reverse"]


@settings(max_examples=100, deadline=None)
@given(
    first=st.sampled_from(["forward", "reverse"]),
    order=st.sampled_from(["teacher to student", "student to teacher"]),
    verb=st.sampled_from(["covers", "seeks", "spreads over"]),
)
def test_the_written_name_wins_whatever_order_follows(
    genai: Bank, first: str, order: str, verb: str
) -> None:
    other = "reverse" if first == "forward" else "forward"
    named = _named(genai, f"{first.capitalize()} KL from {order} {verb} the modes.")
    assert named[f"{first} KL"]
    assert not named[f"{other} KL"]
