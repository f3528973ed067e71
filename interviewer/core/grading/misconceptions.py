"""Misconceptions (the question's and the bank's) the answer states, rather than names in order
to reject them: said as one claim, not taken from two."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from ..bank import Misconception
from .across_comma import said_across_comma
from .claim_places import other_places
from .claims import LINKS, SAME_SUBJECT, answered_with_none
from .findings import quote, scattered
from .hedged_degree import hedged_in_its_case
from .matching import (
    Answer,
    Match,
    Phrase,
    match_phrase,
    match_statement,
)
from .pronoun_claims import antecedents, said_through_pronoun
from .statements import StatementIndex
from .subjectless_claims import rest_after_subject, said_without_subject
from .ties import (
    agent_of_passive,
    coordinated_pair,
    joined_as_two,
    lesser_side,
    modifier_of_another,
    modifies_another,
)
from .unit_spans import unit_start


def _one_claim(phrase: Phrase, answer: Answer, match: Match) -> bool:
    """Whether a misconception's words found in one segment say it as one claim: inside one
    clause, or starting with its first word in the first clause and going on only into
    clauses whose subject stands for that one ("FlashAttention is faster because it reduces
    FLOPs", "CLIP, which is a text-to-image generator"). "... to speed up inference, and
    paged optimizers move the weights to disk so training fits" does not say "paged
    optimizers speed up training": its words are taken from three claims."""
    clauses, words = answer.structure.clauses, answer.text.words
    positions = match.positions
    if clauses[positions[0]] == clauses[positions[-1]]:
        return True
    word, word_stem, fuzzy = phrase.tokens[0]
    if not any(clauses[p] == clauses[positions[0]] for p in answer.find(word, word_stem, fuzzy)[0]):
        return False
    for before, p in zip(positions, positions[1:], strict=False):
        if clauses[p] == clauses[before]:
            continue
        opening = unit_start(clauses, p)
        while opening < p and words[opening] in LINKS:
            opening += 1
        if words[opening] not in SAME_SUBJECT:
            return False
    return True


def _placed(
    phrase: Phrase, answer: Answer, common: bool, within: int | None = None
) -> Match | None:
    """Where a misconception's phrase is found (`within` a sentence when given): a bank's
    common one, said of the field, only as a statement; a question's own in one segment, or in
    one clause when the segment's closest words were taken from two claims (_one_claim)."""
    if common:
        return match_statement(phrase, answer, unit="clause", within=within)
    match = match_phrase(phrase, answer, unit="segment", needed=1.0, within=within)
    if match is not None and not _one_claim(phrase, answer, match):
        # the closest words were taken from two claims; one clause may still say it
        match = match_phrase(phrase, answer, unit="clause", needed=1.0, within=within)
    return match


def _stated_place(phrase: Phrase, answer: Answer, match: Match) -> bool:
    """Whether a place found is one the answer states (not scattered, and _stated)."""
    return not scattered(match, phrase) and _stated(phrase, answer, list(match.positions))


OwnRests = tuple[tuple[Misconception, tuple[tuple[frozenset[str], Phrase], ...]], ...]
"""The question's own misconceptions with the (subject, rest) of each of their phrases that
opens with the question's subject (subjectless_claims.rest_after_subject), in order."""


def own_rests(
    misconceptions: Sequence[tuple[Misconception, Sequence[Phrase]]], asked: frozenset[str]
) -> OwnRests:
    """The question's own (not the bank's common) misconceptions whose phrases open with its
    subject, each with those phrases' subject and rest: the same for every answer to a
    question, so worked out once per question (PreparedQuestion.misconception_rests) rather
    than once per answer and phrase (lead57: 2,230 calls of `rest_after_subject` per run of
    the development set, as speed56 found for the `contradicts` lines)."""
    found = []
    for misconception, phrases in misconceptions:
        if misconception.common:
            continue
        splits = tuple(s for s in (rest_after_subject(p, asked) for p in phrases) if s)
        if splits:
            found.append((misconception, splits))
    return tuple(found)


@dataclass(frozen=True)
class MisconceptionFinding:
    """A misconception the answer states, in the candidate's own words."""

    misconception: Misconception
    evidence: str


def find_misconceptions(
    misconceptions: Sequence[tuple[Misconception, Sequence[Phrase]]],
    answer: Answer,
    index: StatementIndex | None = None,
    asked: frozenset[str] | None = None,
    rests: OwnRests | None = None,
) -> list[MisconceptionFinding]:
    """Misconceptions the answer states, not those it names in order to reject them; `index`
    (StatementIndex of their phrases), when the caller keeps one, spares looking for the
    phrases that cannot be there. `asked`, the question's words and stems, given on a question
    about one thing (fewer than two `about` subjects): a question's own misconception that
    opens with its subject is also found said without it (_said_without_subject); `rests`, when
    the caller keeps them for the question (`own_rests` of the same `asked`), spares reading
    the phrases' subjects again."""
    if index is None:
        wanted = [
            (m, k) for m, (_, phrases) in enumerate(misconceptions) for k in range(len(phrases))
        ]
    else:
        wanted = index.candidates(answer)
    found = []
    stated = -1
    for number, k in wanted:
        if number == stated:
            continue
        misconception, phrases = misconceptions[number]
        phrase = phrases[k]
        common = misconception.common
        match = _placed(phrase, answer, common)
        quoted: list[int] | None = None
        if match is not None:
            if not _stated_place(phrase, answer, match):
                # the place found first is set aside: the claim may be said again elsewhere
                # (claim_places.py: "Early diffusion models were ... Today diffusion models")
                places = other_places(
                    phrase, answer, match, partial(_placed, phrase, answer, common)
                )
                match = next((p for p in places if _stated_place(phrase, answer, p)), None)
                if match is None:
                    continue  # no place states it
        elif phrase.negative:
            continue
        else:
            match = said_across_comma(phrase, answer)
            if match is None:
                said = said_through_pronoun(phrase, answer, antecedents(answer))
                if said is not None:
                    match, phrase, quoted = said.match, said.rest, said.quoted()
            if match is None or not _stated_place(phrase, answer, match):
                continue
        found.append(
            MisconceptionFinding(misconception, quote(answer.text, quoted or match.positions))
        )
        stated = number
    if asked is not None:
        if rests is None:
            rests = own_rests(misconceptions, asked)
        found += _said_without_subject(rests, answer, asked, {id(f.misconception) for f in found})
    return found


def _said_without_subject(
    rests: OwnRests,
    answer: Answer,
    asked: frozenset[str],
    stated: set[int],
) -> list[MisconceptionFinding]:
    """The question's own misconceptions that open with its subject, said with no subject of
    their own ("Each token attends to future tokens" for "GPT attends to future tokens"), as
    the `contradicts` lines are (subjectless_claims.py, veto56); not the bank's common ones,
    said of the field rather than of this question's subject."""
    found = []
    for misconception, splits in rests:
        if id(misconception) in stated:
            continue
        for subject, rest in splits:
            match = said_without_subject(rest, answer, asked, subject)
            if match is None or scattered(match, rest):
                continue
            if _stated(rest, answer, list(match.positions)):
                found.append(
                    MisconceptionFinding(misconception, quote(answer.text, match.positions))
                )
                break
    return found


def _stated(phrase: Phrase, answer: Answer, positions: list[int]) -> bool:
    """Whether a misconception's words found at `positions` are the candidate's own claim: in
    the negative where the phrase is, and not joined from two, set aside, in the past, framed
    or answered with none."""
    structure = answer.structure
    # a phrase in the negative holds where any of its words is in a negation's reach, as a
    # `contradicts` does ("LLMs rarely overfit": the negation follows the first word)
    in_negative = (
        any(structure.negative_context(p) for p in positions)
        if phrase.negative
        else structure.negative_context(positions[0])
    )
    if phrase.negative != in_negative:
        return False
    if hedged_in_its_case(phrase, answer, positions):
        return False  # "keeps nearly the same accuracy" does not say "the same accuracy"
    if phrase.negative and answer.structure.dismissed(positions):
        return False  # "it is a myth that no human review is needed" says it is
    return phrase.negative or not (
        joined_as_two(phrase, answer, positions)
        or coordinated_pair(phrase, answer, positions)
        or modifies_another(phrase, answer, positions)
        or modifier_of_another(phrase, answer, positions, hyphenated=True)
        or agent_of_passive(phrase, answer, positions)
        or lesser_side(phrase, answer, positions)
        or answer.structure.rejected(positions)
        or answer.structure.said_of_the_past(positions)
        or answer.structure.framed(positions)
        or answered_with_none(phrase, answer, positions)
    )
