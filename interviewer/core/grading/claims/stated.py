"""A wrong claim about a concept that the answer states (`stated_contradiction`): a listed
one (`contradicts`) said plainly, across a comma, of a subject named before, through a pronoun
or with no subject, or one of the concept's directions turned around."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import partial

from ..across_comma import said_across_comma
from ..claim_places import other_places
from ..findings import Finding, PreparedConcept, quote
from ..framed_other import framed_in_another
from ..hedged_degree import hedged_in_its_case
from ..lesser_degree import said_in_lesser_degree
from ..matching import REVERSED, Answer, Phrase, match_phrase, match_statement
from ..named_other import said_of_another_name
from ..noun_modifiers import modifies_a_noun_after
from ..object_compounds import subject_in_an_object
from ..subjects import Mentions, Subject, attribution
from ..text import STOP_WORDS
from ..ties import (
    across_coordinated_verb,
    agent_of_passive,
    coordinated_pair,
    head_of_another,
    lesser_side,
    modifier_of_another,
    modifies_another,
    qualifies_a_noun_after,
    removed_between,
)
from ..verbs import is_verb
from .of_subject import listed_through_pronoun, listed_without_subject, said_of_subject_named_before
from .own_claim import (
    answered_with_none,
    listed_wrong,
    possessor_in_a_phrase,
    said_in_aside_of,
    stated_as_said,
    subject_set_aside,
)


def stated_contradiction(
    prepared: PreparedConcept,
    answer: Answer,
    mentions: Mentions | None = None,
    subjects: Sequence[Subject] = (),
    possible: AbstractSet[int] | None = None,
    asked: frozenset[str] | None = None,
) -> Finding | None:
    """A wrong claim about the concept the answer states; `possible`: see
    concepts.find_concept (a statement not in it is not there); `asked`, the question's words
    and stems, when known: a reversed direction said of an acronym not among them is said of
    another thing (named_other.py)."""
    structure, text = answer.structure, answer.text
    # the listed wrong claims that may be there, picked once for the three readings of them
    # (speed62: each filtered `contradicts` by `possible` again)
    listed = (
        prepared.contradicts
        if possible is None
        else [p for p in prepared.contradicts if id(p) in possible]
    )
    for phrase in listed:
        match = match_statement(phrase, answer, unit="clause")
        if match is None:
            continue
        if _stated_at(phrase, answer, match.positions, mentions, prepared, asked):
            return listed_wrong(prepared, phrase.text, text, match.positions)
        # the place found first is set aside: the claim may be said again elsewhere
        # (claim_places.py: "Early diffusion models were ... Today diffusion models are ...")
        for place in other_places(
            phrase,
            answer,
            match,
            partial(match_statement, phrase, answer, "clause"),
        ):
            if _stated_at(phrase, answer, place.positions, mentions, prepared, asked):
                return listed_wrong(prepared, phrase.text, text, place.positions)
    for phrase in listed:
        if phrase.negative:
            continue
        match = said_across_comma(phrase, answer)
        if match is not None and stated_as_said(phrase, answer, match.positions):
            return listed_wrong(prepared, phrase.text, text, match.positions)
    if mentions is not None:
        found = said_of_subject_named_before(prepared, answer, mentions, possible)
        if found is not None:
            return found
    found = listed_through_pronoun(prepared, answer, listed)
    if found is not None:
        return found
    if asked is not None and len(subjects) < 2:
        found = listed_without_subject(prepared, answer, asked)
        if found is not None:
            return found
    for phrase in prepared.reversed:
        if possible is not None and id(phrase) not in possible:
            continue
        match = match_statement(phrase, answer, unit="clause")
        if (
            match is None
            or structure.rejected(list(match.positions))
            or _another_verb_between(answer, match.positions)
        ):
            continue
        if asked is not None and said_of_another_name(
            answer, match.positions, asked, _concept_stems(prepared)
        ):
            continue  # "FID compares ... (lower is better)": said of FID
        segment = structure.segments[match.positions[0]]
        original = [
            m
            for p in prepared.phrases
            if (m := match_phrase(p, answer, unit="segment", needed=1.0)) is not None
            and _same_claim(answer, structure.segments[m.positions[0]], segment)
            and not structure.rejected(list(m.positions))
        ]
        if original:
            continue  # "lower is better, higher is worse" states both sides the right way
        if mentions is not None:
            right, swap = attribution(prepared.subject, answer, mentions, subjects, match.positions)
            if swap or not right:
                # "a low temperature makes it more deterministic" is true of low temperature;
                # "the trade-offs were higher latency and price" (GPT-4's, for a concept about
                # GPT-3.5 being cheaper) is said of no subject plainly: no reversal is claimed
                continue
        wrong = phrase.text.removesuffix(REVERSED)
        return Finding(
            prepared.concept,
            "contradicted",
            phrase=wrong,
            evidence=quote(text, match.positions),
            detail=f"the direction is reversed (expected: '{wrong}')",
            error="reversed",
        )
    return None


def _stated_at(
    phrase: Phrase,
    answer: Answer,
    found: Sequence[int],
    mentions: Mentions | None,
    prepared: PreparedConcept,
    asked: frozenset[str] | None,
) -> bool:
    """Whether a listed wrong claim found at `found` is said there as the answer's own: in the
    negative where the phrase is, and not rejected, framed, said of the past, of another
    thing's modifier, ... (each test's own module)."""
    structure = answer.structure
    positions = list(found)
    if phrase.negative:
        # "DPO does not use preference pairs" holds only where the answer says it in the
        # negative too; "DPO uses preference pairs" is the concept itself
        return (
            any(structure.negative_context(p) for p in positions)
            and not structure.dismissed(positions)
            and not modifies_a_noun_after(phrase, answer, positions)
            and not hedged_in_its_case(phrase, answer, positions)
        )
    return (
        (
            not structure.rejected(positions)
            or said_in_aside_of(answer, mentions, positions, prepared.subject)
        )
        and not modifies_another(phrase, answer, positions)
        and not agent_of_passive(phrase, answer, positions)
        and not lesser_side(phrase, answer, positions)
        and not coordinated_pair(phrase, answer, positions)
        and not qualifies_a_noun_after(phrase, answer, positions)
        and not head_of_another(phrase, answer, positions)
        and not modifier_of_another(phrase, answer, positions)
        and not modifies_a_noun_after(phrase, answer, positions)
        and not across_coordinated_verb(phrase, answer, positions)
        and not subject_in_an_object(phrase, answer, positions)
        and not removed_between(answer, positions)
        and not subject_set_aside(mentions, positions)
        and not structure.said_of_the_past(positions)
        and not structure.framed(positions)
        and not possessor_in_a_phrase(answer, positions)
        and not said_in_lesser_degree(phrase, answer, positions)
        and not hedged_in_its_case(phrase, answer, positions)
        and not (asked is not None and framed_in_another(phrase, answer, positions, asked))
        and not answered_with_none(phrase, answer, positions)
    )


def _concept_stems(prepared: PreparedConcept) -> frozenset[str]:
    """The stems of every word of a concept's phrases and listed wrong claims."""
    return frozenset(s for p in (*prepared.phrases, *prepared.contradicts) for _, s, _ in p.tokens)


def _another_verb_between(answer: Answer, positions: Sequence[int]) -> bool:
    """Whether a verb that is not the statement's stands between its words: then what comes
    after it is that verb's object, not the statement's own claim. "the big model checks all
    those guesses" does not say "big model guesses" (play28 M2: a correct answer on
    speculative decoding was told its direction was reversed)."""
    words, stems = answer.text.words, answer.text.stems
    own = set(positions)
    for i in range(min(positions) + 1, max(positions)):
        if i in own or words[i] in STOP_WORDS:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if is_verb(words[i], stems[i], words[i - 1], following):
            return True
    return False


def _same_claim(answer: Answer, one: int, other: int) -> bool:
    """Whether two segments are one, or two halves of a sentence joined by a semicolon ("a
    low temperature sharpens it; a high one flattens it" states both sides)."""
    if one == other:
        return True
    if abs(one - other) != 1:
        return False
    structure, text = answer.structure, answer.text
    first = structure.segments.index(max(one, other))
    return (
        first > 0
        and structure.sentences[first - 1] == structure.sentences[first]
        and ";" in text.raw[text.spans[first - 1][1] : text.spans[first][0]]
    )
