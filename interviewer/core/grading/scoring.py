"""From what was found to a score: the calibrated grade and its caps (rubric mode); the
helpers reference mode shares (reference_scoring/)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..bank import Question
from .calibration import Calibration
from .concepts import Finding, find_concepts, find_misconceptions
from .feedback import build_grade
from .flags import answer_flags, could_restate, said_once
from .listed import list_items
from .mashing import mashed_words
from .matching import Answer
from .meaning import AnswerSimilarities
from .order import check_order
from .other_questions import OTHER_QUESTION_CAP, answers_another, may_answer_another
from .prepared import PreparedQuestion
from .restated import spelled_out
from .result import Contradiction, Grade, ScorePart
from .retractions import retraction
from .retractions import taken_back as retracted
from .similarity import WORD_WEIGHT
from .text import NUMBER_WORDS, STOP_WORDS, Text

FULL_SIMILARITY = 0.4
"""Similarity at which the similarity signal is full."""
ESSENTIAL_WEIGHT = 3.0
"""Concepts of at least this weight are essential."""
FULL_LENGTH_WORDS = 40
"""Content words on the question's subject at which the length signal is full, unless the
question's longest reference says fewer (full_length)."""
SHORTEST_FULL_LENGTH = 10
"""The length signal is never full below this many content words, however short the
references."""
OFF_SUBJECT_MIN_WORDS = 10
"""A sentence of fewer known content words always counts: too short to judge its subject."""
ON_SUBJECT_SHARE = 0.25
"""A sentence counts towards length when this share of its content words is on the question's
subject (chosen on the dev split: 0.15-0.30 tried, by sentence and by segment)."""

DENIAL_WEIGHT = 2.0
"""A concept of at least this weight that the answer denies ("DPO does not use preference
pairs") counts as a contradiction, not only as a concept missed."""
MISCONCEPTION_WEIGHT = 2.0
"""A misconception the answer states counts this much rubric weight as got wrong (the
`contradicted` signal), like a denied important concept: it is a wrong claim, not a gap."""

# Caps on the expected grade (0-5), from the grading guide an interviewer follows.
CENTRAL_ERROR_CAP = 3.0
"""A contradicted essential concept, or a misconception: a central error. The answer cannot
pass (60). Other contradictions lower the grade through the calibration's `contradicted`
signal. (A cap at 1, as the guide gives a human, was tried: the checks are not precise enough
for it; on the development set a third of the contradictions they find are in correct answers.)"""
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
    word_cos, char_cos = max(cosines, key=_blend) if cosines else (0.0, 0.0)
    similarity = _blend((word_cos, char_cos))
    concepts = prepared.concepts[0]
    findings = find_concepts(
        concepts,
        prepared.subjects,
        parsed,
        found,
        prepared.concept_index,
        prepared.rejectable_claims,
    )
    coverage, essential = _coverage(findings)
    misconceptions = find_misconceptions(
        prepared.misconceptions, parsed, prepared.misconception_index
    )
    said = said_once(parsed.text, parsed.structure)
    off = _flag(flags, parsed, prepared, coverage, word_cos, char_cos, said)
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
    taken_back = retraction(parsed.text, parsed.structure)
    if contradictions or taken_back is not None:
        flags.append("contradiction")
    total_weight = sum(f.concept.weight for f in findings) or 1.0
    wrong_weight = sum(f.concept.weight for f in contradictions)
    wrong_weight += MISCONCEPTION_WEIGHT * len(misconceptions)
    words, full = _length(parsed, off, said), prepared.full_length
    signals = {
        "coverage": coverage,
        "essential": essential,
        "similarity": min(1.0, similarity / FULL_SIMILARITY),
        "length": _kept_length(
            max(words / full, _complete(coverage)) if words < full else 1.0,
            coverage * total_weight,
            wrong_weight,
        ),
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
                    name, findings, word_cos, char_cos, full, words, value > words / full
                ),
            )
        )
    caps: list[tuple[str, float, str]] = []
    # a swap, a reversal or a stated contradiction is a central error whatever the
    # concept's weight (the grading guide); a denial only of an essential concept
    central = [c for c in contradictions if c.error or c.concept.weight >= ESSENTIAL_WEIGHT]
    if central or misconceptions or signals["contradicted"] >= CENTRAL_ERROR_SHARE:
        caps.append(("errors", CENTRAL_ERROR_CAP, "a central claim is wrong"))
    if taken_back is not None:
        caps.append(("retracted", RETRACTED_CAP, "takes back what it says"))
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
        + (() if taken_back is None else (retracted(taken_back),)),
        expected_grade=round(grade, 2),
    )
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
        or any(f in flags for f in ("off_topic", "restates_question", "keyword_list"))
    ):
        return None
    closest = closest_other()
    if closest is None or not answers_another(similarity, closest[0], coverage):
        return None
    flags.append(ANOTHER_QUESTION)
    return closest[1]


def _kept_length(length: float, right: float, wrong: float) -> float:
    """The length signal of an answer whose claims found wrong weigh `wrong` and those found
    right `right` (rubric weight): whole while the right outweigh the wrong, else scaled by
    right / wrong, so that an answer whose claims are mostly caught as wrong does not keep the
    credit of its length (play28 M1: 'length +58' next to 'wrong claims -47' left a fluent answer
    wrong on every point at 45-50, 'weak'). A correct answer falsely flagged on one concept
    keeps it: its right claims outweigh the one found wrong. Measured on trust.py (train / dev):
    fluent wrong mean 24.3 -> 24.1 / 24.5 -> 23.8, Spearman 0.840 -> 0.841 / 0.849 -> 0.851,
    the other kinds unchanged; the 9 false flags of false_flags.py unchanged (setting the
    length to 0 instead measured the same)."""
    if wrong <= right:
        return length
    return length * right / wrong


def _flag(
    flags: list[str],
    parsed: Answer,
    prepared: PreparedQuestion,
    coverage: float,
    word_cos: float,
    char_cos: float,
    said: list[int] | None = None,
) -> frozenset[int]:
    """Adds the answer's non-answer flags; returns the positions of its sentences off the
    question's subject, which do not hide a keyword string ("LoRA, adapters, PEFT. In practice
    teams should evaluate everything on their own data."). `said`: flags.said_once of the
    answer, when the caller has it."""
    off, unread = _off_and_unreadable(parsed, prepared)
    answer_flags(
        flags,
        parsed.text,
        parsed.structure,
        prepared.question_stems,
        coverage,
        word_cos,
        char_cos,
        ignore=off,
        unread=unread,
        said=said,
        list_asked=prepared.asks_for_list,
        subject=prepared.on_subject,
        # what the answer spells out of the question's acronyms matters only to an answer that
        # could be a restatement (answer_flags: under a quarter of the rubric, little in common
        # with the references); reading it was 6.5% of grading time on every answer
        asked=prepared.restated_stems | spelled_out(parsed.text, prepared.question_acronyms)
        if could_restate(coverage, word_cos)
        else prepared.restated_stems,
    )
    return off


def off_subject(parsed: Answer, prepared: PreparedQuestion) -> frozenset[int]:
    """Word positions of the sentences that are off the question's subject: sentences of at
    least OFF_SUBJECT_MIN_WORDS known content words of which under ON_SUBJECT_SHARE are used by
    the question's reference or rubric (not by the question itself, and not common across the
    bank). Words the bank never uses (a misspelling, a rare name) count neither for nor
    against. Such sentences add nothing to the length signal: padding ("teams should monitor
    results in production and keep iterating") does not raise a grade."""
    return _off_and_unreadable(parsed, prepared)[0]


def _off_and_unreadable(
    parsed: Answer, prepared: PreparedQuestion
) -> tuple[frozenset[int], frozenset[int]]:
    """`off_subject`, and the positions of the sentences among them that are not read at all
    (`_unreadable`: another language, lorem ipsum) and are written as sentences, ending in
    ".", "!" or "?" ("[bold]ATP[/bold] <script>alert(1)</script> energy" is not one)."""
    text = parsed.text
    on_subject, bank_words = prepared.on_subject, prepared.bank_words
    content, stems, words = text.content, text.stems, text.words  # content ascending
    off: set[int] = set()
    unread: set[int] = set()
    for first, last in parsed.structure.units("sentence"):
        inside = content[bisect_left(content, first) : bisect_right(content, last)]
        known = [stems[i] for i in inside if stems[i] in bank_words]
        on = sum(w in on_subject for w in known)
        # a number spelt out is English whether or not the bank spells it ("Thirty-two bits:
        # four bytes." against a key of "32 bits" had been told it was not read at all)
        spelt = sum(1 for i in inside if stems[i] not in bank_words and words[i] in NUMBER_WORDS)
        if _unreadable(text, first, last, len(inside) - len(known) - spelt):
            off.update(range(first, last + 1))
            if _written_as_sentence(text, last) or _mashed(text, first, last, bank_words):
                unread.update(range(first, last + 1))
        elif len(known) >= OFF_SUBJECT_MIN_WORDS and on < ON_SUBJECT_SHARE * len(known):
            off.update(range(first, last + 1))
    return frozenset(off), frozenset(unread)


UNREADABLE_MIN_WORDS = 3
"""A sentence with at least this many content words the bank never uses, making at least half
of its content words, and almost no English function word (under UNREADABLE_FUNCTION_SHARE of
its words), is not read: another language, lorem ipsum or noise ("Die Katze schläft auf dem
Sofa") adds nothing to the length signal (play26: two German sentences lifted an answer from 80
to 100). No sentence of the 1,209 graded answers of the train, dev and fresh-dev splits is one."""
UNREADABLE_FUNCTION_SHARE = 0.15


def _written_as_sentence(text: Text, last: int) -> bool:
    """Whether the sentence whose last word is at `last` ends in ".", "!" or "?"."""
    end = text.spans[last][1]
    return text.raw[end : end + 2].strip()[:1] in (".", "!", "?")


def _unreadable(text: Text, first: int, last: int, unknown: int) -> bool:
    """Whether the sentence from `first` to `last`, holding `unknown` content words the bank
    never uses, is one the grader cannot read (see UNREADABLE_MIN_WORDS)."""
    if unknown < UNREADABLE_MIN_WORDS:
        return False
    content = bisect_right(text.content, last) - bisect_left(text.content, first)
    if unknown * 2 < content:
        return False
    words = text.words[first : last + 1]
    function = sum(1 for w in words if w in STOP_WORDS)
    if function >= UNREADABLE_FUNCTION_SHARE * len(words):
        return False
    # a list of terms has no function words either: "Availability, Consistency, Integrity,
    # Distribution." is English, a keyword string, not another language (play29 F5)
    listed = list_items(text.raw[text.spans[first][0] : text.spans[last][1]])
    return 2 * sum(len(item) for item in listed) < len(words)


MASHED_MIN_WORDS = 2
"""A sentence with at least this many mashed words (mashing.py), making at least half of its
content words, is keyboard mashing ("asdf qwer zxcv"), read as not read at all whether or not
it ends as a sentence does: it had been graded 32.1 `weak` against a teacher's key, with no
flag (play29 F9)."""


def _mashed(text: Text, first: int, last: int, bank_words: frozenset[str]) -> bool:
    """Whether the unreadable sentence from `first` to `last` is keyboard mashing (see
    MASHED_MIN_WORDS)."""
    mashed = mashed_words(text, first, last, bank_words)
    content = bisect_right(text.content, last) - bisect_left(text.content, first)
    return mashed >= MASHED_MIN_WORDS and 2 * mashed >= content


def _blend(cosines: tuple[float, float]) -> float:
    return WORD_WEIGHT * cosines[0] + (1 - WORD_WEIGHT) * cosines[1]


COMPLETE_COVERAGE = 0.6
"""An answer whose concepts detected hold at least this share of the rubric's weight has the
length signal of that share when it is shorter: a complete answer said in few words is not a
short one (play26: a 31-word answer with 8 of 8 concepts scored 80, and four words of padding
made it 100). Chosen on the dev split (0, 0.6 and 0.8 tried: 0 cost 0.003 of Spearman, 0.6 and
0.8 changed nothing there; 0.6 lifted fresh-dev's grade-4 answers passing from 88% to 92%)."""


def _complete(coverage: float) -> float:
    """The length signal an answer of this coverage has at least (see COMPLETE_COVERAGE)."""
    return coverage if coverage >= COMPLETE_COVERAGE else 0.0


REPEATS_COUNTED = 3
"""A content word counts towards length at most this many times."""
_SPACE = re.compile(r"\s")
"""Any character `str.isspace` holds to be a space (the same set, code point for code point)."""


def _length(parsed: Answer, off: frozenset[int], said: list[int]) -> int:
    """Content words towards the length signal: those of the sentences on the question's
    subject (not in `off`), a sentence that repeats an earlier one's content words counting
    once (flags.said_once), and each word at most REPEATS_COUNTED times: the same sentence
    pasted a hundred times says it once. (`off` holds whole sentences, judged by their words,
    so a repeat is off exactly when the sentence it repeats is.) `said` is flags.said_once of
    the answer."""
    text = parsed.text
    stems, spans, raw = text.stems, text.spans, text.raw
    uses: dict[str, int] = {}
    read_as_term: dict[tuple[int, int], int] = {}
    count = 0
    for i in said:
        if i not in off:
            uses[stems[i]] = uses.get(stems[i], 0) + 1
            count += uses[stems[i]] <= REPEATS_COUNTED
            start, end = spans[i]
            if _SPACE.search(raw, start, end):
                read_as_term[spans[i]] = read_as_term.get(spans[i], 0) + 1
    # a run of plain words read as a term ("makes things up" as "hallucination",
    # plain_words.py) stands as the term's words, all with the run's span: the answer is as
    # long as it was written
    for (start, end), term_words in read_as_term.items():
        count += max(0, len(Text.of(text.raw[start:end]).content) - term_words)
    return count


def full_length(prepared: PreparedQuestion, references: Sequence[Text]) -> int:
    """The content words on the subject at which the length signal is full: FULL_LENGTH_WORDS,
    or what the longest reference says, counted the same way, if it says fewer (at least
    SHORTEST_FULL_LENGTH). The bank's own complete answer is long enough: a one-sentence
    reference had graded `weak` in its own rubric for its length alone (play22 F4), and an
    off-topic sentence added to it made it pass. The bundled genai references all say 67 or
    more, so nothing changes there."""
    longest = 0
    for text in references:
        parsed = Answer.of(text)
        counted = _length(
            parsed, off_subject(parsed, prepared), said_once(parsed.text, parsed.structure)
        )
        longest = max(longest, counted)
    if not longest:
        return FULL_LENGTH_WORDS
    return max(SHORTEST_FULL_LENGTH, min(FULL_LENGTH_WORDS, longest))


def _coverage(findings: Sequence[Finding]) -> tuple[float, float]:
    """(weighted share of the concepts credited, share of the essential weight credited)."""
    total = sum(f.concept.weight for f in findings)
    earned = sum(f.concept.weight * f.credit for f in findings if f.status == "credited")
    essential = [f for f in findings if f.concept.weight >= ESSENTIAL_WEIGHT]
    essential_total = sum(f.concept.weight for f in essential)
    essential_earned = sum(f.concept.weight * f.credit for f in essential if f.status == "credited")
    return (
        earned / total if total > 0 else 0.0,
        essential_earned / essential_total if essential_total > 0 else 1.0,
    )


def _signal_detail(
    name: str,
    findings: Sequence[Finding],
    word_cos: float,
    char_cos: float,
    full: int = FULL_LENGTH_WORDS,
    words: int | None = None,
    by_coverage: bool = False,
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
    return counted
