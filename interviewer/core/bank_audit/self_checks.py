"""The audit's self-checks, run with the real grader: each reference grades `strong` with
nothing missed or contradicted and states no misconception; a misconception is not reported on
an answer that rejects it; each concept's description is credited as that concept; a
reference with its contrast's subjects swapped does not pass; the steps of a question's `order`
said by their names in the wrong order are caught, and in the right order are not."""

from __future__ import annotations

from ..bank import Question
from ..grading import Grader
from ..grading.concepts import swap_subjects
from .lines import Lines
from .problems import AuditProblem, problem

PASSING_SWAPPED = ("strong", "adequate")
ORDER_NOTE = "steps out of order"
"""How the detail of a contradiction found by the order check begins (grading/order.py)."""


def said_in_order(names: tuple[str, ...] | list[str]) -> str:
    """The steps named one after the other, as claims (a list of bare names makes none):
    "First you do A. Then you do B. Finally you do C."."""
    openers = ["First", *["Then"] * (len(names) - 2), "Finally"]
    return " ".join(f"{opener} you do {name}." for opener, name in zip(openers, names, strict=True))


def order_problems(question: Question, lines: Lines, grader: Grader) -> list[AuditProblem]:
    """The question's `order` said by its concepts' names, in order and reversed: the reversed
    steps must be caught as out of order, the right order must not."""
    if not question.order:
        return []
    wrong = []
    for names, caught in ((list(question.order), False), (list(reversed(question.order)), True)):
        grade = grader.grade(question, said_in_order(names))
        found = any(c.detail.startswith(ORDER_NOTE) for c in grade.contradictions)
        if found != caught:
            wrong.append(
                f"'{said_in_order(names)}' is {'not ' if caught else ''}found out of order"
            )
    if not wrong:
        return []
    return [
        problem(
            lines.rubric(question.id, "order"),
            "order-not-read",
            f"{question.id}: " + "; ".join(wrong),
        )
    ]


def self_checks(question: Question, lines: Lines, grader: Grader) -> list[AuditProblem]:
    """What the grader gets wrong on the question's own texts (see the module docstring)."""
    found: list[AuditProblem] = []
    qid = question.id
    for n, reference in enumerate(question.reference_answers, 1):
        if not reference.strip():
            continue
        grade = grader.grade(question, reference)
        where = lines.bank(qid, "references")
        wrong = []
        if grade.band != "strong":
            wrong.append(f"grades {grade.band} ({grade.score:g})")
        if grade.missed:
            wrong.append("misses " + ", ".join(f"'{m}'" for m in grade.missed))
        if grade.contradictions:
            wrong.append("contradicts " + ", ".join(f"'{c.concept}'" for c in grade.contradictions))
        if wrong:
            found.append(
                problem(where, "reference-not-strong", f"{qid}: reference {n} " + "; ".join(wrong))
            )
        for stated in grade.misconceptions:
            found.append(
                problem(
                    lines.rubric(qid, "misconceptions", stated.phrase),
                    "misconception-in-reference",
                    f"{qid}: misconception '{stated.phrase}' is found in reference {n}",
                )
            )
        swapped = swap_subjects(reference, question.concepts)
        if swapped is not None:
            grade = grader.grade(question, swapped)
            if grade.band in PASSING_SWAPPED:
                found.append(
                    problem(
                        where,
                        "swap-not-caught",
                        f"{qid}: reference {n} with its subjects swapped still grades "
                        f"{grade.band} ({grade.score:g})",
                    )
                )
    for misconception in question.misconceptions:
        for phrase in misconception.phrases:
            grade = grader.grade(question, f"It is a myth that {phrase}.")
            if any(m.phrase == misconception.phrase for m in grade.misconceptions):
                found.append(
                    problem(
                        lines.rubric(qid, "misconceptions", misconception.phrase),
                        "misconception-when-rejected",
                        f"{qid}: misconception '{misconception.phrase}' is reported on an "
                        f"answer that rejects it: 'It is a myth that {phrase}.'",
                    )
                )
                break
    found += order_problems(question, lines, grader)
    for concept in question.concepts:
        if not concept.description:
            continue
        grade = grader.grade(question, concept.description)
        if not any(m.concept == concept.name for m in grade.matched):
            found.append(
                problem(
                    lines.rubric(qid, "concepts", concept.name, "description"),
                    "description-not-detected",
                    f"{qid}: the description of '{concept.name}', given as an answer, is not "
                    "detected as that concept",
                )
            )
    return found
