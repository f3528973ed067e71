"""Reference mode's caps: how high an answer that makes a wrong claim, restates the question,
is off the topic or a string of terms can score, and the explanation's part for each cap."""

from __future__ import annotations

from ..clauses import Structure
from ..flags import said_once
from ..keywords import is_keyword_string
from ..matching import Answer
from ..result import ScorePart
from ..text import Text
from .blend import ReferenceBlend
from .signals import ReferenceSignals

MISCONCEPTION_POINTS = 20.0
CAP = 50.0
"""Restating the question, an off-topic answer, a keyword list, a short answer negating the
closest reference: such an answer cannot pass.
Not the rubric's caps (10-15): without a rubric the flags are less sure (on SemEval-2013 train
28% of the answers flagged as restating the question are correct). A lower cap for keyword
strings was measured on the train data (refkw38): SemEval-2013 train accuracy cannot move (50
is under the pass mark; 11 of the 39 SciEntsBank train answers flagged keyword_list are
correct), and Mohler 1-8's r falls with each lower cap (0.5891 at 50, 0.5868 at 30, 0.5822 at
15: its graders give the 27 flagged answers 3.59 of 5 on average)."""
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
that share no word with the key. A string of terms of any length (flagged keyword_list) with no
function word is read so too (refmode52): "[red]overfit[/red] \x1b[2J =HYPERLINK(...)" had scored
34.1 `weak` against an overfitting key. On the ASAG train parts 7 answers move, none across the
pass mark (Mohler 1-8 r 0.5908 -> 0.5906: "function( int [], int length)", gold 4.0); with
function words allowed 18 moved and Mohler fell to 0.5902."""


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


def cap_score(
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


def flag_caps(parts: list[ScorePart], score: float, flags: list[str], said_again: bool) -> float:
    """The score after the caps of the flags that cannot pass (`negated`, `restates_question`,
    `off_topic`, `keyword_list`, `unreadable`, in that order): off the topic, the question said
    again, or an answer mostly not read (another language, noise), is `missing`
    (OFF_TOPIC_CAP); the others `weak` at most (CAP). What could not be read earns nothing: a
    German answer whose one English-looking term matched the key had scored 50.1 (play42)."""
    for flag in flags:
        missing = flag in ("off_topic", "unreadable") or (
            flag == "restates_question" and said_again
        )
        cap = OFF_TOPIC_CAP if missing else CAP
        if score > cap:
            parts.append(ScorePart(flag, 1.0, -round(score - cap, 1), f"capped at {cap:.0f}"))
            score = cap
    return score


def terms_beyond(raw: str, stated: tuple[str, ...], question_stems: frozenset[str]) -> bool:
    """Whether the answer, with what states the key's exact facts (`stated`, as written) taken
    out, is still a string of terms: "hash table hash function bucket O(1) collisions keys
    values" states the key's O(1) and strings seven other terms around it (74.5 unflagged
    before), where "H2O, two hydrogens and one oxygen." is the fact asked for, said tersely."""
    rest = raw
    for said in stated:
        rest = rest.replace(said, " , ")
    text = Text.of(rest)
    return is_keyword_string(text, Structure.of(text), question_stems)
