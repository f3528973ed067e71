"""A long phrase found in part (two thirds of its words) is not found where the word it misses
is a direction word whose opposite the answer says among the words found
(matching/matches._opposite_of_missing)."""

from __future__ import annotations

from clause_match import alias_found as found
from hypothesis import given
from hypothesis import strategies as st


def test_the_opposite_of_the_missing_direction_word_is_no_match():
    assert not found("ferry sails across less often", "The ferry sails across more often.")
    assert not found("wider roads carry traffic", "Narrower roads carry the traffic.")


def test_a_part_without_the_opposite_is_still_found():
    assert found("ferry sails across less often", "The ferry sails across often.")
    assert found("ferry sails across less often", "The ferry sails across less often.")


@given(st.sampled_from([("less", "more"), ("higher", "lower"), ("faster", "slower")]))
def test_either_direction_of_any_pair(pair: tuple[str, str]):
    said, opposite = pair
    alias = f"the ferry sails {said} often"
    assert found(alias, f"The ferry sails {said} often today.")
    assert not found(alias, f"The ferry sails {opposite} often today.")
