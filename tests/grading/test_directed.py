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


# play27 B1: a plain degree elsewhere in the key's stretch ("from fast memory") kept its
# direction from being read at all, so only keys built like "The index lowers latency for
# lookups." were ever checked.
HEART_PROMPT = "What does exercise do to the resting heart rate?"
HEART_KEY = (
    "Regular exercise lowers the resting heart rate by making the heart pump a large volume "
    "with each beat."
)


@pytest.mark.parametrize(
    ("prompt", "key", "answer", "quoted"),
    [
        (
            HEART_PROMPT,
            HEART_KEY,
            "Regular exercise raises the resting heart rate by making the heart pump a large "
            "volume with each beat.",
            "raises the resting heart rate",
        ),
        (
            HEART_PROMPT,
            HEART_KEY,
            "With regular exercise the resting heart rate is higher, since the heart pumps a "
            "large volume each beat.",
            "rate is higher",
        ),
        (
            "What does compression do?",
            "Compression reduces bandwidth use by storing repeated bytes in a small dictionary.",
            "Compression increases bandwidth use by storing repeated bytes in a small dictionary.",
            "increases bandwidth use",
        ),
        # what it is said of may name the question's own words ("latency" is no key term here)
        (
            "What does caching do to latency?",
            "A cache lowers latency by serving repeated requests from fast memory.",
            "A cache increases latency by serving repeated requests from fast memory.",
            "increases latency",
        ),
    ],
)
def test_a_degree_after_the_direction_does_not_hide_its_turn(
    prompt: str, key: str, answer: str, quoted: str
) -> None:
    grade = grade_reference(prompt, key, answer)
    assert grade.score <= CAP, grade.explanation
    assert "contradiction" in grade.flags
    assert any(quoted in c.evidence[0] for c in grade.contradictions), grade.contradictions


def test_speeds_up_and_slows_down_are_directions_on_the_speed_axis() -> None:
    prompt = "What does batching do?"
    key = (
        "Batching speeds up training on a GPU by running many examples through the fast "
        "matrix units at once."
    )
    assert [(d.text, d.said.sign) for d in reference_directions(Text.of(key))] == [
        (
            "speeds up training on a GPU by running many examples through the fast matrix "
            "units at once",
            1,
        )
    ]
    wrong = grade_reference(
        prompt,
        key,
        "Batching slows down training on a GPU by running many examples through the fast "
        "matrix units at once.",
    )
    assert wrong.score <= CAP and wrong.contradictions
    right = grade_reference(
        prompt,
        key,
        "Batching speeds up training because the GPU's fast matrix units process many examples "
        "at once.",
    )
    assert not right.contradictions and right.score > CAP


def test_an_elliptical_clause_is_said_of_its_sentence_subject() -> None:
    """ "... but inserts faster" has no subject of its own: it is the B-tree's."""
    prompt = "What does a B-tree index do?"
    key = "A B-tree index makes range scans faster but inserts slower."
    wrong = grade_reference(
        prompt, key, "A B-tree index makes range scans slower but inserts faster."
    )
    assert any("inserts faster" in c.evidence[0] for c in wrong.contradictions)
    assert wrong.score <= CAP
    assert not grade_reference(prompt, key, key).contradictions


@pytest.mark.parametrize(
    ("answer", "turned"),
    [
        # the qualifier and the direction both turned: the same claim
        ("A low learning rate makes training more stable.", False),
        ("A high learning rate makes training more stable.", True),
        # the qualifier not said: of what is it said? nothing is read
        ("The learning rate makes training more stable.", False),
    ],
)
def test_a_degree_before_the_direction_qualifies_what_it_is_said_of(
    answer: str, turned: bool
) -> None:
    key = "A high learning rate makes training less stable."
    grade = grade_reference("How does the learning rate affect training?", key, answer)
    assert bool(grade.contradictions) is turned, grade.contradictions


def test_a_degree_after_the_direction_said_the_other_way_is_no_reading() -> None:
    """ "raises latency for small files" for "lowers latency for large files" may be true as
    well: not flagged; for the same files it is."""
    prompt, key = "What does caching do for large files?", "Caching lowers latency for large files."
    assert not grade_reference(
        prompt, key, "Caching raises latency for small files."
    ).contradictions
    assert grade_reference(prompt, key, "Caching raises latency for large files.").contradictions
