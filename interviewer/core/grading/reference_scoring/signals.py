"""Reference mode's signals: what is measured of an answer against each reference (similarity,
coverage, length, precision, polarity), before the blend gives them points."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..concepts import Finding, find_concepts
from ..denial_words import has_negation
from ..denied_terms import (
    denied_stems,
    denies_stated,
    says_denied_opposite,
    speaks_to_comment,
    speaks_to_denial,
    stated_opposites,
)
from ..flags import TOO_SHORT_WORDS, said_once
from ..key_terms import generic_stems
from ..matching import Answer
from ..prepared import PreparedQuestion
from ..scoring import FULL_SIMILARITY, blended_similarity, rubric_coverage
from ..text import STOP_WORDS, Text

QUESTION_WORDS_KEPT = 0.3
"""Share of the similarity measured with the question's own words kept in both texts (the
rest leaves them out). Chosen on Mohler assignments 1-8 and SemEval-2013 train: 0-1 tried."""
SHORTEST = -1.0
"""The length signal's floor: ln of the answer's length over the reference's, at most this low."""
NEGATION_MAX_WORDS = 8
"""Only answers of at most this many content words: in a longer one a "not" is one clause."""


@dataclass(frozen=True)
class ReferenceSignals:
    """Reference mode's signals of an answer against one reference."""

    similarity: float
    """The blended TF-IDF similarity (question words partly kept)."""
    coverage: float
    """Share of the keywords, or of the key terms derived from the reference, found."""
    length: float
    """length_signal: between SHORTEST and 0."""
    precision: float
    negated: bool
    too_short: bool
    references: int
    """How many references the question has."""
    findings: tuple[Finding, ...]
    cosines: tuple[float, float]
    """(word, character) similarity with the question's words left out."""
    reference_words: int
    answer_words: int
    """The answer's content words that are not the question's (what length compares)."""

    def values(self) -> dict[str, float]:
        """Each signal as the number its points multiply (negation etc. as 1 or 0)."""
        return {
            "similarity": min(1.0, self.similarity / FULL_SIMILARITY),
            "coverage": self.coverage,
            "length": self.length,
            "precision": self.precision,
            "negation": -float(self.negated),
            "too_short": -float(self.too_short),
            "references": -math.log(self.references),
        }


def length_signal(answer_words: int, reference_words: int) -> float:
    """ln of the answer's length over the reference's (content words not in the question),
    between SHORTEST and 0: an answer as long as the reference, or longer, scores 0."""
    ratio = (answer_words + 1) / (reference_words + 1)
    return max(SHORTEST, math.log(min(1.0, ratio)))


def precision_signal(
    answer_stems: Iterable[str], reference_stems: frozenset[str], weight: Callable[[str], float]
) -> float:
    """Share of the answer's distinct stems, each weighted by `weight` (its IDF), that the
    reference uses too; 0 when the answer has none."""
    said = set(answer_stems)
    total = sum(weight(s) for s in said)
    if total <= 0:
        return 0.0
    return sum(weight(s) for s in said & reference_stems) / total


def reference_signals(
    prepared: PreparedQuestion,
    parsed: Answer,
    cosines: list[tuple[float, float]],
    kept: list[tuple[float, float]],
    weight: Callable[[str], float],
) -> list[ReferenceSignals]:
    """The signals against each reference. `cosines` are the (word, character) similarities
    with the question's words left out, `kept` with them kept, one pair per reference;
    `weight` gives a stem's IDF."""
    text = parsed.text
    polarity = None
    if len(text.content) <= NEGATION_MAX_WORDS:
        # as written: a plain wording read as a term keeps the polarity the candidate gave it
        # ("you cannot change a tuple" read as "tuple immutable" against "its hash never
        # changes" had lost its "not" and been read as saying the opposite, 86.1 -> 50.0)
        polarity = has_negation(Text.of(text.raw).words)
    q_stems = prepared.question_stems
    # a sentence said again adds no length (the same sentence pasted 690 times had scored
    # 89.9, 84.7 said once): its words count once, as in rubric mode
    once = said_once(text, parsed.structure)
    new = [text.stems[i] for i in once if text.stems[i] not in q_stems]
    # an adverb that names nothing ("directly connected", beetle56) says no other thing than
    # the key: precision leaves it out (it had cost "terminal 3 is directly connected to the
    # negative terminal" 10 points and its pass against "... are connected")
    generic = generic_stems()
    naming = [
        text.stems[i]
        for i in once
        if text.stems[i] not in q_stems
        and not (text.words[i].endswith("ly") and text.stems[i] in generic)
    ]
    lengths = prepared.reference_lengths or [len(new)] * len(cosines)
    stems = prepared.reference_stems or [frozenset()] * len(cosines)
    denied = prepared.references_denied or [frozenset()] * len(cosines)
    commented = prepared.references_commented or [False] * len(cosines)
    # with the function words that have an opposite ("same"), which a key's denial names too
    said = frozenset(text.stems[i] for i in text.content) | stated_opposites(text)
    # what a short answer's negations deny, read against what the references state: it says
    # the opposite of the key only if one reference with no negation states all of it; "not
    # the same" denies "same" too, which a key saying "different" or "separate" never states
    answer_denied = denied_stems(text, q_stems, opposites=True) if polarity else frozenset()
    gainsays = bool(polarity) and any(
        negated is False and denies_stated(answer_denied, stated)
        for negated, stated in zip(prepared.references_negated, stems, strict=False)
    )
    # a string of terms with no function word states nothing that could clear it: as before
    states = any(w in STOP_WORDS for w in text.words)
    result = []
    for index, pair in enumerate(cosines):
        sim = (1 - QUESTION_WORDS_KEPT) * blended_similarity(
            pair
        ) + QUESTION_WORDS_KEPT * blended_similarity(kept[index])
        concepts = prepared.concepts[index if len(prepared.concepts) > 1 else 0]
        # a key term is a bare claim of the key ("axis tilted") that no listed wrong claim
        # turns around: "the axis is not tilted" denies it (denied_between.verb_denied, `copula`)
        findings = find_concepts(concepts, prepared.subjects, parsed, denied_inside=True)
        result.append(
            ReferenceSignals(
                similarity=sim,
                coverage=rubric_coverage(findings)[0],
                length=length_signal(len(new), lengths[index]),
                precision=precision_signal(naming, stems[index], weight),
                # a key that denies one thing ("keys cannot repeat") is not contradicted by a
                # short answer that says other things of it, none denied ("unique hashable
                # keys": play42 had capped such right answers at 50 as saying the opposite)
                negated=polarity is not None
                and prepared.references_negated[index] is not None
                and polarity != prepared.references_negated[index]
                # an answer denying what no reference states does not gainsay the key ("bulb B
                # is not in the same path as bulbs A and C" against "bulb B is in a separate
                # path", "bulbs A and C are in closed paths": beetle57)
                and (
                    gainsays
                    if polarity
                    else (
                        not states
                        or (speaks_to_comment if commented[index] else speaks_to_denial)(
                            said, denied[index]
                        )
                        # "in a different path" says the key's "not in the same path"
                        and not says_denied_opposite(said, denied[index])
                    )
                ),
                too_short=len(text.content) < TOO_SHORT_WORDS,
                references=len(cosines),
                findings=tuple(findings),
                cosines=pair,
                reference_words=lengths[index],
                answer_words=len(new),
            )
        )
    return result
