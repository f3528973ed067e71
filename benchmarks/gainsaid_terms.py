"""Gainsaid terms: how often an answer denies a word its question's references state, measured
for a rubric-mode reading that was not built (gen59, stop 48).

Usage: python benchmarks/gainsaid_terms.py [--names] [--list]

The reading measured: an answer word that a negation denies directly (`Structure.denied`, or
`denied_after`: "a reward model is not needed"), with the rest of its compound ("no human
FEEDBACK"), whose stem every reference of the question states outside any negation's reach,
that a rubric concept's phrase names (with --names: a concept's name), that is not the
question's own, and that the answer does not also say plainly. Such an answer "denies what the
references state". The script counts, per group of answers, those the reading fires on where
the grader finds no wrong claim today (a new flag if the reading counted as one), by negation
word and for three narrower variants. Groups: the tunable splits of the development set by
human grade (train, dev, fresh-dev, train-blind: never test or fresh-test), the wrong probes
and controls of every wrong_claims_probes file but 59g (gen59's held check, not tuned on), the
correct and plain probes, and the 804 correct answers of validation_correct.yaml (false_flags).
With --list, each new firing on a tunable question with its words.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable

from devset import REPO, answer_rows, genai_bank, held_out_questions, load

from interviewer.core.bank import Question
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text

Hit = tuple[str, str, str]
"""(the denied word, its stem, the negation word or "after" for a denial that follows it)."""


def plain_stems(text: Text, structure: Structure) -> set[str]:
    """The stems of the content words said outside every negation's reach."""
    return {
        text.stems[i]
        for i in text.content
        if structure.reach[i] < 0 and not structure.denied_after(i)
    }


class Reading:
    def __init__(self, grader: Grader, names: bool) -> None:
        self.grader, self.names = grader, names
        self._stated: dict[str, frozenset[str]] = {}

    def stated(self, question: Question) -> frozenset[str]:
        """The stems every reference states plainly, named by a concept, not the question's."""
        if question.id not in self._stated:
            canon = self.grader.canon
            said = [
                plain_stems(t, Structure.of(t))
                for t in (Text.of(r, canon=canon) for r in question.reference_answers)
            ]
            every = set.intersection(*said) if said else set()
            named: set[str] = set()
            for concept in question.concepts:
                for phrase in [concept.name] if self.names else concept.phrases:
                    t = Text.of(phrase, canon=canon)
                    named |= {t.stems[i] for i in t.content}
            asked = self.grader._prepare(question).question_stems
            self._stated[question.id] = frozenset((every & named) - asked)
        return self._stated[question.id]

    def hits(self, question: Question, answer: str) -> list[Hit]:
        text = Text.of(answer, canon=self.grader.canon)
        structure = Structure.of(text)
        plain = plain_stems(text, structure)
        denied: set[int] = set()
        for i in text.content:
            if (structure.denied(i) or structure.denied_after(i)) and not structure.disbelieved(
                [i]
            ):
                denied.add(i)
            elif (
                i - 1 in denied
                and structure.reach[i] >= 0
                and structure.reach[i - 1] == structure.reach[i]
                and structure.clauses[i - 1] == structure.clauses[i]
            ):
                denied.add(i)  # the rest of a compound: "no human FEEDBACK"
        stated = self.stated(question)
        return [
            (
                text.words[i],
                text.stems[i],
                text.words[structure.reach[i]].lower() if structure.reach[i] >= 0 else "after",
            )
            for i in sorted(denied)
            if text.stems[i] in stated and text.stems[i] not in plain
        ]


VARIANTS: dict[str, Callable[[list[Hit]], bool]] = {
    "any": bool,
    "two words under one negation": lambda h: any(
        len({w.lower() for w, _, n in h if n == m}) >= 2 for m in {n for *_, n in h}
    ),
    "'never' or a denial after": lambda h: any(n in ("never", "after") for *_, n in h),
}


def groups() -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = defaultdict(list)
    for split in ("train", "dev", "fresh-dev", "train-blind"):
        for r in load(split):
            band = "0-1" if r.grade <= 1 else "4-5" if r.grade >= 4 else "2-3"
            found[f"human {band}"].append(r.__dict__)
    data = REPO / "tests" / "data"
    for path in sorted(data.glob("wrong_claims_probes*.yaml")):
        if "59g" not in path.name:
            for p in answer_rows(path, "probes"):
                found[f"probe {p['kind']}"].append(p)
    for pattern in ("correct_probes*.yaml", "plain_probes*.yaml"):
        for path in sorted(data.glob(pattern)):
            found["correct and plain probes"] += answer_rows(path, "probes")
    found["validation_correct"] = answer_rows(data / "validation_correct.yaml")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", action="store_true", help="a concept's name, not any phrase")
    parser.add_argument("--list", action="store_true", help="show each new firing")
    args = parser.parse_args()
    bank = genai_bank()
    grader = Grader(bank)
    reading = Reading(grader, args.names)
    held = held_out_questions()
    total: Counter[str] = Counter()
    by_variant: dict[str, Counter[str]] = defaultdict(Counter)
    by_negation: dict[str, Counter[str]] = defaultdict(Counter)
    for name, rows in groups().items():
        for row in rows:
            question = bank.get(row["question_id"])
            if not question.concepts:
                continue
            total[name] += 1
            hits = reading.hits(question, row["answer"])
            if not hits:
                continue
            grade = grader.grade(question, row["answer"])
            if grade.contradictions or grade.misconceptions:
                continue  # a wrong claim is found already: the reading changes nothing
            for variant, fires in VARIANTS.items():
                by_variant[variant][name] += fires(hits)
            for negation in {n for *_, n in hits}:
                by_negation[negation][name] += 1
            if args.list and question.id not in held and name != "validation_correct":
                said = ", ".join(f"{n} {w}" for w, _, n in hits[:4])
                print(f"  {name:26} {question.id} {grade.score:5.1f} {said}")
    names = list(total)
    print("answers read: " + ", ".join(f"{n} {total[n]}" for n in names))
    print("new firings (no wrong claim found before), by variant:")
    for variant, counts in by_variant.items():
        print(f"  {variant:30} " + ", ".join(f"{n} {counts[n]}" for n in names if counts[n]))
    print("new firings by negation word (an answer counts once per word):")
    for negation, counts in sorted(by_negation.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {negation:12} " + ", ".join(f"{n} {counts[n]}" for n in names if counts[n]))


if __name__ == "__main__":
    main()
