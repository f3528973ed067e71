"""Synonym groups read into a rubric: a phrase holding a term of a group is also written with
each of the group's other terms ("an llm" also reads "a large language model")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .text import clean_text


class SynonymGroups:
    """Groups of interchangeable terms, looked up in the phrases of a bank's questions.

    Args:
        groups: each group's terms (the bank's synonyms, the grader's own, and the thesaurus
            entries of two words or more).
    """

    def __init__(self, groups: Sequence[Sequence[str]]) -> None:
        self._needles = [
            (group, [(t, n) for t in group if (n := f" {clean_text(t)} ").strip()])
            for group in groups
        ]
        """Each synonym group with its terms as cleaned, space-padded needles, worked out once:
        every phrase of every question is looked up in them."""
        self._needle_index: dict[str, list[tuple[int, int]]] | None = None

    def expand(self, phrases: Iterable[str]) -> list[str]:
        """Each phrase, followed by the phrase with each term it holds replaced by each other
        term of that term's group; a phrase written twice (ignoring case) is kept once."""
        needles = self._needles
        index = self._needle_index
        if index is None:
            # each synonym term by its first word: a phrase holds a term only if it holds that
            # word, so only those terms are looked for (in the groups' order, as before)
            index = self._needle_index = {}
            for g, (_, terms) in enumerate(needles):
                for t, (_, needle) in enumerate(terms):
                    index.setdefault(needle.split()[0], []).append((g, t))
        result: list[str] = []
        for text in phrases:
            result.append(text)
            lowered = f" {clean_text(text)} "
            hits = sorted({hit for word in set(lowered.split()) for hit in index.get(word, ())})
            for g, t in hits:
                group, terms = needles[g]
                term, needle = terms[t]
                if needle in lowered:
                    for other in group:
                        if other != term:
                            result.append(lowered.replace(needle, f" {other} ").strip())
        return list({p.lower(): p for p in reversed(result)}.values())[::-1]
