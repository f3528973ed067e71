"""What grading found about a concept: the prepared concept, the finding, and the
candidate's words quoted as evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ..bank import Concept
from .matching import Match, Phrase
from .text import Text

SPREAD_WORDS = 3
"""A phrase's words found further apart than this many words per word (plus two) are scattered
through the sentence, not said together: no credit."""


@dataclass(frozen=True)
class PreparedConcept:
    """A concept with its phrases parsed once per question."""

    concept: Concept
    phrases: tuple[Phrase, ...]
    reversed: tuple[Phrase, ...]
    """Directional phrases turned around: stating one contradicts the concept."""
    contradicts: tuple[Phrase, ...]
    subject: int | None
    """Index of the concept's subject in the question's subjects, if it has one."""
    meaning: object | None = None
    """The description's (word, character) TF-IDF vectors, if it has a description."""
    meaning_directions: frozenset[str] = frozenset()
    """Direction words of the description ("lower", "more"): a clause that says the opposite
    one instead is not the description said in other words."""
    meaning_negated: bool = False
    """Whether the description itself says "not": otherwise a negated clause is not it."""
    meaning_stems: frozenset[str] = frozenset()
    """The description's content stems: where a long clause quoted as nearest to it is cut."""
    implied: tuple[Phrase, ...] = ()
    """The bare word of each "more X" phrase of a concept about a subject ("focused" of "more
    focused"): credited only where it is plainly said of that subject ("low is focused, high
    is random": the contrast of the subjects carries the comparison)."""
    named_first: tuple[tuple[Phrase, int, Phrase, bool], ...] = ()
    """The listed wrong claims (`contradicts`, not in the negative) that open with the name of
    a subject of the question's contrast, in order: (claim, the subject's index, the rest of
    the claim, whether the rest says enough to be said through a pronoun); worked out once per
    question (claims.subject_named_first), with the subjects the concept was prepared with."""
    whole_words: tuple[Phrase, ...] = ()
    """Every phrase `find_concept` looks for only where each of its words is found: the listed
    wrong claims, the rests of `named_first`, the reversed phrases, and the phrases of up to
    three words or `whole`. A statements.StatementIndex of them tells, from one word of each,
    which cannot be in an answer (the same findings, without a look at each)."""

    @cached_property
    def phrase_stems(self) -> frozenset[str]:
        """The stems of every word of the concept's phrases: read once per question, not once
        per match that a denial may split (concepts/match_denials.split_by_a_denial;
        speed50)."""
        return frozenset(s for phrase in self.phrases for _, s, _ in phrase.tokens)

    @cached_property
    def subjectless_rests(
        self,
    ) -> dict[frozenset[str], tuple[tuple[Phrase, frozenset[str], Phrase], ...]]:
        """The listed wrong claims that open with the question's subject, by the question's
        words (`asked`): (claim, its subject's words and stems, the rest), filled once per
        question by subjectless_claims.subject_rests, not read again per answer (speed56)."""
        return {}


@dataclass(frozen=True)
class Finding:
    """What the answer says about one concept."""

    concept: Concept
    status: str
    """'credited', 'contradicted', 'denied' or 'missing'."""
    credit: float = 0.0
    """0-1: how fully it was found (only when credited)."""
    phrase: str = ""
    """The phrase that matched ('description' when found by meaning)."""
    how: str = ""
    """'wording' or 'meaning'."""
    evidence: str = ""
    """The candidate's own words: a verbatim span of the answer."""
    ratio: float = 100.0
    detail: str = ""
    """For a contradiction: what was wrong ("said of GPT, not BERT")."""
    closest: str = ""
    """For a concept not detected: the answer's clause closest to its description, if close
    (nearest.py): a verbatim span of the answer, with "…" at an end where words were cut."""
    error: str = ""
    """For a contradiction: 'swap', 'reversed' or 'stated' (one of its `contradicts`)."""
    at: tuple[int, int] = (-1, -1)
    """For a concept credited: the first and last word of its evidence in the answer, when the
    finder knows them (-1 otherwise; scoring/substance.py then looks for the evidence)."""


def scattered(match: Match, phrase: Phrase) -> bool:
    """Whether the phrase's words stand too far apart to say it (SPREAD_WORDS)."""
    return match.positions[-1] - match.positions[0] > SPREAD_WORDS * len(phrase.tokens) + 2


def quote(text: Text, positions: Sequence[int]) -> str:
    return text.evidence(min(positions), max(positions))
