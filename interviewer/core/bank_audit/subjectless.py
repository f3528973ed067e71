"""`contradicts` lines that name no subject of their question: a bare verb phrase ("fails to
learn the new task", "already processes words in order") is found of whatever the answer's
sentence says it of, so it flags a true statement about another method: "Unlike underfitting,
where the model fails to learn the new task, catastrophic forgetting ..." (review52), "the
text provides the queries" of a Flamingo-style model (correct_probes54). Such a line is
written with the subject the wrong answer gives the role to ("forgetting is when the model
fails to learn the new task").

A line is warned of when it opens (after an adverb such as "already", "always", "only") with
a verb in -s that the grader reads as a verb and no auxiliary follows ("fails to", not
"jailbreaks do not work"), and none of its content words is a word of its question's prompt,
its concept's name or its concept's `about` (stems; words every question uses, like "model",
"data", "text", do not count as a subject).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..bank import Bank, Concept, Question
from ..grading.subjectless_claims import GENERIC
from ..grading.text import STOP_WORDS, Text
from ..grading.verbs import is_verb
from .lines import Lines
from .problems import AuditProblem, problem

LEADING_ADVERBS = frozenset(
    "already always only never just also often still then simply mostly usually".split()
)
AUXILIARIES = frozenset(
    "is are was were do does did can cannot could will would should must have has had be "
    "been may might".split()
)
"""After the line's first word, words that make that word the subject ("jailbreaks do not
work")."""


def subject_stems(text: str, canon: Mapping[str, str]) -> set[str]:
    """The stems of the text's words that may name a subject (no stop word, no GENERIC one)."""
    parsed = Text.of(text, canon=dict(canon))
    return {
        stem
        for word, stem in zip(parsed.words, parsed.stems, strict=True)
        if word not in STOP_WORDS and word not in GENERIC and stem not in GENERIC
    }


def opening_verb(text: str, canon: Mapping[str, str]) -> str:
    """The verb in -s a line opens with (after a leading adverb), or "" when it opens with
    anything else."""
    parsed = Text.of(text, canon=dict(canon))
    words, stems = parsed.words, parsed.stems
    i = 0
    while i < len(words) and words[i] in LEADING_ADVERBS:
        i += 1
    if i >= len(words):
        return ""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else ""
    if following in AUXILIARIES or not word.endswith("s") or word.endswith("ss"):
        return ""
    return word if is_verb(word, stems[i], "it", following) else ""


def subjectless_verb(
    question: Question, concept: Concept, text: str, canon: Mapping[str, str]
) -> str:
    """The verb a `contradicts` line of the concept opens with when it names no subject of its
    question (module docstring), else ""."""
    verb = opening_verb(text, canon)
    if not verb:
        return ""
    subjects = subject_stems(" ".join((question.prompt, concept.name, *concept.about)), canon)
    return "" if subject_stems(text, canon) & subjects else verb


def subjectless_lines(
    question: Question, lines: Lines, canon: Mapping[str, str]
) -> list[AuditProblem]:
    """A warning for each `contradicts` line of the question that opens with a verb and names
    no subject of its question (module docstring), at its place in the rubric."""
    found = []
    for concept in question.concepts:
        for text in concept.contradicts:
            verb = subjectless_verb(question, concept, text, canon)
            if not verb:
                continue
            where = lines.rubric(question.id, "concepts", concept.name, "contradicts", text)
            found.append(
                problem(
                    where,
                    "claim-line-no-subject",
                    f"{question.id}: concept '{concept.name}': contradicts '{text}' opens with "
                    f"the verb '{verb}' and names no subject of its question: it is found of "
                    "whatever an answer says it of, another method in a contrast too; write it "
                    "with the subject the wrong answer gives the role to",
                    warning=True,
                )
            )
    return found


def subjectless_problems(bank: Bank, lines: Lines, canon: Mapping[str, str]) -> list[AuditProblem]:
    """`subjectless_lines` for every question of the bank, in question order."""
    return [p for question in bank for p in subjectless_lines(question, lines, canon)]
