"""A listed wrong claim said of its subject where the claim does not name it: a subject
named before and a pronoun opening the clause ("GRPO samples a group. It drops the clipping"),
a pronoun standing for the claim's opening noun phrase, or no subject at all on a question
about one thing."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from ..appositives import subject_before
from ..findings import Finding, PreparedConcept
from ..lesser_degree import said_in_lesser_degree
from ..matching import Answer, Phrase, match_statement
from ..passive_means import passive_means
from ..pronoun_claims import antecedents, said_through_pronoun
from ..subjectless_claims import aside_of_the_asked, said_without_subject, subject_rests
from ..subjects import Mentions
from ..text import STOP_WORDS, Text
from ..ties import coordinated_pair, modifies_another
from ..unit_spans import unit_start
from .own_claim import listed_wrong, said_in_aside_of, stated_as_said, subject_set_aside


def said_of_subject_named_before(
    prepared: PreparedConcept,
    answer: Answer,
    mentions: Mentions,
    possible: AbstractSet[int] | None = None,
) -> Finding | None:
    """A wrong claim about a named subject ("GRPO drops the clipping") said of that subject
    where a pronoun opening the clause stands for it: "GRPO samples a group of answers. It
    drops the clipping". The rest of the claim is found as a statement right after the pronoun
    (_opened_by_pronoun), which must stand for that subject (Mentions.claimant: the one subject
    the sentence, or the one before, names; never a guess), and not rejected,
    as the whole wording is; a claim in the negative is left to the match of its whole wording.
    The claims that open with a subject's name are found once per question
    (`PreparedConcept.named_first`)."""
    structure, text = answer.structure, answer.text
    for phrase, index, rest, enough in prepared.named_first:
        if possible is not None and id(rest) not in possible:
            continue
        match = match_statement(rest, answer, unit="clause")
        if match is None:
            continue
        positions = list(match.positions)
        if said_in_aside_of(answer, mentions, positions, index):
            # "Unlike GPT, where each token attends to earlier and later tokens, ...": the
            # wrong claim "GPT attends to ..." said of GPT in the aside that names it
            return listed_wrong(prepared, phrase.text, text, match.positions)
        if (
            _hyphened_to_previous(answer, positions[0])
            or structure.negative_context(positions[0])
            or structure.rejected(positions)
            or structure.said_of_the_past(positions)
            or structure.framed(positions)
            or said_in_lesser_degree(rest, answer, positions)
            # "HyDE writes a hypothetical answer to the question" says no 'HyDE hypothetical
            # questions': "hypothetical" qualifies "answer" (ties.modifies_another; read62)
            or modifies_another(_as_written(rest), answer, positions)
            or subject_set_aside(mentions, positions, index)
            or not (
                _named_right_before(answer, mentions, index, positions[0])
                or (enough and _opened_by_pronoun(answer, positions[0]))
            )
            or mentions.claimant(answer, positions[0], positions[-1], objects=False) != index
        ):
            continue
        return listed_wrong(prepared, phrase.text, text, match.positions)
    return None


def listed_through_pronoun(
    prepared: PreparedConcept, answer: Answer, listed: Sequence[Phrase] | None = None
) -> Finding | None:
    """A listed wrong claim whose opening noun phrase is said by a pronoun standing for it on
    any question ("GPT ..., and it is an encoder-only transformer": pronoun_claims.py), not
    negated, rejected, supposed or said of the past where its rest stands; `listed`, when
    given, the concept's `contradicts` that may be there (the others are not looked for).
    With none, the answer's pronouns are not read (speed62)."""
    if listed is None:
        listed = prepared.contradicts
    if not listed:
        return None
    found = antecedents(answer)
    if not found:
        return None
    structure = answer.structure
    for phrase in listed:
        said = said_through_pronoun(phrase, answer, found)
        if said is None:
            continue
        positions = list(said.match.positions)
        if not (
            structure.negative_context(positions[0])
            or structure.rejected(positions)
            or structure.framed(positions)
            or structure.said_of_the_past(positions)
            or modifies_another(said.rest, answer, positions)
            or coordinated_pair(said.rest, answer, positions)
            or said_in_lesser_degree(said.rest, answer, positions)
        ):
            return listed_wrong(prepared, phrase.text, answer.text, said.quoted())
    return None


def listed_without_subject(
    prepared: PreparedConcept, answer: Answer, asked: frozenset[str]
) -> Finding | None:
    """A listed wrong claim that opens with the question's subject, said with no subject of
    its own on a question about one thing ("Each token attends to earlier and later tokens"
    for 'in GPT each token attends to earlier and later tokens': subjectless_claims.py), and
    stated as said (stated_as_said)."""
    for phrase, subject, rest in subject_rests(prepared, asked):
        match = said_without_subject(rest, answer, asked, subject)
        if match is None:
            continue
        positions = list(match.positions)
        if stated_as_said(rest, answer, positions) or (
            aside_of_the_asked(answer, positions, asked)
            and not any(answer.structure.negative_context(p) for p in positions)
            and not answer.structure.framed(positions)
            and not answer.structure.dismissed_otherwise(positions)
        ):
            return listed_wrong(prepared, phrase.text, answer.text, positions)
    return None


def _as_written(rest: Phrase) -> Phrase:
    """The rest of a claim whose subject was left out of its tokens, with its text cut to the
    words of the rest ("hypothetical questions" of 'HyDE hypothetical questions'), so that
    readings of its written words (ties.modifies_another) see the rest alone."""
    written = Text.of(rest.text).words
    tail = written[len(written) - len(rest.tokens) :]
    if len(written) > len(rest.tokens) and tail == [t[0] for t in rest.tokens]:
        return replace(rest, text=" ".join(tail))
    return rest


PRONOUN_GAP = 2
"""At most this many words (adverbs, auxiliaries: "it also", "they simply") between the pronoun
that opens a clause and the words of the claim said of what it stands for."""


def _hyphened_to_previous(answer: Answer, position: int) -> bool:
    """Whether the word at `position` ends a hyphenated word: "BERT is encoder-only and sees
    the left and right context" does not say "only sees the left context" of BERT."""
    text = answer.text
    return position > 0 and text.raw[text.spans[position - 1][1] : text.spans[position][0]] == "-"


def _named_right_before(answer: Answer, mentions: Mentions, index: int, first: int) -> bool:
    """Whether subject `index` is named in the clause of the word at `first`, its name ending
    at most PRONOUN_GAP words before it: "an SSM is better at recall" says "Mamba better at
    recall" of the same subject by another of its names (its `about` list); or, when that
    clause opens with the verb after an appositive, named as the subject before it, the
    appositive's own words left out ("GRPO, a variant of PPO, drops the clipping": GRPO)."""
    clauses, words = answer.structure.clauses, answer.text.words
    verb = unit_start(clauses, first)
    named = subject_before(answer, verb)
    if named is not None and first - verb - 1 <= PRONOUN_GAP:
        # "GRPO, the method from DeepSeek, drops the clipping": the subject before the
        # appositive is the verb's (appositives.py)
        return named.subject in mentions.positions[index] or any(
            start < named.subject and clauses[start] == clauses[named.subject]
            for start in mentions.positions[index]
        )
    for start in mentions.positions[index]:
        if not start < first or clauses[start] != clauses[first]:
            continue
        end = start
        while end + 1 < first and words[end + 1] not in STOP_WORDS:
            end += 1  # the name's last word: "state-space model"
        if first - end - 1 <= PRONOUN_GAP:
            return True
    return False


def _opened_by_pronoun(answer: Answer, first: int) -> bool:
    """Whether the clause of the word at `first` opens (after a linking word) with a pronoun
    standing for a subject named before ("it", "they", "which"), at most PRONOUN_GAP words
    before `first`: "It drops the clipping", "..., but it simply drops the clipping"."""
    clauses, words = answer.structure.clauses, answer.text.words
    opening = unit_start(clauses, first)
    while opening < first and words[opening] in LINKS:
        opening += 1
    return words[opening] in SAME_SUBJECT and (
        first - opening - 1 <= PRONOUN_GAP
        # "It is trained by dropping the clipping" (passive_means.py, pron66)
        or (first > opening and passive_means(answer, opening, first))
    )


LINKS = frozenset("and or but so because since as then yet".split())
"""Words that may open a clause before its subject."""

SAME_SUBJECT = frozenset("it they which that who whose this these".split())
"""A clause's subject that stands for the one named before it."""
