"""Reference mode: a direction the answer key says of one thing ("lowers latency"), said the
other way round with an opposite word ("raises latency", "latency is higher"), is a wrong claim
(play23 F2)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wrong_claims import answers_of, assert_quoted_verbatim_and_capped

from interviewer.core.grading import grade_reference
from interviewer.core.grading.directed import AXES, reference_directions
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.text import Text

PROMPT = "What does a CDN do?"
KEY = (
    "A CDN caches content on servers close to users, which lowers latency and reduces load on "
    "the origin server."
)


def test_the_directions_of_a_key_are_each_said_of_one_thing() -> None:
    found = [(d.text, d.said.sign, d.said.thing) for d in reference_directions(Text.of(KEY))]
    assert found == [
        ("lowers latency", -1, "latency"),
        ("reduces load on the origin server", -1, "load"),
    ]


@pytest.mark.parametrize(
    ("answer", "quoted"),
    [
        (
            "A CDN caches content on servers close to users, which raises latency and increases "
            "load on the origin server.",
            "raises latency",
        ),
        ("A CDN caches content on servers close to users, which raises latency.", "raises latency"),
        (
            "A CDN caches content on servers close to users so latency is higher and the origin "
            "server has more load.",
            "latency is higher",
        ),
        ("A CDN increases latency.", "increases latency"),
    ],
)
def test_a_direction_said_with_an_opposite_word_is_caught_and_cannot_pass(
    answer: str, quoted: str
) -> None:
    grade = grade_reference(PROMPT, KEY, answer)
    assert grade.score <= CAP, grade.explanation
    assert quoted in [c.evidence[0] for c in grade.contradictions]
    assert any("lowers latency" in c.detail for c in grade.contradictions)


@pytest.mark.parametrize(
    "answer",
    [
        KEY,
        "It keeps copies of files on edge servers near the users so pages load faster and the "
        "origin gets fewer requests.",
        "A CDN caches content close to users, so latency is lower and the origin has less load.",
        # not the key's subject: what raises latency is the origin, which the key does not say
        "A CDN caches content near users. Serving everything from the origin raises latency.",
        "Requests to the origin server see higher latency; a CDN caches content close to users.",
        # denied, supposed, avoided, compared
        "A CDN caches content on servers close to users, so latency does not increase.",
        "A CDN caches content close to users, otherwise latency would be higher.",
        "Without a CDN, latency is higher and the origin server has more load.",
        "A CDN caches content close to users to avoid higher latency.",
        "Compared to a CDN, the origin server has higher latency.",
        # said the key's way too: the other is an aside
        "A CDN caches content near users, which lowers latency; a busy origin increases latency.",
    ],
)
def test_what_does_not_turn_a_direction_around_is_not_flagged(answer: str) -> None:
    grade = grade_reference(PROMPT, KEY, answer)
    assert not [c for c in grade.contradictions if "latency" in c.concept or "load" in c.concept]


def test_a_second_direction_in_the_stretch_is_not_read() -> None:
    """ "Lowering the dropout rate increases overfitting" is right of dropout: two directions
    in one stretch turn each other; "overfitting" names a thing and is no direction."""
    key = "Dropout reduces overfitting by randomly disabling neurons during training."
    wrong = grade_reference("What does dropout do?", key, "Dropout increases overfitting.")
    assert wrong.contradictions and wrong.score <= CAP
    right = grade_reference(
        "What does dropout do?", key, "Lowering the dropout rate increases overfitting."
    )
    assert not right.contradictions


_UP = sorted(w for w in "raises increases boosts".split())
_DOWN = sorted(w for w in "lowers reduces decreases".split())


@settings(max_examples=60, deadline=None)
@given(
    key_verb=st.sampled_from(_DOWN + _UP),
    thing=st.sampled_from("latency memory contention throughput variance".split()),
    other=st.integers(0, 2),
)
def test_any_verb_of_change_turned_to_its_axis_opposite_is_caught(
    key_verb: str, thing: str, other: int
) -> None:
    """Every verb of one end of the amount axis turns every verb of the other end, and none of
    its own end; with a "not" in front nothing is read."""
    key = f"A connection pool keeps sockets open, which {key_verb} {thing} on the database."
    ends = (_UP, _DOWN) if key_verb in _DOWN else (_DOWN, _UP)
    opposite, same = ends[0][other], ends[1][other]
    prompt = "What does a connection pool do?"
    turned = grade_reference(prompt, key, key.replace(key_verb, opposite))
    assert turned.contradictions and turned.score <= CAP
    kept = grade_reference(prompt, key, key.replace(key_verb, same))
    assert not kept.contradictions
    denied = key.replace(key_verb, "does not " + opposite.removesuffix("s"))
    assert not grade_reference(prompt, key, denied).contradictions


def test_the_axes_are_apart() -> None:
    """No word is both up and down, nor on two axes."""
    words = [w for up, down in AXES.values() for w in (*up, *down)]
    assert len(words) == len(set(words))


@settings(max_examples=150, deadline=None)
@given(
    answers_of(
        "cdn caches content servers users which lowers raises latency is higher more less not "
        "reduces increases load origin server has so and without if than"
    )
)
def test_any_text_is_read_without_error_and_quoted_verbatim(answer: str) -> None:
    assert_quoted_verbatim_and_capped(grade_reference(PROMPT, KEY, answer), answer)


def test_the_other_subject_of_a_contrast_the_key_draws_is_not_its_turn() -> None:
    """A key that says one thing both ways of two subjects (SemEval-2013: "The water on the
    floor had a much larger surface area. The water in the cup had a much smaller surface
    area.") is turned only by the direction said of the subject it tells apart."""
    key = (
        "The water on the floor had a much larger surface area. The water in the cup had a "
        "much smaller surface area."
    )
    prompt = "Why did the water on the floor evaporate first?"
    right = grade_reference(prompt, key, "The water on the floor had more surface area.")
    assert not right.contradictions
    wrong = grade_reference(prompt, key, "The water in the cup had a larger surface area.")
    assert any("larger surface area" in c.evidence[0] for c in wrong.contradictions)


def test_a_statement_is_said_of_its_own_subject_and_comparisons_are_left_to_reversals() -> None:
    key = (
        "Cold water is denser. Cold water sinks to the bottom. Hot water and less dense things "
        "float on room temperature water."
    )
    prompt = "Which is denser, hot water or cold water?"
    # "cold water is more dense" is said of cold water, not of the hot water named before it
    right = "Cold water. Hot water is less dense so it rises, and cold water is more dense."
    assert not grade_reference(prompt, key, right).contradictions
    wrong = grade_reference(prompt, key, "Hot. The hot water was more dense.")
    assert wrong.contradictions and wrong.score <= CAP
    # a segment with a comparison is not read here (reversals.py reads comparisons)
    keyed = reference_directions(Text.of("Oil is less dense than water."))
    assert keyed == []
