"""An answer prepared for matching: where each stem stands, and the closest answer word to a
phrase word it does not hold (a typo, or a known word with another ending)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..clauses import Structure
from ..text import DIRECTION_WORDS, STOP_WORDS, Text, cached_stem
from ..text.particles import particle_compounds
from ..text.reflexives import REFLEXIVE_STEM, reflexive_marks
from ..typos import FuzzyWords, closest_each, edits_allowed
from .discourse import marker_nouns

if TYPE_CHECKING:
    from ..appositives import Appositive
from .phrases import CLAIM_WORDS
from .restricted import ONLY_STEM, RESTRICTORS, restricting_just


@dataclass
class Answer:
    """An answer prepared for matching: where each stem stands, and its sentence structure."""

    text: Text
    structure: Structure
    positions: dict[str, list[int]] = field(default_factory=dict)
    """Stem -> positions of content words with that stem."""
    word_positions: dict[str, list[int]] = field(default_factory=dict)
    vocabulary: list[str] = field(default_factory=list)
    """Distinct content words that may be typos, sorted (for deterministic fuzzy look-ups)."""
    fuzzy_cache: dict[str, tuple[str, float] | None] = field(default_factory=dict)
    known_words: frozenset[str] = frozenset()
    """Content words the bank itself uses: no typos, but maybe a phrase word with an ending
    the stemmer leaves ("bidirectionally" for "bidirectional")."""
    _endings: dict[str, list[str]] | None = None
    """The known words by their first six letters (made on first use): a word without one of
    them is no known word with another ending."""
    written: Answer | None = None
    """Reference mode: the answer as written, when its acronyms were read as their words
    (acronyms.py); its form (a keyword list, the question said again) is judged on this."""
    antecedents: list[tuple[int, tuple[str, ...]]] | None = None
    """The subject pronouns and the noun phrase each stands for (made on first use by
    pronoun_claims.antecedents, once per answer rather than once per concept)."""
    appositives: dict[int, Appositive] | None = None
    """The appositives by the position of the verb after each (made on first use by
    appositives.appositives, once per answer: every listed wrong claim and pronoun asks)."""

    @classmethod
    def of(cls, text: Text, known: frozenset[str] = frozenset()) -> Answer:
        """The answer ready to match; `known` are the stems of words the bank itself uses: such
        a word is no typo, so it never stands for another ("quantizes" for "quantiles")."""
        answer = cls(text, Structure.of(text))
        positions, word_positions = answer.positions, answer.word_positions
        stems, words = text.stems, text.words
        markers = marker_nouns(words)  # "for example" says nothing about examples
        for i in text.content:
            if markers and i in markers:
                continue
            positions.setdefault(stems[i], []).append(i)
            word_positions.setdefault(words[i], []).append(i)
        for i, word in enumerate(words):  # "more", "less", "after": stop words with a direction
            if word in STOP_WORDS and (
                stems[i] in DIRECTION_WORDS or word in CLAIM_WORDS or word in RESTRICTORS
            ):
                positions.setdefault(stems[i], []).append(i)
        for i, (_, compound_stem) in particle_compounds(text, hyphen_only=False).items():
            positions.setdefault(compound_stem, []).append(i)  # "on-policy" (text/particles.py)
        for i in reflexive_marks(text):
            positions.setdefault(REFLEXIVE_STEM, []).append(i)  # "by themselves", "on its own"
        if "just" in text.word_set:
            for i in restricting_just(text):  # "just the decoder" says "only the decoder"
                positions.setdefault(ONLY_STEM, []).append(i)
        for found in positions.values():
            found.sort()
        answer.vocabulary = sorted(
            w for w, where in word_positions.items() if stems[where[0]] not in known
        )
        if known:
            answer.known_words = frozenset(
                w for w, where in word_positions.items() if stems[where[0]] in known
            )
        return answer

    def _closest(self, words: list[str]) -> list[tuple[str, float] | None]:
        """closest_each over the words that may be typos; else a known word that only adds
        to the phrase word, or drops, a short ending within its allowed edits."""
        hits: list[tuple[str, float] | None] = [None] * len(words)
        if self.vocabulary:
            hits = closest_each(words, self.vocabulary, "choices")
        if self.known_words:
            known, endings = self.known_words, self._known_endings()
            for n, hit in enumerate(hits):
                if hit is None and words[n][:6] in endings:  # both share their first six letters
                    hits[n] = _extended(words[n], known, endings)
        return hits

    def _known_endings(self) -> dict[str, list[str]]:
        if self._endings is None:
            self._endings = {}
            for w in self.known_words:
                self._endings.setdefault(w[:6], []).append(w)
        return self._endings

    def look_up(self, words: FuzzyWords | Iterable[tuple[str, str]]) -> None:
        """Find the closest answer word to each phrase word not in the answer, in one batch."""
        if isinstance(words, FuzzyWords):
            if not self.fuzzy_cache:
                self._look_up_all(words)
                return
            words = words.pairs
        wanted = [
            w for w, w_stem in words if w_stem not in self.positions and w not in self.fuzzy_cache
        ]
        if not wanted or not (self.vocabulary or self.known_words):
            return
        for word, hit in zip(wanted, self._closest(wanted), strict=True):
            self.fuzzy_cache[word] = hit

    def _look_up_all(self, words: FuzzyWords) -> None:
        """`look_up` into an empty cache: only the phrase words that share their first six
        letters with a known word are tried as one with another ending."""
        positions = self.positions
        if self.vocabulary:
            wanted = [w for w, w_stem in words.pairs if w_stem not in positions]
            hits = closest_each(wanted, self.vocabulary, "choices", typable=words.typable)
            cache = self.fuzzy_cache = dict(zip(wanted, hits, strict=True))
        else:  # every word but those the answer holds by their stem (they are not looked up)
            cache = self.fuzzy_cache = words.unknown.copy()
            for stem in words.by_stem.keys() & positions.keys():
                for word in words.by_stem[stem]:
                    cache.pop(word, None)
        if self.known_words:
            known, endings = self.known_words, self._known_endings()
            for head in words.by_head.keys() & endings.keys():
                for word, w_stem in words.by_head[head]:
                    if w_stem not in positions and cache.get(word) is None:
                        cache[word] = _extended(word, known, endings)

    def find(self, word: str, word_stem: str, fuzzy: bool) -> tuple[list[int], float]:
        """Positions where a phrase word occurs (exactly by stem, else fuzzily), and the ratio."""
        exact = self.positions.get(word_stem)
        if exact:
            return exact, 100.0
        if not fuzzy or not (self.vocabulary or self.known_words):
            return [], 0.0
        if word not in self.fuzzy_cache:
            self.fuzzy_cache[word] = self._closest([word])[0]
        hit = self.fuzzy_cache[word]
        if hit is None:
            return [], 0.0
        return self.word_positions[hit[0]], hit[1]


def _extended(
    word: str, known: frozenset[str], endings: Mapping[str, list[str]]
) -> tuple[str, float] | None:
    """The first known word (in sorted order) that is `word` with an ending added or taken off,
    within the edits a typo of it may have ("bidirectionally" for "bidirectional", not
    "quantizes" for "quantiles"), with its similarity (0-100). `endings` holds the known words
    by their first six letters; one or two letters may be added."""
    allowed = edits_allowed(word)
    size = len(word)
    if size < 6 or cached_stem(word) in DIRECTION_WORDS:
        return None
    longest = size + min(2, allowed)
    found = [
        w for w in endings.get(word[:6], ()) if size < len(w) <= longest and w.startswith(word)
    ]
    for k in range(1, allowed + 1):
        head = word[:-k]
        if len(head) >= 6 and head in known:
            found.append(head)
    if not found:
        return None
    other = min(found)
    longer = max(len(other), len(word))
    return other, round(100.0 * (1.0 - abs(len(other) - len(word)) / longer), 1)
