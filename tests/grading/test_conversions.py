"""Reference mode: what the key says becomes what, said backwards, is a wrong claim."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from wrong_claims import answers_of, assert_quoted_verbatim_and_capped

from interviewer.core.grading import grade_reference
from interviewer.core.grading.conversions import backwards, conversions
from interviewer.core.grading.reference_scoring import OFF_TOPIC_CAP

PROMPT = "What does photosynthesis produce?"
KEY = "Photosynthesis uses light energy to turn carbon dioxide and water into glucose and oxygen."
STARCH = "What does amylase do?"
STARCH_KEY = "Amylase breaks down starch into sugars."


def test_the_three_shapes_of_a_conversion() -> None:
    for text, inputs, outputs in (
        (KEY, {"carbon", "water"}, {"glucos", "oxygen"}),
        ("Plants make sugar from carbon dioxide.", {"carbon"}, {"sugar"}),
        ("Starch is broken down into sugars.", {"starch"}, {"sugar"}),
        ("In the gut, starch gets converted to sugars.", {"starch"}, {"sugar"}),
    ):
        (read,) = conversions(text)
        assert inputs <= read.inputs and outputs <= read.outputs, (text, read)
        assert read.text in text


def test_a_formula_is_read_as_its_compound() -> None:
    (read,) = conversions("It turns CO2 into glucose.")
    assert {"carbon", "dioxid"} <= read.inputs


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [
        ("Photosynthesis produces carbon dioxide and water from glucose and oxygen.", True),
        ("Glucose and oxygen are turned into CO2 and water.", True),
        ("Plants use light to make glucose and oxygen from carbon dioxide and water.", False),
        ("It turns CO2 and water into sugar and oxygen.", False),
        (
            "It turns carbon dioxide into glucose; respiration turns glucose into carbon dioxide.",
            False,
        ),
        ("Glucose and oxygen, made with light.", False),
    ],
)
def test_a_conversion_said_backwards_is_wrong(answer: str, wrong: bool) -> None:
    grade = grade_reference(PROMPT, KEY, answer)
    turned = [c for c in grade.contradictions if c.concept.endswith("(said the other way round)")]
    assert bool(turned) is wrong, grade.contradictions
    if wrong:
        assert grade.score <= OFF_TOPIC_CAP
        assert_quoted_verbatim_and_capped(grade, answer)


def test_backwards_is_read_of_the_keys_own_words_only() -> None:
    key = conversions(STARCH_KEY)
    assert [c.evidence for c in backwards(key, "Amylase turns sugars into starch.")] == [
        ("turns sugars into starch",)
    ]
    assert backwards(key, "Amylase turns proteins into amino acids.") == []
    assert backwards(key, "Starch is broken down into sugars.") == []


@given(st.text(max_size=80))
def test_conversions_quote_the_text(text: str) -> None:
    for read in conversions(text):
        assert read.text in text
        assert read.inputs and read.outputs and not read.inputs & read.outputs


@given(answers_of("sugars starch into from turns makes is broken down are converted to amylase"))
def test_any_answer_is_read_and_quoted_verbatim(answer: str) -> None:
    grade = grade_reference(STARCH, STARCH_KEY, answer)
    if grade.contradictions:
        assert_quoted_verbatim_and_capped(grade, answer)
