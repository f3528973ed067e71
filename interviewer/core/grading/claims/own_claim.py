"""Whether a wrong claim found in an answer is the candidate's own: not negated, rejected,
framed, set in the past or said of a thing it only qualifies (`stated_as_said`); said in an
aside about its subject (`said_in_aside_of`); and the finding a listed one makes
(`listed_wrong`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..findings import Finding, PreparedConcept, quote
from ..hedged_degree import hedged_in_its_case
from ..lesser_degree import said_in_lesser_degree
from ..matching import Answer, Phrase
from ..none_object import denied_in_contrast
from ..subjects import Mentions, object_of
from ..text import Text
from ..ties import (
    across_coordinated_verb,
    agent_of_passive,
    coordinated_pair,
    head_of_another,
    lesser_side,
    modifier_of_another,
    modifies_another,
)


def listed_wrong(
    prepared: PreparedConcept, phrase: str, text: Text, positions: Sequence[int]
) -> Finding:
    """A wrong claim the rubric lists for the concept, stated by the answer at `positions`."""
    return Finding(
        prepared.concept,
        "contradicted",
        phrase=phrase,
        evidence=quote(text, positions),
        detail=f"the rubric lists '{phrase}' as a wrong claim",
        error="stated",
    )


def stated_as_said(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a wrong claim found across a comma (across_comma.py) is the answer's own claim:
    not in a negation's reach, not rejected, set in the past or said of a thing it qualifies."""
    structure = answer.structure
    positions = list(positions)
    return not (
        any(structure.negative_context(p) for p in positions)
        or structure.rejected(positions)
        or structure.said_of_the_past(positions)
        or structure.framed(positions)
        or modifies_another(phrase, answer, positions)
        or agent_of_passive(phrase, answer, positions)
        or lesser_side(phrase, answer, positions)
        or head_of_another(phrase, answer, positions)
        or modifier_of_another(phrase, answer, positions)
        or coordinated_pair(phrase, answer, positions)
        or across_coordinated_verb(phrase, answer, positions)
        or said_in_lesser_degree(phrase, answer, positions)
        or hedged_in_its_case(phrase, answer, positions)
    )


def said_in_aside_of(
    answer: Answer, mentions: Mentions | None, positions: Sequence[int], subject: int | None
) -> bool:
    """Whether the statement at `positions` stands, whole and not denied, in a relative clause
    on `subject` after a rejecting or comparing phrase that names it ("Unlike GANs, where
    training is a single stable objective, ...": Mentions.aside_subject): set aside as a claim
    about the question's subject, it is the candidate's claim about that one (veto55)."""
    if mentions is None or subject is None:
        return False
    structure = answer.structure
    return (
        mentions.aside_subject(answer, min(positions)) == subject
        and mentions.aside_subject(answer, max(positions)) == subject
        and not any(structure.negative_context(p) for p in positions)
        and not structure.framed(list(positions))
        and not structure.dismissed_otherwise(list(positions))
    )


def possessor_in_a_phrase(answer: Answer, positions: Sequence[int]) -> bool:
    """Whether the statement's first word, its subject, stands in the answer as a possessor
    inside a prepositional phrase ("cross-attention over the encoder's outputs to generate the
    output"): it qualifies the preposition's object and is not what the verb after it is said
    of, so that is not "the encoder generates the output" (a correct answer on the decoder was
    told it said so). "It relies on the encoder to generate the output" and "the encoder's job
    is to generate the output" still say it."""
    first = positions[0]
    return answer.text.words[first].endswith("'s") and object_of(answer, first)


def subject_set_aside(
    mentions: Mentions | None, positions: Sequence[int], subject: int | None = None
) -> bool:
    """Whether a subject the statement names (or `subject`, when given) is set aside where it
    stands ("better than GPT-3.5 and accepted images" says nothing of GPT-3.5; "unlike BERT,
    ..."). A claim said of one subject may set the other aside: "an SSM is better than
    attention at recall" is said of SSMs."""
    if mentions is None:
        return False
    inside = range(min(positions), max(positions) + 1)
    return any(
        p in inside and p not in kept
        for k, (every, kept) in enumerate(
            zip(mentions.all_positions, mentions.positions, strict=True)
        )
        if subject is None or k == subject
        for p in every
    )


def answered_with_none(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
    """Whether the claim's subject is said again after a contrast in its sentence with an
    object "none" ("..., but standard diffusion training has none"): see
    none_object.denied_in_contrast."""
    text = answer.text
    return bool(phrase.tokens) and denied_in_contrast(
        text.words, text.stems, answer.structure.sentences, phrase.tokens[0][1], positions
    )
