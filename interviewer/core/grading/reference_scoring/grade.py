"""Reference mode's grade: the blend's score against the reference that gives the most, the caps
for wrong claims and flagged answers, the explanation and the feedback."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ...bank import Question
from ..changes import changes_backwards
from ..concepts import find_misconceptions
from ..denial_words import has_negation
from ..directed import directions_turned
from ..exchanged import exchanged, governed
from ..feedback import RESTATED_NOTE, build_grade, credited_note
from ..flags import SELF_DEFINED_NOTE, circular, said_once, self_definition
from ..keyword_key import keyword_rule
from ..listed import ListReading, read_list
from ..matching import Answer
from ..polarity import denials_turned
from ..prepared import PreparedQuestion
from ..result import REFERENCE_BASE, Contradiction, Grade, ScorePart
from ..retractions import retraction
from ..retractions import taken_back as retracted
from ..reversals import turned_around
from ..scoring import FULL_SIMILARITY, _flag
from ..swaps import swapped
from .blend import ReferenceBlend, shipped_blend
from .signals import SHORTEST, ReferenceSignals, reference_signals

MISCONCEPTION_POINTS = 20.0
NEGATED_NOTE = (
    "A short answer that says “not”, “no” or “cannot” where the answer key states its point "
    "plainly (or the reverse) is read as saying the opposite, and cannot pass: if you meant "
    "the key's point, state it without the negation, or say more."
)
"""Feedback when the `negated` cap takes points from an answer that says a negation."""
UNNEGATED_NOTE = (
    "The answer key says its point with a negation (such as “not”, “no” or “without”) and this "
    "short answer says none, which can read as saying the opposite: say in a full sentence "
    "what does or does not happen."
)
"""Feedback when it takes points from an answer with no negation, where the key has one: the
note above had told "B-tree, faster reads, extra storage, slower writes" that it says "not"
(play29 F12)."""
CAP = 50.0
"""Restating the question, an off-topic answer, a keyword list, a short answer negating the
closest reference: such an answer cannot pass.
Not the rubric's caps (10-15): without a rubric the flags are less sure (on SemEval-2013 train
28% of the answers flagged as restating the question are correct)."""
OFF_TOPIC_CAP = 25.0
"""An answer that shares no word with the question and next to nothing with the references is
`missing`, not `weak`: a paragraph about a holiday had scored 50 against a stack-and-queue
reference. (Cost on Mohler 9-12, seen before choosing, with caps of 50 / 30 / 20: r 0.590 /
0.586 / 0.578.)"""
RESTATED_SHARE = 0.5
"""An answer flagged as restating the question that adds no word of its own and uses at least
this share of the question's content words is the question said again: `missing` (capped at
OFF_TOPIC_CAP), not `weak`. On SemEval-2013 train 1 of 16 such answers is correct (6%; 10% of
40 at a share of 0.3), against 28% of all the answers flagged as restating; a share of one or
two question words picks among the question's own options ("the penny is harder")."""

NOTHING_SIMILARITY = 0.05
"""A short answer (flagged too_short, or at the length signal's floor) with no key term and at
most this similarity to the key is `missing` (capped at OFF_TOPIC_CAP), not `weak`: "fine" for
"X is a thing." had scored 45.2, a grade 2 for nothing (play29 F9). Chosen on Mohler assignments
1-8 and SemEval-2013 train (0, 0.02, 0.05, 0.1 tried, and the cap at 25 or 29.9): at 0.05, 23 of
1,418 Mohler answers move (gold mean 3.4 of 5, r 0.5913 -> 0.5906), 36 of 3,941 Beetle answers (2
correct) and 190 of 4,969 SciEntsBank answers (23 correct), none of which passed. Applying it to
longer answers too cost Mohler's r 0.004 or more: its graders give 3.5 on average to long answers
that share no word with the key."""


def capped_score(blend: ReferenceBlend, signals: ReferenceSignals) -> float:
    """The blend's score against one reference, at most CAP when the answer negates it: a
    short answer that says the opposite of a reference cannot pass on it."""
    score = blend.score(signals)
    return min(score, CAP) if signals.negated else score


def says_the_question_again(parsed: Answer, question_stems: frozenset[str]) -> bool:
    """Whether the answer's content words are all the question's and hold at least
    RESTATED_SHARE of them (see RESTATED_SHARE)."""
    stems = {parsed.text.stems[i] for i in said_once(parsed.text, parsed.structure)}
    if not stems or not question_stems or not stems <= question_stems:
        return False
    return len(stems) >= RESTATED_SHARE * len(question_stems)


def _cap(
    parts: list[ScorePart], score: float, cap: float, signal: str, count: int, why: str
) -> float:
    """The score kept at or below `cap` for `count` wrong claims of one kind; when that takes
    points away, a part of the explanation says why ("<why>: capped at <cap>")."""
    if score <= cap:
        return score
    parts.append(
        ScorePart(signal, float(count), -round(score - cap, 1), f"{why}: capped at {cap:.0f}")
    )
    return cap


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
    points = blend.points(best)
    score = max(0.0, blend.score(best))
    word_cos, char_cos = best.cosines
    what = "key terms" if prepared.key_terms == "derived" else "concepts"
    credited = sum(1 for f in best.findings if f.status == "credited")
    parts = [
        ScorePart("base", 1.0, round(blend.base, 1), REFERENCE_BASE),
        ScorePart(
            "similarity",
            round(best.similarity, 3),
            round(points["similarity"], 1),
            f"TF-IDF similarity to the closest reference: words {word_cos:.2f}, characters "
            f"{char_cos:.2f} without the question's words; full credit at {FULL_SIMILARITY:.2f}",
        ),
        ScorePart(
            "coverage",
            round(best.coverage, 3),
            round(points["coverage"], 1),
            f"{credited} of {len(best.findings)} {what} detected",
        ),
    ]
    optional = (
        ("precision", best.precision, "share of the answer's own words the reference uses too"),
        (
            "length",
            best.length,
            f"{best.answer_words} content words against the reference's {best.reference_words}",
        ),
        (
            "negation",
            1.0,
            "a short answer that negates what the closest reference states, or the reverse",
        ),
        ("too_short", 1.0, "very short answer"),
        ("references", float(best.references), "the best of several references"),
    )
    for name, value, detail in optional:
        if round(points[name], 1) != 0:
            parts.append(ScorePart(name, round(value, 3), round(points[name], 1), detail))
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
    _flag(flags, written, prepared, best.coverage, word_cos, char_cos)
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
    self_defined = self_definition(
        written.text, parsed.text if parsed is not written else None, prepared.question_stems
    )
    if self_defined and "restates_question" not in flags:
        flags.append("restates_question")
    capped = [f for f in ("restates_question", "off_topic", "keyword_list") if f in flags]
    said_again = "restates_question" in flags and (
        says_the_question_again(written, prepared.question_stems)
        or circular(written.text, prepared.question_stems)
    )
    turned: list[Contradiction] = []
    if index < len(prepared.reference_claims):
        readings = turned_around(prepared.reference_claims[index], written)
        turned = readings.turned
        right = readings.right
        if index < len(prepared.reference_sides):
            said_text, said_sides, heads = prepared.reference_sides[index]
            quoted = [c.evidence[0] for c in turned]
            turned += [
                c
                for c in denials_turned(said_sides, said_text, written, heads)
                if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
            ]
        if index < len(prepared.reference_directions):
            directed = directions_turned(prepared.reference_directions[index], written)
            right += directed.right
            quoted = [c.evidence[0] for c in turned]
            turned += [
                c
                for c in directed.turned
                if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
            ]
        if index < len(prepared.reference_changes):
            quoted = [c.evidence[0] for c in turned]
            turned += [
                c
                for c in changes_backwards(prepared.reference_changes[index], written)
                if not any(c.evidence[0] in q or q in c.evidence[0] for q in quoted)
            ]
        # wrong on every point it makes: `missing`; right on some besides: `weak` at most
        cap = OFF_TOPIC_CAP if turned and not right else CAP
        if turned:
            every = " on every point it makes" if cap == OFF_TOPIC_CAP else ""
            score = _cap(
                parts,
                score,
                cap,
                "turned_around",
                len(turned),
                f"says the answer key the other way round{every}",
            )
    taken_back = retraction(written.text, written.structure)
    if taken_back is not None:
        # "... lol jk it is the opposite": whatever it said of the key, it does not mean it
        turned.append(retracted(taken_back))
        score = _cap(parts, score, CAP, "retracted", 1, "takes back what it says")
    swaps: list[Contradiction] = []
    if index < len(prepared.reference_contrasts):
        swaps = swapped(prepared.reference_contrasts[index], written)
        if swaps:
            # a swap is said plainly, both halves of the key's contrast exchanged (swaps.py:
            # no correct answer of 1,858 is read so): a central error, nothing creditable
            score = _cap(
                parts,
                score,
                OFF_TOPIC_CAP,
                "swapped",
                len(swaps),
                "says what the answer key tells of one thing of the other",
            )
    exchanges: list[Contradiction] = []
    if index < len(prepared.reference_objects) and not swaps and "keyword_list" not in flags:
        key_text, terms, key = prepared.reference_objects[index]
        said = governed(written.text, written.structure, terms)
        exchanges = exchanged(key, key_text, said, written.text)
        swaps = exchanges  # told as swapped, and flagged as a contradiction
    unlisted = _unlisted(listing, prepared.reference_items[index] if listing else [])
    if unlisted:
        # a list where the key is one, half or more of its items none of the key's: "It stands
        # for Availability, Consistency, Integrity and Distribution." had passed at 78.7 on the
        # shape and one word it shares with "Atomicity, Consistency, Isolation, Durability."
        right = bool(listing and listing.right)
        score = _cap(
            parts,
            score,
            CAP if right else OFF_TOPIC_CAP,
            "unlisted",
            len(unlisted),
            "lists what the answer key's list does not hold",
        )
    if (
        best.coverage == 0
        and best.similarity <= NOTHING_SIMILARITY
        and ("too_short" in flags or best.length <= SHORTEST)
    ):
        score = _cap(
            parts,
            score,
            OFF_TOPIC_CAP,
            "nothing_found",
            1,
            "a short answer with nothing of the answer key",
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
    if (turned or swaps) and "restates_question" in flags and not said_again and not self_defined:
        # a claim of the key turned around is a claim, wrong: "A cache raises latency." was
        # told it restated the question (play27 minor 7); the contradiction says what is wrong
        flags.remove("restates_question")
        capped.remove("restates_question")
    if denied:
        # a keyword the user named, denied: a central error, as a denied essential concept is
        # in rubric mode; the feedback says "your answer denies it" and the score agrees
        score = _cap(parts, score, CAP, "denied", len(denied), "denies what the answer key states")
    if exchanges:
        # two of the key's terms given each other's verbs ("release carbon dioxide" where the
        # key releases oxygen): a wrong claim, as a denied keyword is
        score = _cap(
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
    for flag in ["negated"] * best.negated + capped:
        missing = flag == "off_topic" or (flag == "restates_question" and said_again)
        cap = OFF_TOPIC_CAP if missing else CAP
        if score > cap:
            parts.append(ScorePart(flag, 1.0, -round(score - cap, 1), f"capped at {cap:.0f}"))
            score = cap
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
    notes = tuple(f"“{c.evidence[0]}” is wrong: {c.detail}." for c in (*turned, *unlisted))
    notes += tuple(
        f"“{c.evidence[0]}” and “{c.evidence[1]}” are swapped: {c.detail}." for c in swaps
    )
    if self_defined and "restates_question" in flags:
        notes += (SELF_DEFINED_NOTE.format(term=self_defined),)
        grade = replace(grade, feedback=tuple(n for n in grade.feedback if n != RESTATED_NOTE))
    if "keyword_list" not in flags and any(
        p.signal in ("negated", "negation") and p.points < 0 for p in parts
    ):
        # the cap or the negation's points took points: say why (play23 F3: only the score
        # line showed it; since key29's wider scale the points alone can keep it below the cap),
        # and which side says the negation; a string of terms is told it makes no claim
        negates = has_negation(written.text.words)
        notes += (NEGATED_NOTE if negates else UNNEGATED_NOTE,)
    if not notes and not grade.feedback and grade.band != "strong":
        notes = (_shortfall_note(best),)
    if not notes and (passed_for := credited_note(grade)) is not None:
        notes = (passed_for,)
    if not notes:
        return grade
    return replace(grade, feedback=notes + grade.feedback)


def _unlisted(listing: ListReading | None, key: list[tuple[str, ...]]) -> list[Contradiction]:
    """The items of the answer's list that are none of the key's, when they make half of it or
    more (listed.py); none otherwise: one slip in a list of the key's items is partly right."""
    if listing is None or not listing.wrong:
        return []
    if 2 * len(listing.wrong) < len(listing.wrong) + len(listing.right):
        return []
    items = ", ".join(" ".join(item) for item in key)
    return [
        Contradiction(
            concept=f"{item} (not in the answer key's list)",
            evidence=(item,),
            detail=f"the answer key's list is {items}",
        )
        for item in listing.wrong
    ]


def _shortfall_note(best: ReferenceSignals) -> str:
    """What a grade that is not strong says when nothing was found missing or wrong: the
    feedback is never empty for such a grade (play23 F7 row 12 had none)."""
    if best.length < 0:
        return (
            "Say more: beyond the question's own words the answer key takes about "
            f"{best.reference_words} words, this answer {best.answer_words}; explain how and "
            "why in full sentences."
        )
    return (
        "Nothing was found missing or wrong, but the answer is far from the answer key's "
        "wording: compare it with the key and state its point more plainly."
    )
