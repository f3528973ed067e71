"""Opposite words that make two sides of a key a contrast (opposed_sides.py)."""

from __future__ import annotations

import pytest

from interviewer.core.grading.in_out_orders import REVERSED, SAME
from interviewer.core.grading.opposed_sides import NOT, opposed


@pytest.mark.parametrize(
    ("one", "two", "expected"),
    [
        ({"mutabl"}, {"immutabl"}, True),
        ({"connection"}, {"connectionless"}, True),
        ({"lock"}, {NOT + "lock"}, True),
        ({REVERSED}, {SAME}, True),
        ({REVERSED}, {REVERSED}, False),
        ({"row"}, {"group"}, False),
        ({"in"}, {"inin"}, False),
    ],
)
def test_opposed(one: set[str], two: set[str], expected: bool) -> None:
    assert opposed(frozenset(one), frozenset(two)) is expected
    assert opposed(frozenset(two), frozenset(one)) is expected
