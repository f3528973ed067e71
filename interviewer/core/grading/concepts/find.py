"""What an answer says about one concept (`find_concept`): credited by wording or by meaning,
denied, swapped to another subject, contradicted, or missing. The rules are in the package
docstring; every concept of a question: find_all.py."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import partial

from ..before_state import said_of_the_start
from ..claims import stated_contradiction
from ..deficits import (
    denied_dropped_deficit,
    dropped_deficit,
    left_out_deficit,
    rest_said_plainly,
)
from ..denied_between import split_by_setting_aside
from ..findings import Finding, PreparedConcept, quote, scattered
from ..inside_each import inside_each, inside_not_between
from ..limited_subjects import limited_one_unable
from ..matching import (
    Answer,
    Match,
    Phrase,
    coordinated_apart,
    match_phrase,
    match_statement,
    word_missing,
)
from ..matching.precisions import bare_precision_given_away, precision_disagrees
from ..meaning import AnswerSimilarities
from ..nearest import nearest_quote
from ..negative_aliases import says_no
from ..negative_concepts import agrees_with_negation, negated_of_another
from ..noun_modifiers import denies_a_compound
from ..passed_over import names_a_foil
from ..reversed_comparisons import comparison_reversed
from ..subjects import (
    Mentions,
    Subject,
    attribution,
    swap_of,
)
from ..true_of_both import true_of_its_subject
from ..unnamed_kinds import unnamed_kind_unable
from .implied import implied_finding
from .match_denials import rejects_a_wrong_claim, split_by_a_denial
from .meaning_match import says_the_description

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


def find_concept(
    prepared: PreparedConcept,
    answer: Answer,
    mentions: Mentions,
    subjects: Sequence[Subject],
    meaning: AnswerSimilarities | None = None,
    wrong_claims: Sequence[Phrase] = (),
    possible: AbstractSet[int] | None = None,
    others: Sequence[PreparedConcept] = (),
    *,
    denied_inside: bool = False,
    asked: frozenset[str] | None = None,
) -> Finding:
    """What the answer says about one concept (see the module docstring for the rules);
    `wrong_claims`, the question's listed wrong claims, that a denial may reject; `possible`,
    when given, the id() of each of the concept's `whole_words` that may be in the answer
    (the others are not: a word of each is not); `others`, the question's other concepts,
    whose words said of their own subject swap nothing (true_of_both.py); `denied_inside`: a
    match split by its copula and "not" ("the axis is not tilted" found for "axis tilted",
    "a tuple is not mutable") is denied whatever its predicate (denied_between.verb_denied's
    `copula`; else the predicate must be a verb). An option, on in reference mode only: a key
    term there is a bare claim of the key that no listed wrong claim turns around, where a
    rubric writes its wrong claims out (`contradicts`); on in rubric mode too, it moved 1 grade
    of 6,211 in grade_identity (a fresh-test answer, strong -> missing) and no train, dev or
    fresh-dev one (tidy48). `asked`: the question's words and stems
    (claims.stated_contradiction)."""
    concept = prepared.concept
    structure, text = answer.structure, answer.text

    contradiction = stated_contradiction(prepared, answer, mentions, subjects, possible, asked)
    if contradiction is not None:
        return contradiction

    # a concept about one subject of a contrast must be said within one claim (segment)
    unit = "segment" if prepared.subject is not None else "sentence"
    candidates: list[tuple[float, int, Phrase, Match]] = []
    denied: Match | None = None
    spans: list[tuple[int, int]] = []  # denied matches of words in a row: their first, last
    reversal: tuple[Phrase, Match] | None = None
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
        if inside_not_between(phrase, answer, match.positions):
            continue  # "attention within each frame" is not "attention between frames"
        if precision_disagrees(phrase, answer, match.positions) or bare_precision_given_away(
            phrase, prepared.phrases, answer, match.positions
        ):
            continue  # "4 bits ... while keeping the base model in 16-bit" (precisions.py)
        if split_by_setting_aside(
            text.words, text.stems, structure.sentences, match.positions
        ) and not any(marker in phrase.text.lower() for marker in _SETTING_ASIDE):
            continue  # "the same sequence, rather than two different ones" (denied_between.py)
        if comparison_reversed(phrase, answer, match.positions):
            # "few-shot is always less reliable" (reversed_comparisons.py)
            reversal = reversal or (phrase, match)
            continue
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
        elif negated_of_another(concept.name, phrase, answer, match.positions, asked):
            continue  # "pretraining could not scale to ...": not labelling (negative_concepts.py)
        elif (
            not concept.name.lower().startswith(_LACK)
            and (
                structure.denied_from(match.positions)
                or structure.denied_after(match.positions[-1])
                or structure.denied_before_a_break(match.positions)
                or denied_dropped_deficit(phrase, answer, match.positions)
                or split_by_a_denial(
                    phrase, answer, match.positions, prepared.phrase_stems, denied_inside
                )
            )
            and not structure.disbelieved(list(match.positions))
            and not dropped_deficit(phrase, answer, first)
            # "labelling could never cover trillions of tokens" says 'labelling does not
            # scale' (negative_concepts.py)
            and not agrees_with_negation(concept.name, phrase, answer, match.positions, asked)
            # "an attacker is unable to tell ..." says DP's limit (limited_subjects.py)
            and not limited_one_unable(concept.name, concept.description, answer, match.positions)
        ):
            if unnamed_kind_unable(answer, match.positions, others, asked):
                continue  # "a classifier is unable to create ...": not its kind (unnamed_kinds.py)
            if inside_each(phrase, answer, match.positions):
                continue  # "no diversity within classes": of each class, not of the classes
            if denies_a_compound(answer, match.positions):
                continue  # "without any instruction tuning" denies no instruction
            if said_of_the_start(answer, first):
                continue  # "a pretrained LLM isn't specialized": the state before the change
            # "it is a myth that it does not learn from data" says that it does
            if rejects_a_wrong_claim(match, answer, wrong_claims):
                continue  # "DPO does not need a reward model": right, of another method
            owner = mentions.claimant(answer, first, match.positions[-1])
            if prepared.subject is None or owner is None or owner == prepared.subject:
                denied = denied or match  # "Prefill does not ..." about decode is no denial
                if match.positions[-1] - first + 1 == len(match.positions):  # words in a row
                    spans.append((first, match.positions[-1]))
            continue
        elif rest_said_plainly(phrase, answer, first):
            continue  # "does the old tasks well" says no loss of them (deficits.py)
        elif (
            prepared.subject is None
            and concept.description
            and structure.passed_over(match.positions)
            and not names_a_foil(concept.description)
        ):
            continue  # "in one pass rather than one token at a time" (passed_over.py)
        credit = match.share * (0.5 + 0.5 * match.ratio / 100.0)
        candidates.append((credit, order, phrase, match))
        if credit >= 1.0 and not swappable:
            break
    swapped: tuple[Phrase, Match, str] | None = None
    unattributed: Finding | None = None
    for credit, _, phrase, match in sorted(candidates, key=lambda c: (-c[0], c[1])):
        low, high = min(match.positions), max(match.positions)
        if not phrase.negative and any(a <= low and high <= b for a, b in spans):
            continue  # "hacking" of "reward hacking", read denied by a longer phrase (veto58)
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
            at=(min(match.positions), max(match.positions)),
        )
        if right:
            return finding
        unattributed = unattributed or finding
    if unattributed is not None and swapped is None:
        return unattributed  # said of no subject that can be told: credited
    if unattributed is None and swapped is None and prepared.implied:
        implied = implied_finding(prepared, answer, mentions)
        if implied is not None:
            return implied
    if reversal is not None and swapped is None:  # the comparison the other way, nothing credited
        phrase, match = reversal
        return Finding(
            concept,
            "contradicted",
            phrase=phrase.text,
            evidence=quote(text, match.positions),
            detail=f"the comparison is reversed (expected: '{phrase.text}')",
            error="reversed",
        )
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
            said = says_the_description(prepared, answer, first, last)
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
                        at=(first, last),
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


_SETTING_ASIDE = ("rather than", "instead of", "as opposed to")
_LACK = "not "
"""A concept named as a lack ("not open-ended use": what a benchmark does not test, its
aliases naming it) is said by its aliases denied: "it says nothing about writing, following
instructions or safety" (a fresh-dev paraphrase, f0264, once a denial reached every item of a
list: denied_lists.py)."""
