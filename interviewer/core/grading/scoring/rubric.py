"""Rubric mode: the signals mapped to the expected grade by the calibration, then capped for
central errors and non-answers, and each part of the score explained."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ...bank import Question
from ..calibration import Calibration
from ..concepts import Finding, find_concepts, find_misconceptions
from ..feedback import build_grade, told_not_knowing, told_what_repeats
from ..flags import said_once
from ..matching import Answer
from ..meaning import AnswerSimilarities
from ..order import check_order
from ..other_questions import OTHER_QUESTION_CAP, answers_another, may_answer_another
from ..prepared import PreparedQuestion
from ..result import Contradiction, Grade, ScorePart
from ..retractions import retraction
from ..retractions import taken_back as retracted
from ..roles import exchange_notes, role_exchanges
from .length import (
    COMPLETE_COVERAGE,
    FULL_LENGTH_WORDS,
    complete_length,
    content_length,
    kept_length,
)
from .off_subject import flag_non_answers
from .signals import ESSENTIAL_WEIGHT, FULL_SIMILARITY, blended_similarity, rubric_coverage
from .substance import LIMITED_LENGTH, Substance, substance

DENIAL_WEIGHT = 2.0
"""A concept of at least this weight that the answer denies ("DPO does not use preference
pairs") counts as a contradiction, not only as a concept missed."""
MISCONCEPTION_WEIGHT = 2.0
"""A misconception the answer states counts this much rubric weight as got wrong (the
`contradicted` signal), like a denied important concept: it is a wrong claim, not a gap."""

# Caps on the expected grade (0-5), from the grading guide an interviewer follows.
CENTRAL_ERROR_CAP = 1.0
"""A contradicted essential concept, or a misconception: a central error caps the grade at 1
(20, `missing`), as the grading guide caps a human's. Other contradictions lower the grade
through the calibration's `contradicted` signal. (Until grader 3.36 the cap was 3, 60: the checks
were then not precise enough for 1. At 3.35, of the answers this cap touched on train, dev,
fresh-dev and the blind train answers (tests/data/blind_train.yaml, unseen by any rubric line),
the interviewers graded 181 of 182 at 0-2 and 179 at 0-1, mean 0.20; capped at 3 they scored up to
60, two grades above what an interviewer means. benchmarks/calibration_blind.py, stop 40.)"""
NOTHING_DETECTED_CAP = 2.0
"""No concept of the rubric detected (coverage 0): at most 2 (40, `weak`). The calibration learnt
length from the train split, where every long answer detected something; a long answer on the
subject that earns no concept (vague talk in the topic's words) scored up to 66 there. Of the
224 answers with coverage 0 and no other cap on train, dev, fresh-dev and the blind train
answers, the interviewers graded 217 at 0-2 and 3 at 4-5 (stop 40)."""
UNREACHED_CAP = 1.0
"""No concept detected, and under substance.UNREACHED_SHARE of the answer's counted words in
sentences that say what a reference sentence says: at most 1 (20, `missing`). Polished talk
about the topic that says nothing checkable ("it is a powerful and flexible approach that teams
rely on every day") had scored 40 on length alone (fluff52: 17 of 20 blind fluff probes at
38.7-48.6). Of the answers with coverage 0 and no other cap scoring over 20 on train, dev,
fresh-dev and the blind train answers, the 14 this cap lowers are all graded 0-1; the 7 graded
3-5 that the grader reads nothing in reach a reference sentence with 0.44-1.0 of their words and
keep NOTHING_DETECTED_CAP (benchmarks/nothing_detected.py)."""
CENTRAL_ERROR_SHARE = 0.25
"""Contradictions holding this share of the rubric's weight are a central error too."""
RETRACTED_CAP = 1.0
"""An answer that takes back what it said ("... lol jk, it's completely deterministic"): what
it means in the end is the opposite of its claims, which no concept found credits; an
interviewer gives 0-1 (play28 M1, genai-201: 81.4 with no flag). Reference mode caps it too
(reference_scoring, retractions.py)."""
KEYWORD_LIST_CAP = 0.75
RESTATES_CAP = 0.5
OFF_TOPIC_CAP = 0.5
NO_ANSWER_FLAGS = ("off_topic", "restates_question", "keyword_list")
"""Flags of an answer that is no answer at all, capped under UNREACHED_CAP."""
ANOTHER_QUESTION = "another_question"
"""The flag of an answer to another question of the topic (other_questions.py)."""


def grade_rubric(
    question: Question,
    prepared: PreparedQuestion,
    parsed: Answer,
    found: AnswerSimilarities,
    flags: list[str],
    calibration: Calibration,
    closest_other: Callable[[], tuple[float, Question] | None] | None = None,
) -> Grade:
    """Rubric mode: the signals, mapped to the expected grade by the calibration, then capped
    for central errors and non-answers. `closest_other`: the answer's similarity to the
    closest reference of another question of the topic, and that question, asked only of an
    answer that may answer another question (other_questions.py)."""
    cosines = found.references
    word_cos, char_cos = max(cosines, key=blended_similarity) if cosines else (0.0, 0.0)
    similarity = blended_similarity((word_cos, char_cos))
    concepts = prepared.concepts[0]
    findings = find_concepts(
        concepts,
        prepared.subjects,
        parsed,
        found,
        prepared.concept_index,
        prepared.rejectable_claims,
        asked=prepared.prompt_words,
    )
    coverage, essential = rubric_coverage(findings)
    one_subject = len(prepared.subjects) < 2
    misconceptions = find_misconceptions(
        prepared.misconceptions,
        parsed,
        prepared.misconception_index,
        asked=prepared.prompt_words if one_subject else None,
        rests=prepared.misconception_rests if one_subject else None,
    )
    said = said_once(parsed.text, parsed.structure)
    off = flag_non_answers(flags, parsed, prepared, coverage, word_cos, char_cos, said)
    answered = _answered(flags, similarity, coverage, closest_other)
    if "keyword_list" in flags:
        # a string of terms makes no claim: nothing in it is said of anything, or denied
        findings = [
            replace(f, status="missing") if f.status in ("contradicted", "denied") else f
            for f in findings
        ]
        misconceptions = []
    elif question.order:
        # steps of a process said in the wrong order ("First PPO, ... Third, SFT")
        findings = check_order(question.order, concepts, findings, parsed)
    contradictions = [
        f
        for f in findings
        if f.status == "contradicted"
        or (f.status == "denied" and f.concept.weight >= DENIAL_WEIGHT)
    ]
    # parts given each other's jobs (check-only roles: no concept's credit changes); a string
    # of terms says nothing of anything
    exchanged = [] if "keyword_list" in flags else role_exchanges(prepared.roles, parsed)
    taken_back = retraction(parsed.text, parsed.structure)
    if contradictions or exchanged or taken_back is not None:
        flags.append("contradiction")
    total_weight = sum(f.concept.weight for f in findings) or 1.0
    wrong_weight = sum(f.concept.weight for f in contradictions)
    wrong_weight += MISCONCEPTION_WEIGHT * len(misconceptions)
    words, full = content_length(parsed, off, said), prepared.full_length
    length = kept_length(
        max(words / full, complete_length(coverage)) if words < full else 1.0,
        coverage * total_weight,
        wrong_weight,
    )
    vague: Substance | None = None
    if length > LIMITED_LENGTH and 0 < coverage < COMPLETE_COVERAGE:
        # a long answer whose words mostly land in nothing credited: talk around the topic
        # is not a long answer (substance.py); with nothing credited at all, the cap of
        # NOTHING_DETECTED_CAP says it already
        vague = _substance(parsed, said, off, findings, prepared)
        if vague.vague():
            length = LIMITED_LENGTH
        else:
            vague = None
    signals = {
        "coverage": coverage,
        "essential": essential,
        "similarity": min(1.0, similarity / FULL_SIMILARITY),
        "length": length,
        "contradicted": min(1.0, wrong_weight / total_weight),
    }
    grade, base, contributions = calibration.explain(signals)
    if not signals["contradicted"]:
        # nothing wrong was found: no line saying so, its share goes to the starting point
        base += contributions.pop("contradicted")
    parts = [
        ScorePart(
            "base",
            1.0,
            round(20 * base, 1),
            "the grade of an answer with nothing detected, before the score is kept within 0-100",
        )
    ]
    for name, value in signals.items():
        if name not in contributions:
            continue
        parts.append(
            ScorePart(
                name,
                round(value, 3),
                round(20 * contributions[name], 1),
                _signal_detail(
                    name, findings, word_cos, char_cos, full, words, value > words / full, vague
                ),
            )
        )
    caps: list[tuple[str, float, str]] = []
    # a swap, a reversal or a stated contradiction is a central error whatever the
    # concept's weight (the grading guide); a denial only of an essential concept
    central = [c for c in contradictions if c.error or c.concept.weight >= ESSENTIAL_WEIGHT]
    if central or exchanged or misconceptions or signals["contradicted"] >= CENTRAL_ERROR_SHARE:
        caps.append(("errors", CENTRAL_ERROR_CAP, "a central claim is wrong"))
    if taken_back is not None:
        caps.append(("retracted", RETRACTED_CAP, "takes back what it says"))
    unreached = False
    if not coverage:
        # an answer flagged as no answer (off topic, the question restated, a string of terms)
        # is capped lower and told why already
        unreached = (
            grade > UNREACHED_CAP
            and not any(f in flags for f in NO_ANSWER_FLAGS)
            and _substance(parsed, said, off, findings, prepared).unreached()
        )
        caps.append(
            ("nothing_detected", UNREACHED_CAP, UNREACHED_DETAIL)
            if unreached
            else ("nothing_detected", NOTHING_DETECTED_CAP, "no concept of the rubric detected")
        )
    for flag, cap in (
        ("restates_question", RESTATES_CAP),
        ("off_topic", OFF_TOPIC_CAP),
        ("keyword_list", KEYWORD_LIST_CAP),
        (ANOTHER_QUESTION, OTHER_QUESTION_CAP),
    ):
        if flag in flags:
            caps.append((flag, cap, _CAP_DETAILS.get(flag, "")))
    for signal, cap, detail in sorted(caps, key=lambda c: c[1], reverse=True):
        if grade > cap:
            parts.append(
                ScorePart(
                    signal,
                    1.0,
                    -round(20 * (grade - cap), 1),
                    f"capped at {20 * cap:.0f}" + (f": {detail}" if detail else ""),
                )
            )
            grade = cap
    graded = build_grade(
        question,
        prepared,
        round(max(0.0, min(100.0, 20 * grade)), 1),
        (similarity, coverage),
        findings,
        misconceptions,
        flags,
        parts,
        contradictions=tuple(
            Contradiction(
                f.concept.name,
                (f.evidence,),
                f.detail or "the answer denies it",
                f.concept.weight,
            )
            for f in contradictions
        )
        + tuple(exchanged)
        + (() if taken_back is None else (retracted(taken_back),)),
        expected_grade=round(grade, 2),
    )
    if exchanged:
        graded = replace(graded, feedback=(*exchange_notes(exchanged), *graded.feedback))
    graded = told_not_knowing(graded, parsed.text.raw)
    graded = told_what_repeats(graded, parsed.text, parsed.structure)
    if vague is not None:
        graded = replace(graded, feedback=(*graded.feedback, VAGUE_NOTE))
    if unreached:
        graded = replace(graded, feedback=(*graded.feedback, UNREACHED_NOTE))
    if answered is not None:
        note = (
            f"This answers another question, “{answered.prompt}”, more than the one asked: "
            "answer what was asked."
        )
        graded = replace(graded, feedback=(note, *graded.feedback))
    if taken_back is None:
        return graded
    # worded as reference mode words it
    note = f"“{taken_back}” is wrong: it takes back what the answer says before it."
    return replace(graded, feedback=(note, *graded.feedback))


VAGUE_NOTE = (
    "Much of this answer talks around the topic: few of its sentences state a point of the "
    "answer key, so only half of its length counts. Say what it is and how it works, point by "
    "point."
)
"""The feedback of an answer whose length is limited for want of substance (substance.py)."""

UNREACHED_DETAIL = (
    "no concept of the rubric detected, and few sentences say what a reference sentence says"
)
UNREACHED_NOTE = (
    "This answer talks about the topic without saying anything checkable: none of its points "
    "was found in the answer key, however long it is. Say what it is and how it works, point by "
    "point."
)
"""The feedback of an answer capped at UNREACHED_CAP."""


def _substance(
    parsed: Answer,
    said: list[int],
    off: frozenset[int],
    findings: Sequence[Finding],
    prepared: PreparedQuestion,
) -> Substance:
    """Where the words the length signal counts (`said`, those not `off` the subject) stand
    (substance.py)."""
    return substance(
        parsed,
        [i for i in said if i not in off],
        findings,
        prepared.reference_sentences,
        prepared.on_subject,
    )


_CAP_DETAILS = {
    "keyword_list": "terms without claims",
    ANOTHER_QUESTION: "answers another question of the topic",
}


def _answered(
    flags: list[str],
    similarity: float,
    coverage: float,
    closest_other: Callable[[], tuple[float, Question] | None] | None,
) -> Question | None:
    """The other question of the topic the answer answers (other_questions.py), flagged
    `another_question`; None when it answers none, or is flagged as no answer already (off
    topic, the question restated, a string of terms: capped lower)."""
    if (
        closest_other is None
        or not may_answer_another(coverage)
        or any(f in flags for f in NO_ANSWER_FLAGS)
    ):
        return None
    closest = closest_other()
    if closest is None or not answers_another(similarity, closest[0], coverage):
        return None
    flags.append(ANOTHER_QUESTION)
    return closest[1]


def _signal_detail(
    name: str,
    findings: Sequence[Finding],
    word_cos: float,
    char_cos: float,
    full: int = FULL_LENGTH_WORDS,
    words: int | None = None,
    by_coverage: bool = False,
    vague: Substance | None = None,
) -> str:
    if name == "coverage":
        credited = [f for f in findings if f.status == "credited"]
        by_meaning = sum(1 for f in credited if f.how == "meaning")
        extra = f" ({by_meaning} by meaning)" if by_meaning else ""
        return f"{len(credited)} of {len(findings)} concepts detected{extra}, by weight"
    if name == "essential":
        return "share of the essential concepts (weight 3) detected"
    if name == "similarity":
        return (
            f"TF-IDF similarity to the closest reference: words {word_cos:.2f}, "
            f"characters {char_cos:.2f}; full at {FULL_SIMILARITY:.2f}"
        )
    if name == "contradicted":
        return (
            "share of the rubric's weight the answer gets wrong (swapped, reversed, denied; "
            f"a misconception counts {MISCONCEPTION_WEIGHT:g})"
        )
    counted = "content words in sentences on the question's subject; full at " + str(full)
    if by_coverage:  # the length signal is the coverage's (COMPLETE_COVERAGE)
        return f"{words} {counted}; counted as the share of the concepts detected"
    if vague is not None:  # substance.py
        return (
            f"{counted}; counted as {LIMITED_LENGTH:g} at most: {vague.credited:.0%} of these "
            f"words are in sentences with a concept detected, {vague.reached:.0%} in those or in "
            "sentences that say what a reference sentence says"
        )
    return counted
