"""Statements found quickly: which of many statements may be in an answer, told from one word of
each, and a second where it has one (speed41: the second word halves the candidates on
speed.py's answers, each of which costs several look-ups)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import reduce
from itertools import compress, repeat
from operator import is_not, or_

from .matching import Answer, Phrase


@dataclass(frozen=True)
class StatementIndex:
    """Groups of statements (every word of one must be found for it to hold) by one word of
    each, its longest: a statement whose word is certainly not in an answer is not looked for
    there, and which ones may be is told without a look at each statement."""

    exact: dict[str, tuple[int, ...]]
    """The stem of each statement's word -> the statements (flat numbers)."""
    fuzzy: dict[str, tuple[int, ...]]
    """The word, when it may be found misspelt -> the statements."""
    owner: tuple[tuple[int, int], ...]
    """(group, number in the group) of each statement."""
    second_exact: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """The stem of each statement's second word (its longest with another stem) -> the
    statements."""
    second_fuzzy: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """The second word, when it may be found misspelt -> the statements."""
    paired: frozenset[int] = frozenset()
    """The statements that have a second word: one is a candidate only where both may be."""
    _masks: tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int], int] = field(
        init=False, repr=False, compare=False
    )
    """The four indexes with each word's statements as one int, a bit per statement, and the
    paired statements as one: a candidate's sets are unions and intersections of a few such
    ints, not sets built an element at a time (`candidates`)."""

    def __post_init__(self) -> None:
        masks = tuple(
            {word: _bits(numbers) for word, numbers in index.items()}
            for index in (self.exact, self.fuzzy, self.second_exact, self.second_fuzzy)
        )
        object.__setattr__(self, "_masks", (*masks, _bits(self.paired)))

    @classmethod
    def of(cls, groups: Iterable[Sequence[Phrase]]) -> StatementIndex:
        exact: dict[str, list[int]] = {}
        fuzzy: dict[str, list[int]] = {}
        second_exact: dict[str, list[int]] = {}
        second_fuzzy: dict[str, list[int]] = {}
        owner = []
        for group, phrases in enumerate(groups):
            for k, phrase in enumerate(phrases):
                owner.append((group, k))
                if not phrase.tokens:
                    continue  # nothing to find: never found
                number = len(owner) - 1
                word, stem, misspelt = max(phrase.tokens, key=_longest)
                exact.setdefault(stem, []).append(number)
                if misspelt:
                    fuzzy.setdefault(word, []).append(number)
                others = [t for t in phrase.tokens if t[1] != stem]
                if others:
                    word, stem, misspelt = max(others, key=_longest)
                    second_exact.setdefault(stem, []).append(number)
                    if misspelt:
                        second_fuzzy.setdefault(word, []).append(number)
        return cls(
            _tuples(exact),
            _tuples(fuzzy),
            tuple(owner),
            _tuples(second_exact),
            _tuples(second_fuzzy),
            frozenset(n for found in second_exact.values() for n in found),
        )

    def candidates(self, answer: Answer) -> list[tuple[int, int]]:
        """(group, number) of the statements that may be in the answer, in order: those whose
        word's stem it holds, or whose word was not looked up in vain (`Answer.fuzzy_cache`),
        and the same of their second word, where they have one."""
        exact, fuzzy, second_exact, second_fuzzy, paired = self._masks
        found = _may_be_there(answer, exact, fuzzy)
        if paired and found:
            # one whose second word is certainly not there is not either
            found = (found & ~paired) | (found & _may_be_there(answer, second_exact, second_fuzzy))
        owner, candidates = self.owner, []
        while found:  # the statements in order: the lowest bit first
            lowest = found & -found
            candidates.append(owner[lowest.bit_length() - 1])
            found ^= lowest
        return candidates


def _may_be_there(answer: Answer, exact: dict[str, int], fuzzy: dict[str, int]) -> int:
    """The statements (bits) whose indexed word the answer holds by its stem, or whose word
    was not looked up in vain (`Answer.fuzzy_cache`).

    C-level maps, no Python step per word (speed52): an index holds some 65 fuzzy words and
    is asked about four times an answer; a word is in vain where the cache holds None for it
    (`cache.get(word, ())` is not None where it was never looked up or was found)."""
    found = reduce(or_, map(exact.__getitem__, answer.positions.keys() & exact.keys()), 0)
    if fuzzy:
        looked_up = map(answer.fuzzy_cache.get, fuzzy, repeat(()))
        found = reduce(or_, compress(fuzzy.values(), map(is_not, looked_up, repeat(None))), found)
    return found


def _bits(numbers: Iterable[int]) -> int:
    """The numbers as one int, a bit each."""
    found = 0
    for number in numbers:
        found |= 1 << number
    return found


def _longest(token: tuple[str, str, bool]) -> tuple[int, tuple[str, str, bool]]:
    return len(token[0]), token


def _tuples(index: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    return {key: tuple(found) for key, found in index.items()}
