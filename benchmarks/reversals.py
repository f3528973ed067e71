"""Reference mode's answer key said the other way round (reversals.py, directed.py) or with two
subjects swapped (swaps.py): caught, and not false.

Usage: python benchmarks/reversals.py [--list]

Grades, against the genai questions stripped of their rubrics (reference mode, as a user's own
answer key is graded), answers that are correct (development set answers graded 4-5 in every
split, the validation, concise and blind concise sets, the references themselves), the fluent
wrong answers of train and dev, each reference with its first direction word turned to its
opposite, each reference with its first verb of change turned (CHANGES: "reduces" ->
"increases", "lowers" -> "raises"), and each reference with the two subjects of its first
contrast exchanged. Prints, per set, how many answers are found to say the key the other way
round (turned), with subjects swapped (swapped), denying one of its key terms (denied), or
giving another count, chemical formula or order of growth than the key's (exact), the mean
score and how many pass. With --list, each correct answer found, with what was found.
"""

from __future__ import annotations

import argparse
import re
import statistics

import yaml
from devset import REPO, genai_bank, load

from interviewer.core.grading import Grader, reference_question
from interviewer.core.grading.swaps import reference_contrasts
from interviewer.core.grading.text import Text

DATA = REPO / "tests" / "data"
DENIED = "the answer denies it"
"""The detail of a key term the answer denies (reference_scoring/grade.py)."""
EXACT = ("(miscounted)", "(another formula)", "(another order)")
"""The ends of the concepts of a count, a formula or an order of growth of the key said as
another (exact/)."""
OPPOSITES = dict(
    pair
    for a, b in (
        ("higher", "lower"),
        ("high", "low"),
        ("more", "less"),
        ("increases", "decreases"),
        ("larger", "smaller"),
        ("faster", "slower"),
        ("better", "worse"),
        ("before", "after"),
        ("encoder", "decoder"),
        ("random", "deterministic"),
    )
    for pair in ((a, b), (b, a))
)
"""Direction words and the word that turns a sentence around, for the turned references."""
CHANGES = dict(
    pair
    for a, b in (
        ("reduces", "increases"),
        ("reduce", "increase"),
        ("reduced", "increased"),
        ("reducing", "increasing"),
        ("lowers", "raises"),
        ("lowering", "raising"),
        ("improves", "degrades"),
        ("improve", "degrade"),
        ("improved", "degraded"),
        ("improving", "degrading"),
    )
    for pair in ((a, b), (b, a))
)
"""Verbs of change and their opposites, for the references turned with other words than
OPPOSITES (directed.py: "raises latency" for "lowers latency")."""


def turned(reference: str, opposites: dict[str, str] = OPPOSITES) -> str | None:
    """The reference with its first direction word of `opposites` turned, or None."""
    text = Text.of(reference)
    for i, word in enumerate(text.words):
        if word in opposites:
            start, end = text.spans[i]
            return reference[:start] + opposites[word] + reference[end:]
    return None


def subjects_swapped(reference: str) -> str | None:
    """The reference with the two subjects of its first contrast exchanged, or None: every
    whole-word occurrence of one name as the key writes it (`Contrast.names`) becomes the other,
    a plain swap of the two strings, built without `subject_sides.sides`, the code measured."""
    contrasts = reference_contrasts(Text.of(reference))
    if not contrasts:
        return None
    first, second = contrasts[0].names
    other = {first.lower(): second, second.lower(): first}
    names = sorted(other, key=len, reverse=True)  # the longer first, where one holds the other
    pattern = re.compile(
        r"(?<![\w'’-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w'’-])", re.IGNORECASE
    )

    def swap(found: re.Match[str]) -> str:
        name = other[found.group().lower()]
        return name[:1].upper() + name[1:] if found.group()[:1].isupper() else name

    swapped = pattern.sub(swap, reference)
    return swapped if swapped != reference else None


def answer_sets(bank) -> dict[str, list[tuple[str, str]]]:
    def rows(name: str) -> list[dict]:
        return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["answers"]

    concise = [r for r in rows("concise_graded.yaml") if min(r["grades"]) >= 4]
    return {
        "correct: devset graded 4-5": [(r.question_id, r.answer) for r in load() if r.grade >= 4],
        "correct: validation": [
            (r["question_id"], r["answer"]) for r in rows("validation_correct.yaml")
        ],
        "correct: concise graded 4-5": [(r["question_id"], r["answer"]) for r in concise],
        "correct: blind concise": [
            (r["question_id"], r["answer"]) for r in rows("blind_concise.yaml")
        ],
        "correct: the references": [(q.id, r) for q in bank for r in q.reference_answers],
        "wrong: train and dev": [
            (r.question_id, r.answer)
            for r in load()
            if r.kind == "wrong" and r.split in ("train", "dev")
        ],
        "wrong: a reference turned": [
            (q.id, t) for q in bank for r in q.reference_answers if (t := turned(r)) is not None
        ],
        "wrong: a verb of change turned": [
            (q.id, t)
            for q in bank
            for r in q.reference_answers
            if (t := turned(r, CHANGES)) is not None
        ],
        "wrong: subjects swapped": [
            (q.id, t)
            for q in bank
            for r in q.reference_answers
            if (t := subjects_swapped(r)) is not None
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show each correct answer found")
    args = parser.parse_args()
    bank = genai_bank()
    keys = {q.id: reference_question(q.prompt, q.reference_answers, question_id=q.id) for q in bank}
    grader = Grader(questions=list(keys.values()))
    print(
        f"{'answers':30}{'n':>6}{'turned':>8}{'swapped':>9}{'exchanged':>10}{'denied':>8}"
        f"{'exact':>7}{'mean':>7}{'pass':>6}"
    )
    for name, rows in answer_sets(bank).items():
        grades = [grader.grade(keys[qid], answer) for qid, answer in rows]
        found = [(qid, g) for (qid, _), g in zip(rows, grades, strict=True) if g.contradictions]
        mean = statistics.mean(g.score for g in grades)
        passed = sum(g.passed for g in grades)
        swapped = sum(
            any(c.concept.endswith("(swapped)") for c in g.contradictions) for g in grades
        )
        exchanged = sum(
            any(c.concept.endswith("(exchanged)") for c in g.contradictions) for g in grades
        )
        turned_around = sum(
            any(c.concept.endswith("(said the other way round)") for c in g.contradictions)
            for g in grades
        )
        denied = sum(any(c.detail == DENIED for c in g.contradictions) for g in grades)
        exact = sum(any(c.concept.endswith(EXACT) for c in g.contradictions) for g in grades)
        print(
            f"{name:30}{len(rows):6d}{turned_around:8d}{swapped:9d}{exchanged:10d}{denied:8d}"
            f"{exact:7d}{mean:7.1f}{passed:6d}"
        )
        if args.list and name.startswith("correct"):
            for qid, g in found:
                for c in g.contradictions:
                    print(f"    {qid}: “{c.evidence[0]}” against “{c.concept}”")


if __name__ == "__main__":
    main()
