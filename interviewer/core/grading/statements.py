"""Statements found quickly: which of many statements may be in an answer, told from one word of
each."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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

    @classmethod
    def of(cls, groups: Iterable[Sequence[Phrase]]) -> StatementIndex:
        exact: dict[str, list[int]] = {}
        fuzzy: dict[str, list[int]] = {}
        owner = []
        for group, phrases in enumerate(groups):
            for k, phrase in enumerate(phrases):
                owner.append((group, k))
                if not phrase.tokens:
                    continue  # nothing to find: never found
                word, stem, misspelt = max(phrase.tokens, key=lambda t: (len(t[0]), t))
                exact.setdefault(stem, []).append(len(owner) - 1)
                if misspelt:
                    fuzzy.setdefault(word, []).append(len(owner) - 1)
        return cls(
            {stem: tuple(found) for stem, found in exact.items()},
            {word: tuple(found) for word, found in fuzzy.items()},
            tuple(owner),
        )

    def candidates(self, answer: Answer) -> list[tuple[int, int]]:
        """(group, number) of the statements that may be in the answer, in order: those whose
        word's stem it holds, or whose word was not looked up in vain (`Answer.fuzzy_cache`)."""
        found: set[int] = set()
        for stem in answer.positions.keys() & self.exact.keys():
            found.update(self.exact[stem])
        cache = answer.fuzzy_cache
        for word, numbers in self.fuzzy.items():
            if cache.get(word, ()) is not None:
                found.update(numbers)
        return [self.owner[k] for k in sorted(found)]
