"""Concepts found in an answer as claims: said of the right subject, in the right direction.

A concept is credited when one of its phrases (name or alias) stands in one sentence of the
answer, or when a clause of the answer says what its description says (TF-IDF similarity at
clause level, see `MEANING_THRESHOLD`), and:

- it is not denied ("does not need labels" does not cover "labels"); a denial that rejects a
  wrong claim the rubric lists for the question ("DPO does not need a reward model", where
  "DPO requires a reward model" is listed) is the candidate right about another thing, and is
  neither credit nor a denial of the concept;
- a negatively phrased concept ("no reward model") is said in the negative too;
- when the concept is `about` a subject of a contrast (BERT vs GPT), the sentence does not
  attach it to another subject of the question: that is a swap;
- the answer states none of the concept's `contradicts`, nor a directional phrase of it turned
  around ("higher is better" for "lower is better"), other than to reject it.

A swap or a contradiction is not credited and is reported with the candidate's own words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import partial

from ..bank import Concept
from .before_state import said_of_the_start
from .claims import stated_contradiction, statement_phrases, subject_named_first
from .clauses import Structure
from .deficits import (
    denied_dropped_deficit,
    dropped_deficit,
    left_out_deficit,
    rest_said_plainly,
)
from .denial_words import has_negation
from .figures import check_figures
from .findings import Finding, PreparedConcept, quote, scattered
from .matching import (
    Answer,
    Match,
    Phrase,
    coordinated_apart,
    flipped,
    match_phrase,
    match_statement,
    word_missing,
)
from .matching.precisions import bare_precision_given_away, precision_disagrees
from .meaning import AnswerSimilarities
from .misconceptions import MisconceptionFinding, find_misconceptions
from .nearest import nearest_quote
from .negative_aliases import says_no
from .statements import StatementIndex
from .subjects import (
    Mentions,
    Subject,
    attribution,
    prepare_subjects,
    subject_index,
    swap_of,
    swap_subjects,
)
from .text import DIRECTION_WORDS, Text, stem
from .true_of_both import true_of_its_subject

__all__ = [
    "Finding",
    "MisconceptionFinding",
    "Mentions",
    "PreparedConcept",
    "Subject",
    "find_concept",
    "find_concepts",
    "find_misconceptions",
    "prepare_concept",
    "prepare_subjects",
    "statement_phrases",
    "swap_subjects",
]

MEANING_THRESHOLD = 0.60
"""A clause this similar (word + character TF-IDF, see similarity.py) to a concept's
description counts as saying it; chosen on the development set's dev split (grader 3.4, with the
rubric's plain-language aliases: 0.30-0.70 tried, 0.60 best, 0.42-0.70 within 0.015 of its QWK;
the aliases now do most of what the meaning match did, and it mostly credits a near-restatement
of the description)."""
CLOSEST_SHOWN = 0.15
"""A missing concept's closest clause is quoted in feedback only from this similarity."""
MEANING_CREDIT = 0.85
"""Credit for a concept found by meaning rather than wording (one matched phrase earns 1)."""


def prepare_concept(
    concept: Concept,
    phrases: Sequence[Phrase],
    subjects: Sequence[Subject],
    meaning: object | None = None,
    contradicts: Sequence[str] | None = None,
    canon: Mapping[str, str] | None = None,
    said_in: Sequence[str] = (),
) -> PreparedConcept:
    """A concept's phrases, reversed phrases, contradicting statements and subject, ready.

    Contradicting statements keep the question's own words: "DPO trains a reward model" must
    name DPO to say something wrong about it.

    A phrase that the concept's own name or description denies ("flicker" of "... and no
    flicker"), or in reference mode the answer key (`said_in`: "needs no reward model" for the
    keyword "reward model"), names what the concept says is absent: it is read in the
    negative, so "objects do not flicker" says the concept and "frames can flicker" does not."""
    described = Text.of(concept.description or "", canon=canon)
    owned = [Structure.of(Text.of(t, canon=canon)) for t in (concept.description, *said_in) if t]
    name = Structure.of(Text.of(concept.name, canon=canon))
    phrases = [
        replace(p, negative=True) if not p.negative and _denied_in(p, owned, name) else p
        for p in phrases
    ]
    turned = tuple(f for p in phrases if not p.negative for f in flipped(p))
    statements = concept.contradicts if contradicts is None else contradicts
    parsed = tuple(statement_phrases(statements, canon))
    subject = subject_index(concept, subjects)
    named_first = tuple(
        (phrase, named[0], named[1], subject_named_first(phrase, subjects) is not None)
        for phrase in parsed
        if not phrase.negative
        and (named := subject_named_first(phrase, subjects, least=1)) is not None
    )
    return PreparedConcept(
        concept,
        tuple(phrases),
        turned,
        parsed,
        subject,
        meaning,
        frozenset(s for s in described.stems if s in DIRECTION_WORDS),
        has_negation(described.words),
        frozenset(described.content_stems()),
        _implied(phrases) if subject is not None else (),
        named_first,
        (
            *parsed,
            *(rest for _, _, rest, _ in named_first),
            *turned,
            *(p for p in phrases if len(p.tokens) <= 3 or p.whole),
        ),
    )


_MORE = stem("more")


def _implied(phrases: Sequence[Phrase]) -> tuple[Phrase, ...]:
    """The bare word of each two-word "more X" phrase ("focused" of "more focused"), to be
    credited only where it is plainly said of the concept's subject (`_implied_finding`).
    Never of "less X": "low is random" does not say "less random"."""
    return tuple(
        Phrase(p.text, (p.tokens[1],))
        for p in phrases
        if not p.negative
        and len(p.tokens) == 2
        and p.tokens[0][1] == _MORE
        and p.tokens[1][1] not in DIRECTION_WORDS.get(_MORE, ())
    )


def _implied_finding(
    prepared: PreparedConcept, answer: Answer, mentions: Mentions
) -> Finding | None:
    """A concept about a subject credited by the bare word of one of its "more X" phrases,
    said plainly of that subject in its own segment and not turned by a degree word or a
    negation before it: "low is focused, high is random" (play27 M3: 25.5, "missing")."""
    if prepared.subject is None:  # `implied` is made only for a concept about a subject
        return None
    structure, text = answer.structure, answer.text
    own = mentions.positions[prepared.subject]
    for phrase in prepared.implied:
        word, word_stem, _ = phrase.tokens[0]
        for p in answer.positions.get(word_stem, ()):
            before = text.stems[p - 1] if p else ""
            if before in DIRECTION_WORDS or structure.denied(p) or structure.rejected([p]):
                continue  # "less focused", "not focused"
            if not any(structure.segments[q] == structure.segments[p] and q < p for q in own):
                continue
            if mentions.claimant(answer, p, p) != prepared.subject:
                continue
            return Finding(
                prepared.concept,
                "credited",
                credit=1.0,
                phrase=phrase.text,
                how="wording",
                evidence=quote(text, (p,)),
                ratio=100.0,
            )
    return None


def _denied_in(phrase: Phrase, texts: Sequence[Structure], name: Structure) -> bool:
    """Whether the concept's own texts (and its name) say every word of the phrase only under
    a negation that governs it directly ("no flicker", "cannot move too far"), and never
    outside one ("a stack is LIFO, not FIFO; a queue is FIFO" does not deny FIFO). The name
    may deny but never affirms: a keyword is its own name."""
    said = [_polarity(phrase, s) for s in texts]
    return (True in said or _polarity(phrase, name) is True) and False not in said


def _polarity(phrase: Phrase, structure: Structure) -> bool | None:
    """True when the text says the phrase's words denied, False when it says them otherwise,
    None when it does not hold them all."""
    wanted = {token[1] for token in phrase.tokens}
    stems = structure.text.stems
    where = [i for i, s in enumerate(stems) if s in wanted]
    if not where or {stems[i] for i in where} != wanted:
        return None
    return all(structure.reach[i] >= 0 for i in where) and structure.denied(where[0])


def find_concept(
    prepared: PreparedConcept,
    answer: Answer,
    mentions: Mentions,
    subjects: Sequence[Subject],
    meaning: AnswerSimilarities | None = None,
    wrong_claims: Sequence[Phrase] = (),
    possible: AbstractSet[int] | None = None,
    others: Sequence[PreparedConcept] = (),
) -> Finding:
    """What the answer says about one concept (see the module docstring for the rules);
    `wrong_claims`, the question's listed wrong claims, that a denial may reject; `possible`,
    when given, the id() of each of the concept's `whole_words` that may be in the answer
    (the others are not: a word of each is not); `others`, the question's other concepts,
    whose words said of their own subject swap nothing (true_of_both.py)."""
    concept = prepared.concept
    structure, text = answer.structure, answer.text

    contradiction = stated_contradiction(prepared, answer, mentions, subjects, possible)
    if contradiction is not None:
        return contradiction

    # a concept about one subject of a contrast must be said within one claim (segment)
    unit = "segment" if prepared.subject is not None else "sentence"
    candidates: list[tuple[float, int, Phrase, Match]] = []
    denied: Match | None = None
    # with no subject to swap, the best candidate is credited: a full one (credit 1, the
    # most there is) found first cannot be beaten by the phrases after it
    swappable = prepared.subject is not None and len(subjects) >= 2
    for order, phrase in enumerate(prepared.phrases):
        if (len(phrase.tokens) <= 3 or phrase.whole) and (
            (possible is not None and id(phrase) not in possible) or word_missing(phrase, answer)
        ):
            continue  # every word is needed (match_phrase's needed share): not there
        match = match_phrase(phrase, answer, unit=unit)
        if match is None:
            continue
        first = match.positions[0]
        if scattered(match, phrase):
            continue  # "reward model scores its outputs, and a KL penalty ... a value"
        if coordinated_apart(phrase, answer, match.positions):
            continue  # "single tokens and rare words" does not say "rare tokens"
        if precision_disagrees(phrase, answer, match.positions) or bare_precision_given_away(
            phrase, prepared.phrases, answer, match.positions
        ):
            continue  # "4 bits ... while keeping the base model in 16-bit" (precisions.py)
        deficit = match.share < 1.0 and left_out_deficit(
            phrase, [text.stems[p] for p in match.positions]
        )
        if phrase.negative:
            if not any(
                structure.negative_context(p) or structure.done_without(p) for p in match.positions
            ):
                continue  # "still needs a reward model" does not say "no reward model"
        elif deficit:
            # "worse at recalling exact details" found without "worse": "cannot recall exact
            # details" says it, "can recall exact details" does not (deficits.py)
            if not (
                structure.denied(first, match.positions[-1])
                or structure.denied_after(match.positions[-1])
            ):
                continue
        elif (
            (
                structure.denied(first, match.positions[-1])
                or structure.denied_after(match.positions[-1])
                or structure.denied_before_a_break(match.positions)
                or denied_dropped_deficit(phrase, answer, match.positions)
            )
            and not structure.disbelieved(list(match.positions))
            and not dropped_deficit(phrase, answer, first)
        ):
            if said_of_the_start(answer, first):
                continue  # "a pretrained LLM isn't specialized": the state before the change
            # "it is a myth that it does not learn from data" says that it does
            if _rejects_a_wrong_claim(match, answer, wrong_claims):
                continue  # "DPO does not need a reward model": right, of another method
            owner = mentions.claimant(answer, first, match.positions[-1])
            if prepared.subject is None or owner is None or owner == prepared.subject:
                denied = denied or match  # "Prefill does not ..." about decode is no denial
            continue
        elif rest_said_plainly(phrase, answer, first):
            continue  # "does the old tasks well" says no loss of them (deficits.py)
        credit = match.share * (0.5 + 0.5 * match.ratio / 100.0)
        candidates.append((credit, order, phrase, match))
        if credit >= 1.0 and not swappable:
            break
    swapped: tuple[Phrase, Match, str] | None = None
    unattributed: Finding | None = None
    for credit, _, phrase, match in sorted(candidates, key=lambda c: (-c[0], c[1])):
        negative = says_no(phrase)
        right, swap = attribution(
            prepared.subject, answer, mentions, subjects, match.positions, negative=negative
        )
        if swap is not None:
            # a swap only where the phrase is said plainly, its words in order and close:
            # "splits layers across nodes, with micro-batches" does not say "splits the batch"
            stated = match_statement(phrase, answer)
            if stated is None:
                # nor is it credited: its words are there, plainly said of the other subject
                # ("GQA instead compresses the keys and values into a small latent ..., caches
                # only that latent" does not say that MLA caches only the latent)
                continue
            if stated.positions != match.positions:
                right, swap = attribution(
                    prepared.subject,
                    answer,
                    mentions,
                    subjects,
                    stated.positions,
                    negative=negative,
                )
        if swap is not None:
            if true_of_its_subject(prepared, others, answer, mentions, subjects, match.positions):
                continue  # "MQA's heads all share one set of keys": MQA's own concept too
            swapped = swapped or (phrase, match, swap)
            continue  # said of the other subject here; perhaps of the right one elsewhere
        finding = Finding(
            concept,
            "credited",
            credit=credit,
            phrase=phrase.text,
            how="wording",
            evidence=quote(text, match.positions),
            ratio=round(match.ratio, 1),
        )
        if right:
            return finding
        unattributed = unattributed or finding
    if unattributed is not None and swapped is None:
        return unattributed  # said of no subject that can be told: credited
    if unattributed is None and swapped is None and prepared.implied:
        implied = _implied_finding(prepared, answer, mentions)
        if implied is not None:
            return implied
    if swapped is not None:  # plainly said of the other subject, and of its own nowhere
        phrase, match, swap = swapped
        return Finding(
            concept,
            "contradicted",
            phrase=phrase.text,
            evidence=quote(text, match.positions),
            detail=swap,
            error="swap",
        )
    closest = ""
    if meaning is not None and prepared.meaning is not None:
        found = meaning.closest(prepared)
        if found is not None:
            similarity, first, last = found
            said = _says_the_description(prepared, answer, first, last)
            if similarity >= MEANING_THRESHOLD and said:
                positions = [first, last]
                swap = swap_of(prepared.subject, answer, mentions, subjects, positions)
                if swap is None:
                    return Finding(
                        concept,
                        "credited",
                        credit=MEANING_CREDIT,
                        phrase="description",
                        how="meaning",
                        evidence=text.evidence(first, last),
                        ratio=round(100 * similarity, 1),
                    )
            if similarity >= CLOSEST_SHOWN and denied is None:
                closest = nearest_quote(
                    answer,
                    first,
                    last,
                    partial(meaning.unit_similarities, prepared),
                    prepared.meaning_stems,
                )
    if denied is not None:
        return Finding(concept, "denied", evidence=quote(text, denied.positions))
    return Finding(concept, "missing", closest=closest)


def _rejects_a_wrong_claim(match: Match, answer: Answer, wrong_claims: Sequence[Phrase]) -> bool:
    """Whether the denied words at `match` are part of a wrong claim the rubric lists, said
    in one clause and rejected there: "DPO does not need a reward model" rejects "DPO needs a
    reward model", and denies nothing of what the reward model is."""
    structure = answer.structure
    held = set(match.positions)
    for phrase in wrong_claims:
        stated = match_statement(phrase, answer, unit="clause")
        if stated is None or not held & set(stated.positions):
            continue
        if structure.rejected(list(stated.positions)):
            return True
    return False


def _says_the_description(prepared: PreparedConcept, answer: Answer, first: int, last: int) -> bool:
    """Whether a unit close to a concept's description in wording says it the same way: not
    with a direction word turned around ("a higher temperature" for "a lower temperature"), and
    not mostly in a negation's reach when the description is not negated."""
    text = answer.text
    stems = set(text.stems[first : last + 1])
    for direction in prepared.meaning_directions - stems:
        if any(opposite in stems for opposite in DIRECTION_WORDS.get(direction, ())):
            return False
    if prepared.meaning_negated:
        return True
    content = text.content  # ascending: the unit's content words are one slice of it
    content = content[bisect_left(content, first) : bisect_right(content, last)]
    negated = sum(1 for i in content if answer.structure.reach[i] >= 0)
    return negated * 2 < len(content)


def find_concepts(
    concepts: Sequence[PreparedConcept],
    subjects: Sequence[Subject],
    answer: Answer,
    meaning: AnswerSimilarities | None = None,
    index: StatementIndex | None = None,
    wrong: Sequence[Phrase] | None = None,
) -> list[Finding]:
    """What the answer says about each concept, in order (see `find_concept`); `meaning`, the
    answer's similarities to the descriptions, for the meaning match and the nearest quote;
    `index`, when the caller keeps one, the StatementIndex of the concepts' `whole_words`
    (one group per concept), which spares looking for those that cannot be there;
    `wrong`, the question's wrong claims that a denial may reject without denying a concept
    ("DPO does not need a reward model"; "unmasked tokens are not predicted" against the
    misconception "unmasked tokens are predicted too"): `PreparedQuestion.rejectable_claims`,
    else the concepts' own `contradicts`."""
    mentions = Mentions.of(subjects, answer)
    if wrong is None:
        wrong = wrong_claims(concepts)
    possible: AbstractSet[int] | None = None
    if index is not None:
        possible = {id(concepts[g].whole_words[k]) for g, k in index.candidates(answer)}
    found = [
        find_concept(c, answer, mentions, subjects, meaning, wrong, possible, concepts)
        for c in concepts
    ]
    return check_figures(found, answer.text.raw)


def wrong_claims(
    concepts: Sequence[PreparedConcept], misconceptions: Iterable[Phrase] = ()
) -> tuple[Phrase, ...]:
    """The concepts' `contradicts` and the misconception phrases that are not said in the
    negative: the wrong claims a denial may reject without denying a concept."""
    return tuple(p for c in concepts for p in c.contradicts if not p.negative) + tuple(
        p for p in misconceptions if not p.negative
    )
