"""The key's "only one" of a thing said as many (exact/only_one.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading import grade_reference
from interviewer.core.grading.exact.only_one import many_for_one, restricted

LOCK_KEY = "A write lock lets just one writer change the file; readers wait until it is released."
LEADER_KEY = (
    "In Raft only a single leader accepts client writes and replicates them to the followers."
)


def test_the_things_the_key_restricts_to_one() -> None:
    assert restricted(LOCK_KEY) == {"writer"}
    assert restricted(LEADER_KEY) == {"leader"}
    assert restricted("The server handles one request at a time.") == {"request"}
    assert restricted("One of the servers answers.") == frozenset()
    assert restricted("Each step produces a single token.") == frozenset()


def test_many_of_the_restricted_thing_is_the_key_the_other_way_round() -> None:
    (found,) = many_for_one(LOCK_KEY, "The lock lets several writers change the file together.")
    assert found.evidence == ("several writers",)
    assert many_for_one(LEADER_KEY, "Raft has multiple leaders that all accept writes.")
    assert many_for_one(LEADER_KEY, "More than one leader accepts the writes.")


def test_many_of_another_thing_is_no_contradiction() -> None:
    assert not many_for_one(LOCK_KEY, "Many readers wait while the writer works.")
    assert not many_for_one(LEADER_KEY, "The leader replicates writes to many followers.")


def test_the_problem_the_key_solves_is_no_contradiction() -> None:
    for answer in (
        "Without the lock several writers would change the file at once.",
        "It prevents multiple writers from changing the file together.",
        "If many writers changed the file it would be corrupted.",
        "It does not let several writers in.",
    ):
        assert not many_for_one(LOCK_KEY, answer), answer


def test_the_key_said_right_beside_many_is_no_contradiction() -> None:
    assert not many_for_one(
        LOCK_KEY, "Many writers may ask, but just one writer changes the file at a time."
    )


@given(st.text(max_size=200))
def test_any_answer_is_read_and_quoted_verbatim(answer: str) -> None:
    for found in many_for_one(LOCK_KEY, answer):
        assert found.evidence[0] in answer


def test_the_grade_is_capped_and_quotes_the_answer() -> None:
    question = "What does a write lock do?"
    wrong = "A write lock lets several writers change the file at the same time."
    grade = grade_reference(question, LOCK_KEY, wrong)
    assert not grade.passed
    assert [c.evidence for c in grade.contradictions] == [("several writers",)]
    right = "Only one writer at a time can change the file while the others wait."
    assert not grade_reference(question, LOCK_KEY, right).contradictions
