"""Wrong claims of a concept: its `contradicts` and reversed directions stated, said of the
subject they name or of a pronoun standing for it (misconceptions: misconceptions.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from .across_comma import said_across_comma
from .findings import Finding, PreparedConcept, quote
from .matching import (
    COUNTING,
    REVERSED,
    Answer,
    Phrase,
    claim_words,
    make_phrase,
    match_phrase,
    match_statement,
)
from .named_other import said_of_another_name
from .none_object import denied_in_contrast
from .pronoun_claims import antecedents, said_through_pronoun
from .subjectless_claims import aside_of_the_asked, said_without_subject, subject_rests
from .subjects import Mentions, Subject, attribution, object_of
from .text import DIRECTION_WORDS, STOP_WORDS, Text
from .ties import (
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
from .verbs import is_verb


def statement_phrases(
    statements: Iterable[str], canon: Mapping[str, str] | None = None
) -> list[Phrase]:
    """Wrong claims (`contradicts`, misconceptions) ready to match: they keep the question's own
    words and the counting words ("only", "each", "own", "same", ...: COUNTING, so "each frame
    denoised on its own" is not "all frames are denoised jointly"); one left with a single word
    states nothing ("write it once" is "write") and is ignored, unless it is said in the
    negative ("no labels")."""
    return [
        p
        for c in statements
        if (p := make_phrase(c, canon=canon, keep=claim_words(c), twice=True)) is not None
        and (len(p.tokens) > 1 or p.negative)
    ]


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
    for phrase in prepared.contradicts:
        if possible is not None and id(phrase) not in possible:
            continue
        match = match_statement(phrase, answer, unit="clause")
        if match is None:
            continue
        positions = list(match.positions)
        if phrase.negative:
            # "DPO does not use preference pairs" holds only where the answer says it in the
            # negative too; "DPO uses preference pairs" is the concept itself
            stated = any(structure.negative_context(p) for p in positions) and not (
                structure.dismissed(positions)
            )
        else:
            stated = (
                (
                    not structure.rejected(positions)
                    or _said_in_aside_of(answer, mentions, positions, prepared.subject)
                )
                and not modifies_another(phrase, answer, positions)
                and not agent_of_passive(phrase, answer, positions)
                and not lesser_side(phrase, answer, positions)
                and not coordinated_pair(phrase, answer, positions)
                and not qualifies_a_noun_after(phrase, answer, positions)
                and not head_of_another(phrase, answer, positions)
                and not modifier_of_another(phrase, answer, positions)
                and not across_coordinated_verb(phrase, answer, positions)
                and not removed_between(answer, positions)
                and not _set_aside(mentions, positions)
                and not structure.said_of_the_past(positions)
                and not structure.framed(positions)
                and not _possessor_in_a_phrase(answer, positions)
                and not answered_with_none(phrase, answer, positions)
            )
        if stated:
            return _listed_wrong(prepared, phrase.text, text, match.positions)
    for phrase in prepared.contradicts:
        if phrase.negative or (possible is not None and id(phrase) not in possible):
            continue
        match = said_across_comma(phrase, answer)
        if match is not None and _stated_as_said(phrase, answer, match.positions):
            return _listed_wrong(prepared, phrase.text, text, match.positions)
    if mentions is not None:
        found = _said_of_subject_named_before(prepared, answer, mentions, possible)
        if found is not None:
            return found
    found = _said_through_pronoun(prepared, answer, possible)
    if found is not None:
        return found
    if asked is not None and len(subjects) < 2:
        found = _said_without_subject(prepared, answer, asked)
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


def _concept_stems(prepared: PreparedConcept) -> frozenset[str]:
    """The stems of every word of a concept's phrases and listed wrong claims."""
    return frozenset(s for p in (*prepared.phrases, *prepared.contradicts) for _, s, _ in p.tokens)


def _stated_as_said(phrase: Phrase, answer: Answer, positions: Sequence[int]) -> bool:
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
    )


def subject_named_first(
    phrase: Phrase, subjects: Sequence[Subject], least: int = 2
) -> tuple[int, Phrase] | None:
    """A wrong claim that opens with the name of a subject of the question's contrast ("GRPO
    drops the clipping"): that subject's index and the rest of the claim ("drops the
    clipping"), when the rest holds two words or more, `least` of them besides direction and
    counting words ("uses a larger rank" says too little to be said through a pronoun; "better
    at recall" is a claim right after the subject's name); else None."""
    stems = [token[1] for token in phrase.tokens]
    longest = max(
        (
            (len(named.tokens), index)
            for index, subject in enumerate(subjects)
            for named in subject.phrases
            if named.tokens and stems[: len(named.tokens)] == [t[1] for t in named.tokens]
        ),
        default=None,
    )
    if longest is None:
        return None
    size, index = longest  # "the target model guesses" names "target model", not "target"
    rest = phrase.tokens[size:]
    said = [t for t in rest if t[1] not in DIRECTION_WORDS and t[0] not in COUNTING]
    if len(rest) >= 2 and len(said) >= least:
        return index, replace(phrase, tokens=rest)
    return None


def _listed_wrong(
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


def _said_of_subject_named_before(
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
        if _said_in_aside_of(answer, mentions, positions, index):
            # "Unlike GPT, where each token attends to earlier and later tokens, ...": the
            # wrong claim "GPT attends to ..." said of GPT in the aside that names it
            return _listed_wrong(prepared, phrase.text, text, match.positions)
        if (
            _hyphened_to_previous(answer, positions[0])
            or structure.negative_context(positions[0])
            or structure.rejected(positions)
            or structure.said_of_the_past(positions)
            or structure.framed(positions)
            or _set_aside(mentions, positions, index)
            or not (
                _named_right_before(answer, mentions, index, positions[0])
                or (enough and _opened_by_pronoun(answer, positions[0]))
            )
            or mentions.claimant(answer, positions[0], positions[-1], objects=False) != index
        ):
            continue
        return _listed_wrong(prepared, phrase.text, text, match.positions)
    return None


def _said_through_pronoun(
    prepared: PreparedConcept, answer: Answer, possible: AbstractSet[int] | None = None
) -> Finding | None:
    """A listed wrong claim whose opening noun phrase is said by a pronoun standing for it on
    any question ("GPT ..., and it is an encoder-only transformer": pronoun_claims.py), not
    negated, rejected, supposed or said of the past where its rest stands."""
    found = antecedents(answer)
    if not found:
        return None
    structure = answer.structure
    for phrase in prepared.contradicts:
        if possible is not None and id(phrase) not in possible:
            continue
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
        ):
            return _listed_wrong(prepared, phrase.text, answer.text, said.quoted())
    return None


def _said_without_subject(
    prepared: PreparedConcept, answer: Answer, asked: frozenset[str]
) -> Finding | None:
    """A listed wrong claim that opens with the question's subject, said with no subject of
    its own on a question about one thing ("Each token attends to earlier and later tokens"
    for 'in GPT each token attends to earlier and later tokens': subjectless_claims.py), and
    stated as said (_stated_as_said)."""
    for phrase, subject, rest in subject_rests(prepared, asked):
        match = said_without_subject(rest, answer, asked, subject)
        if match is None:
            continue
        positions = list(match.positions)
        if _stated_as_said(rest, answer, positions) or (
            aside_of_the_asked(answer, positions, asked)
            and not any(answer.structure.negative_context(p) for p in positions)
            and not answer.structure.framed(positions)
            and not answer.structure.dismissed_otherwise(positions)
        ):
            return _listed_wrong(prepared, phrase.text, answer.text, positions)
    return None


PRONOUN_GAP = 2
"""At most this many words (adverbs, auxiliaries: "it also", "they simply") between the pronoun
that opens a clause and the words of the claim said of what it stands for."""


def _said_in_aside_of(
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


def _hyphened_to_previous(answer: Answer, position: int) -> bool:
    """Whether the word at `position` ends a hyphenated word: "BERT is encoder-only and sees
    the left and right context" does not say "only sees the left context" of BERT."""
    text = answer.text
    return position > 0 and text.raw[text.spans[position - 1][1] : text.spans[position][0]] == "-"


def _named_right_before(answer: Answer, mentions: Mentions, index: int, first: int) -> bool:
    """Whether subject `index` is named in the clause of the word at `first`, its name ending
    at most PRONOUN_GAP words before it: "an SSM is better at recall" says "Mamba better at
    recall" of the same subject by another of its names (its `about` list)."""
    clauses, words = answer.structure.clauses, answer.text.words
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
    opening = first
    while opening > 0 and clauses[opening - 1] == clauses[first]:
        opening -= 1
    while opening < first and words[opening] in LINKS:
        opening += 1
    return words[opening] in SAME_SUBJECT and first - opening - 1 <= PRONOUN_GAP


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


def _possessor_in_a_phrase(answer: Answer, positions: Sequence[int]) -> bool:
    """Whether the statement's first word, its subject, stands in the answer as a possessor
    inside a prepositional phrase ("cross-attention over the encoder's outputs to generate the
    output"): it qualifies the preposition's object and is not what the verb after it is said
    of, so that is not "the encoder generates the output" (a correct answer on the decoder was
    told it said so). "It relies on the encoder to generate the output" and "the encoder's job
    is to generate the output" still say it."""
    first = positions[0]
    return answer.text.words[first].endswith("'s") and object_of(answer, first)


def _set_aside(
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


LINKS = frozenset("and or but so because since as then yet".split())
"""Words that may open a clause before its subject."""

SAME_SUBJECT = frozenset("it they which that who whose this these".split())
"""A clause's subject that stands for the one named before it."""
