"""Phrases of several words looked up by their first word (`by_first_word`, `opens`): how the
setting-aside, past-time and framing phrases are found in an answer's words."""

from __future__ import annotations

from collections.abc import Iterable


def by_first_word(phrases: Iterable[str]) -> dict[str, list[list[str]]]:
    """The phrases as word lists, by their first word."""
    result: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        result.setdefault(phrase.split()[0], []).append(phrase.split())
    return result


def opens(phrases: dict[str, list[list[str]]], words: list[str], i: int) -> bool:
    """Whether one of `phrases` (`by_first_word`) starts at word `i`."""
    found = phrases.get(words[i])
    return found is not None and any(words[i : i + len(p)] == p for p in found)
