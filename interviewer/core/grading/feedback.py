"""From findings to a `Grade`: the concepts matched and missed, and the feedback notes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..bank import Question
from .clauses import Structure
from .concepts import Finding
from .flags import quoted, repeated_sentence
from .not_known import admits_not_knowing
from .prepared import PreparedQuestion
from .result import ConceptMatch, Contradiction, Grade, MisconceptionFound, ScorePart, band_for
from .text import MAX_ANALYSED_CHARS, Text


def build_grade(
    question: Question,
    prepared: PreparedQuestion,
    score: float,
    signals: tuple[float, float],
    findings: Sequence[Finding],
    misconceptions: Sequence[Any],
    flags: list[str],
    parts: list[ScorePart],
    contradictions: tuple[Contradiction, ...] = (),
    expected_grade: float | None = None,
) -> Grade:
    """The Grade of a scored answer: band, concepts matched and missed, feedback."""
    similarity, coverage = signals
    band = band_for(score, flags)
    matched, missed = matched_missed(findings)
    return Grade(
        score=score,
        band=band,
        similarity=round(similarity, 3),
        coverage=round(coverage, 3),
        matched=matched,
        missed=missed,
        misconceptions=tuple(
            MisconceptionFound(m.misconception.phrase, m.misconception.note, (m.evidence,))
            for m in misconceptions
        ),
        flags=tuple(flags),
        feedback=feedback_notes(
            band,
            flags,
            findings,
            misconceptions,
            prepared.key_terms,
            prepared.named_by_question,
            list_asked=prepared.asks_for_list,
        ),
        explanation=tuple(parts),
        key_terms=prepared.key_terms,
        question_id=question.id,
        contradictions=contradictions,
        expected_grade=expected_grade,
    )


def empty_grade(
    question: Question, prepared: PreparedQuestion, flags: list[str], written: str = ""
) -> Grade:
    """The grade of an answer with no words to grade: none at all, or (`written`) only words
    such as 'the', 'both', 'same', which say nothing to compare with the question's key."""
    missed = tuple(
        c.concept.name
        for c in sorted(prepared.concepts[0], key=lambda c: (-c.concept.weight, c.concept.name))
        if c.phrases or c.meaning is not None
    )
    flags = ["empty", *flags]
    notes = ["Write an answer: there was nothing to grade."]
    explained = "no words to grade"
    words = re.findall(r"[^\W_]+(?:'[^\W_]+)?", written.lower())
    if words:
        shown = ", ".join(f"'{w}'" for w in dict.fromkeys(words[:MAX_SHOWN_WORDS]))
        more = ", ..." if len(dict.fromkeys(words)) > MAX_SHOWN_WORDS else ""
        notes = [
            f"The answer has no content words to compare with the key (only {shown}{more}): "
            "say what the answer is, in a full sentence."
        ]
        explained = "no content words to grade"
    if "timed_out" in flags:
        notes.append("Time ran out: lead with the main point, then add detail.")
    return Grade(
        score=0.0,
        band="missing",
        similarity=0.0,
        coverage=0.0,
        missed=missed,
        flags=tuple(flags),
        feedback=tuple(notes),
        explanation=(ScorePart("empty", 0.0, 0.0, explained),),
        key_terms=prepared.key_terms,
        question_id=question.id,
        expected_grade=0.0 if prepared.key_terms == "rubric" else None,
    )


MAX_SHOWN_WORDS = 4
"""Of an answer without content words, this many of its words are quoted back."""

CREDITED_NOTE = (
    "Passed on its similarity to the answer key ({similarity:.2f}); naming the terms below "
    "would make it stronger."
)
"""What a passing reference-mode grade that names none of the key's terms says before its
'Not detected' lines: why it passed."""
CREDITED_WITH_TERMS_NOTE = (
    "Passed on its similarity to the answer key ({similarity:.2f}) and the {count} it names "
    "({named}); naming the ones below too would make it stronger."
)
"""The same for a grade that names some of the terms: the note above had said it passed on
its similarity alone to an answer that named 'B-tree' and 'rows' (lead's play, stop 47)."""
MAX_NAMED_SHOWN = 3
"""Of the terms a passing grade names, this many are quoted in its credited note."""


GOOD_NOTE = "Good answer: it covers the key points."
"""A strong grade with nothing missing or wrong, against a rubric."""
CLOSE_TO_KEY_NOTE = (
    "Close to the answer key: its terms and wording are there. Without a rubric, what it claims "
    "is checked only for the key's own statements said the other way round or swapped."
)
"""The same against an answer key alone (reference mode): what was found, not a verdict."""


def credited_note(grade: Grade) -> str | None:
    """For a passing grade whose feedback is only 'Not detected' lines: what it was credited
    for (its similarity, and the terms it names if any), so the feedback does not read as a
    fail (play25 C3); None otherwise."""
    if not grade.passed or not grade.feedback:
        return None
    if not all(note.startswith("Not detected") for note in grade.feedback):
        return None
    if not grade.matched:
        return CREDITED_NOTE.format(similarity=grade.similarity)
    names = [f"'{m.concept}'" for m in grade.matched]
    shown = ", ".join(names[:MAX_NAMED_SHOWN]) + (", ..." if len(names) > MAX_NAMED_SHOWN else "")
    count = "term" if len(names) == 1 else "terms"
    return CREDITED_WITH_TERMS_NOTE.format(similarity=grade.similarity, count=count, named=shown)


def matched_missed(
    findings: Sequence[Finding],
) -> tuple[tuple[ConceptMatch, ...], tuple[str, ...]]:
    """The concepts credited, with their evidence, and the names of the others, weightiest
    first."""
    matched = tuple(
        ConceptMatch(
            concept=f.concept.name,
            alias=f.phrase,
            evidence=(f.evidence,),
            ratio=f.ratio,
            weight=f.concept.weight,
            how=f.how,
        )
        for f in findings
        if f.status == "credited"
    )
    missed = tuple(
        f.concept.name
        for f in sorted(findings, key=lambda f: (-f.concept.weight, f.concept.name))
        if f.status != "credited"
    )
    return matched, missed


UNREADABLE_NOTE = (
    "Most of this answer could not be read (another language, or not words), so it earns no "
    "credit for what it says: the grader reads English, so answer in English to be graded "
    "fairly."
)
TRUNCATED_NOTE = (
    "The answer was cut: only its first {limit:,} characters were read and graded; say each "
    "point once, shortly."
)
"""Feedback for an answer longer than the grader reads (flag `truncated`): the batch output
flagged it, the candidate had not been told (play42)."""

RESTATED_NOTE = "You restated the question; explain the answer instead."
"""Feedback for the `restates_question` flag."""

KEYWORD_NOTE = "Explain in sentences how the terms connect: a string of terms makes no claim."
"""Feedback for the `keyword_list` flag."""

OFF_LIST_NOTE = (
    "Most of these terms are not the things the question asks for: name those, each with a "
    "few words on what it is."
)
"""Feedback for the `keyword_list` flag on a question that asks for a list (list_answers.py),
where a list is the answer but most of this one's items are general terms or the question's
own words."""


SAY_MORE_NOTE = "Say more: one or two full sentences with the key idea and why."
"""Feedback for the `too_short` flag."""

NOT_KNOWN_NOTE = (
    "The answer says you do not know: nothing to grade. In an interview, say what you do know "
    "of it, or how you would work it out."
)
"""Feedback for an answer that only admits not knowing ("no idea"): it denies nothing, and had
been given the advice for answers that say "not" (play42)."""


def told_not_knowing(grade: Grade, answer: str) -> Grade:
    """`grade`, its feedback led by `NOT_KNOWN_NOTE` when `answer` only admits not knowing,
    in place of `SAY_MORE_NOTE`: "no idea" had been told both that there was nothing to grade
    and to say more (care43), in both modes."""
    if not admits_not_knowing(answer):
        return grade
    kept = tuple(n for n in grade.feedback if n not in (SAY_MORE_NOTE, NOT_KNOWN_NOTE))
    return replace(grade, feedback=(NOT_KNOWN_NOTE, *kept))


REPEATS_NOTE = "The answer repeats itself: what is said again counts once; say each point once."
"""The note of an answer flagged `repeats_itself`; told_what_repeats quotes what it says again."""


def told_what_repeats(grade: Grade, text: Text, structure: Structure) -> Grade:
    """`grade`, its REPEATS_NOTE quoting what the answer (`text`, as graded) says again: the
    first sentence that says an earlier one's content words again (flags.repeated_sentence),
    or, for an answer that is one phrase said again and again, which is graded as said once
    (repetition.first_saying), that phrase (fluff52: "the answer repeats itself" did not say
    what to cut)."""
    if REPEATS_NOTE not in grade.feedback:
        return grade
    said = repeated_sentence(text, structure) or quoted(text.raw)
    note = (
        f"The answer repeats itself (“{said}” is said again): what is said again counts once; "
        "say each point once."
    )
    return replace(grade, feedback=tuple(note if n == REPEATS_NOTE else n for n in grade.feedback))


def feedback_notes(
    band: str,
    flags: Sequence[str],
    findings: Sequence[Finding],
    misconceptions: Sequence[Any],
    key_terms: str,
    named: frozenset[str] = frozenset(),
    list_asked: bool = False,
) -> tuple[str, ...]:
    """What the candidate reads: flags, errors, the weightiest concepts not detected, each as
    "Not detected: 'name': description". A concept whose name is only the question's words
    (`named`) and that has no description is not listed: its name alone would ask for what the
    question already says. `list_asked`: the question asks for a list, so a keyword_list flag is
    told that its items are not the things asked for, not that a list makes no claim."""
    notes: list[str] = []
    if "timed_out" in flags:
        notes.append("Time ran out: lead with the main point, then add detail.")
    if "truncated" in flags:
        notes.append(TRUNCATED_NOTE.format(limit=MAX_ANALYSED_CHARS))
    if "unreadable" in flags:
        notes.append(UNREADABLE_NOTE)
    if "off_topic" in flags and "unreadable" not in flags:
        notes.append("This does not address the question; answer what was asked.")
    if "restates_question" in flags:
        notes.append(RESTATED_NOTE)
    if "keyword_list" in flags:
        notes.append(OFF_LIST_NOTE if list_asked else KEYWORD_NOTE)
    if "repeats_itself" in flags:
        notes.append(REPEATS_NOTE)
    if "too_short" in flags and "restates_question" not in flags:
        notes.append(SAY_MORE_NOTE)
    for found in misconceptions:
        notes.append(f"{found.misconception.note} (you wrote: “{found.evidence}”)")
    for f in findings:
        if f.status == "contradicted":
            # what is right, in the rubric's words: "states the opposite of X" alone left the
            # candidate to guess which side was the truth
            point = f" What is right: {f.concept.description}" if f.concept.description else ""
            notes.append(f"Check '{f.concept.name}': “{f.evidence}” is wrong; {f.detail}.{point}")
    missing = sorted(
        (
            f
            for f in findings
            if f.status == "denied"
            or (f.status == "missing" and (f.concept.name not in named or f.concept.description))
        ),
        key=lambda f: (-f.concept.weight, f.concept.name),
    )
    for f in missing[:3]:
        what = "the term " if key_terms == "derived" else ""
        line = f"Not detected: {what}'{f.concept.name}'."
        if f.concept.description:
            # one format for every concept, one the question names too (play47: "Not detected:
            # Double quantization quantizes ..." stood unnamed beside "Not detected: 'NF4
            # normal quantiles': ..."); the description says what the answer could add
            line = f"Not detected: '{f.concept.name}': {f.concept.description}"
        if f.status == "denied":
            line = f"'{f.concept.name}': your answer denies it (“{f.evidence}”)."
        elif f.closest:
            # quoted so the candidate can see what was read, and say it more plainly or appeal
            line += f" Nearest in your answer, not close enough to count: “{f.closest}”."
        notes.append(line)
    if band == "strong" and not notes:
        # without a rubric nothing the answer claims is checked but the key's own statements
        # said the other way round or swapped: "covers the key points" overstated it (play28)
        notes.append(GOOD_NOTE if key_terms == "rubric" else CLOSE_TO_KEY_NOTE)
    return tuple(notes)
