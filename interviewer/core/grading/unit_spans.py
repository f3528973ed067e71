"""Where the sentence, segment or clause of a word starts and ends.

`clauses.Structure` numbers every word of a text with its sentence, segment and clause; each
list counts up from 0 and never goes down (a unit's number is one more than the unit's before
it). So the first and last word of a word's unit are found by bisection rather than by a walk
over the unit's words, and each reading that needs a unit's edge asks here: one definition of
where a unit starts and ends instead of a hand walk in every module (code61, stop 50).

The numbers must never go down (any list `Structure` makes, or a slice of one); the readings
take them as `Sequence[int]`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


def unit_start(numbers: Sequence[int], position: int) -> int:
    """The first word of the unit (sentence, segment or clause, by `numbers`) of the word at
    `position`."""
    return bisect_left(numbers, numbers[position], 0, position)


def unit_end(numbers: Sequence[int], position: int) -> int:
    """The last word of the unit (sentence, segment or clause, by `numbers`) of the word at
    `position`."""
    return bisect_right(numbers, numbers[position], position) - 1
