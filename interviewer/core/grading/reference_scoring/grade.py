"""Reference mode's grade: the blend's score against the reference that gives the most, then
misconceptions, the caps for wrong claims (wrong_claims.py) and flags (caps.py), the keywords
rule, and the explanation (explanation.py) and feedback (notes.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ...bank import Question
from ..concepts import find_misconceptions
from ..degree_runs import degree_run
from ..feedback import build_grade
from ..flags import circular, self_definition
from ..keyword_key import keyword_rule
from ..listed import read_list
from ..matching import Answer
from ..one_word import one_word_answer
from ..prepared import PreparedQuestion
from ..restated import spells_an_acronym
from ..result import Contradiction, Grade, ScorePart
from ..scoring import flag_non_answers
from ..short_term_runs import short_term_string
from ..text import STOP_WORDS
from .blend import ReferenceBlend, shipped_blend
from .caps import (
    CAP,
    MISCONCEPTION_POINTS,
    NOTHING_SIMILARITY,
    OFF_TOPIC_CAP,
    cap_score,
    capped_score,
    flag_caps,
    says_the_question_again,
    terms_beyond,
)
from .concise import concise_credit
from .explanation import signal_parts
from .notes import with_notes
from .signals import SHORTEST, reference_signals
from .wrong_claims import claim_caps, wrong_claims


def grade_reference(
    question: Question,
    prepared: PreparedQuestion,
    parsed: Answer,
    cosines: list[tuple[float, float]],
    kept: list[tuple[float, float]],
    flags: list[str],
    weight: Callable[[str], float],
    blend: ReferenceBlend | None = None,
) -> Grade:
    """Reference mode: the blend's points for the reference that gives the most (see
    reference_signals for the arguments)."""
    blend = blend or shipped_blend()
    candidates = reference_signals(prepared, parsed, cosines, kept, weight)
    best = max(candidates, key=lambda s: capped_score(blend, s))  # the first of equals
    index = candidates.index(best)
    score = max(0.0, blend.score(best))
    word_cos, char_cos = best.cosines
    parts = signal_parts(blend, best, prepared)
    misconceptions = find_misconceptions(
        prepared.misconceptions, parsed, prepared.misconception_index
    )
    if misconceptions:
        penalty = min(score, MISCONCEPTION_POINTS * len(misconceptions))
        score -= penalty
        parts.append(
            ScorePart("misconceptions", len(misconceptions), -round(penalty, 1), "misconceptions")
        )
    written = parsed.written or parsed
    flag_non_answers(flags, written, prepared, best.coverage, word_cos, char_cos)
    if (
        "keyword_list" not in flags
        and "unreadable" not in flags
        and (
            degree_run(written.text) or short_term_string(written.text, question.reference_answers)
        )
    ):
        # "oxygen more electronegative hydrogen shared electrons ...", "unique not null row
        # identify"
        flags.append("keyword_list")
    # the key is a list of terms too and the answer names every one: listing them is the
    # answer ("What does ACID stand for?"); a list of some of them stays a keyword string
    # (capping such partial lists at 50 lowered Mohler's r: its graders credit part of a list)
    listing = (
        read_list(prepared.reference_items[index], written.text.raw)
        if index < len(prepared.reference_items)
        else None
    )
    if (
        "keyword_list" in flags
        and index < len(prepared.reference_listed)
        and prepared.reference_listed[index]
        and (best.coverage >= 1.0 or (listing is not None and listing.complete))
    ):
        # every item named, in the key's words or other forms of them ("Atomic" for
        # "Atomicity": play29 F5 had capped the right list in adjective form at 50)
        flags.remove("keyword_list")
    if "keyword_list" in flags and spells_an_acronym(
        written.text,
        prepared.asked_expansions,
        prepared.acronyms.key_words if prepared.acronyms is not None else (),
    ):
        # "What does ACID stand for?" answered "atomicity, consistency, isolation, durability":
        # what the letters stand for, asked for, is the answer and not a string of terms
        flags.remove("keyword_list")
    self_defined = self_definition(
        written.text, parsed.text if parsed is not written else None, prepared.question_stems
    )
    if self_defined and "restates_question" not in flags:
        flags.append("restates_question")
    capped: list[str] = [
        f for f in ("restates_question", "off_topic", "keyword_list", "unreadable") if f in flags
    ]
    said_again = "restates_question" in flags and (
        says_the_question_again(written, prepared.question_stems)
        or circular(written.text, prepared.question_stems)
    )
    claims = wrong_claims(prepared, index, written, flags, listing)
    if not (claims.turned or claims.taken_back or claims.swaps or claims.exchanges) and not (
        claims.unlisted or misconceptions or index >= len(prepared.reference_contrasts)
    ):
        score = concise_credit(
            parts, score, blend, best, prepared.reference_contrasts[index], written
        )
    score = claim_caps(parts, score, claims)
    turned = claims.turned + ([claims.taken_back] if claims.taken_back else [])
    swaps = claims.swaps or claims.exchanges  # an exchange is told as swapped
    exchanges, unlisted = claims.exchanges, claims.unlisted
    if (
        "keyword_list" in flags
        and claims.stated
        and not (turned or swaps or unlisted)
        and (
            claims.asked_exactly
            or not terms_beyond(written.text.raw, claims.stated_as, prepared.question_stems)
        )
    ):
        # the key states a fact exactly (a formula, an order of growth, a count asked for) and
        # the answer states it, terse: the answer given, not a string of terms ("H2O, two
        # hydrogens and one oxygen." for "What is the chemical formula of water?" had been
        # capped at 50); when the question did not ask for the fact, only if the rest of the
        # answer is no string of terms itself
        flags.remove("keyword_list")
        capped.remove("keyword_list")
    if (
        best.coverage == 0
        and best.similarity <= NOTHING_SIMILARITY
        and (
            "too_short" in flags
            or best.length <= SHORTEST
            or ("keyword_list" in flags and STOP_WORDS.isdisjoint(written.text.words))
        )
    ):
        score = cap_score(
            parts,
            score,
            OFF_TOPIC_CAP,
            "nothing_found",
            1,
            "a short answer with nothing of the answer key",
        )
    if one_word_answer(written.text, best.reference_words):
        # a word names at most one of the key's terms: "energy" states nothing of what plants
        # do with light (play42: 50.3); `missing`, as a short answer with nothing of the key
        score = cap_score(
            parts,
            score,
            OFF_TOPIC_CAP,
            "one_word",
            1,
            "one word against an answer key that takes several",
        )
    findings = list(best.findings)
    denied = [f for f in findings if f.status == "denied"]
    if denied and (prepared.key_terms == "derived" or "keyword_list" in flags):
        # a term picked from the key by the grader, not named by the user, denied in a longer
        # answer is mostly said of another thing the key contrasts ("nothing can be
        # precomputed" of the cross-encoder): not detected, and no claim of a denial; nor is
        # anything denied in a string of terms, which makes no claim
        findings = [replace(f, status="missing") if f.status == "denied" else f for f in findings]
        denied = []
    if turned or swaps or denied or unlisted:
        # what rubric mode flags too: a teacher filters a batch's output on it (play23 F7)
        flags.append("contradiction")
    if (
        (turned or swaps or claims.counted)
        and "restates_question" in flags
        and not said_again
        and not self_defined
    ):
        # a claim of the key turned around is a claim, wrong: "A cache raises latency." was
        # told it restated the question (play27 minor 7); the contradiction says what is wrong;
        # and the key's count said right ("There are seven layers in the OSI model." for "How
        # many layers does the OSI model have?") is the answer, in the question's words
        flags.remove("restates_question")
        capped.remove("restates_question")
    if denied:
        # a keyword the user named, denied: a central error, as a denied essential concept is
        # in rubric mode; the feedback says "your answer denies it" and the score agrees; with
        # none of the key's terms said right besides, wrong on every point it makes (as a key
        # turned around is): "The Earth's axis is not tilted, so distance causes seasons."
        # (play47: 50.7)
        credited = any(f.status == "credited" for f in findings)
        every = "" if credited else " and says none of it right"
        score = cap_score(
            parts,
            score,
            CAP if credited else OFF_TOPIC_CAP,
            "denied",
            len(denied),
            f"denies what the answer key states{every}",
        )
    if exchanges:
        # two of the key's terms given each other's verbs ("release carbon dioxide" where the
        # key releases oxygen): a wrong claim, as a denied keyword is
        score = cap_score(
            parts,
            score,
            CAP,
            "exchanged",
            len(exchanges),
            "gives two of the answer key's terms each other's roles",
        )
    if prepared.key_terms == "keywords":
        score = keyword_rule(
            parts,
            score,
            best.coverage,
            len(findings),
            flags + ["negated"] * best.negated,
            bool(turned or swaps or denied or misconceptions),
        )
    score = flag_caps(parts, score, ["negated"] * best.negated + capped, said_again)
    grade = build_grade(
        question,
        prepared,
        round(max(0.0, min(100.0, score)), 1),
        (best.similarity, best.coverage),
        findings,
        misconceptions,
        flags,
        parts,
        contradictions=(
            *turned,
            *swaps,
            *unlisted,
            *(
                Contradiction(
                    f.concept.name, (f.evidence,), "the answer denies it", f.concept.weight
                )
                for f in denied
            ),
        ),
    )
    return with_notes(grade, best, written, (*turned, *unlisted), swaps, self_defined, flags, parts)
