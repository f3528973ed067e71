"""`bank audit`: a rubric linter for bank authors, with self-checks run by the real grader.

`audit(bank)` returns every problem found as an `AuditProblem` (a `Problem` with a `kind`),
located at `path:line` in the rubric or bank file when the YAML node is found:

- rubric wording: negative aliases with no `contradicts`, aliases that are one generic word or
  common across the bank, aliases made only of the question's own words, aliases shared by two
  concepts of a question, more than half of a question's weight at weight 3, misconceptions the
  question's own reference states or that fire on a sentence rejecting them;
- prompts: several questions in one, dated phrases;
- self-checks with the grader: every reference grades `strong` with nothing missed and nothing
  contradicted; every concept's description, alone, is credited as that concept; a reference
  with the two subjects of its contrast swapped grades `weak` or below.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .bank import Bank, Question
from .errors import Problem
from .grading import Grader
from .grading.concepts import swap_subjects
from .grading.matching import make_phrase
from .grading.text import Text

GENERIC_SHARE = 0.10
"""A one-word alias whose stem stands in this share of the bank's other questions (prompt and
references) or more is the field's vocabulary, not the concept's: one question in ten (21 of the
genai bank's 203) flags the top 9% of its 1,190 one-word aliases, "LLM", "transformers"."""
COMMON_SHARE = 0.15
"""An alias of several words whose stems all stand in this share of the other questions or more
is common across the bank (31 of 203: the top 1% of 6,547 aliases, "text and images")."""
MIN_QUESTIONS = 3
"""Below this many other questions a word is never called common (small banks)."""

NEGATION_RE = re.compile(r"\b(?:not|no|never|without)\b|n['’]t\b", re.IGNORECASE)
SEVERAL_QUESTIONS_RE = re.compile(r"\band what\b|,\s*and how\b", re.IGNORECASE)
DATED_RE = re.compile(
    r"\bin 20\d\d\b|\blatest\b|\bcurrently\b|\bthis year\b|\bGPT-3\.5 vs\.? GPT-4\b",
    re.IGNORECASE,
)
PASSING_SWAPPED = ("strong", "adequate")

KINDS = (
    "negative-alias",
    "generic-alias",
    "common-alias",
    "question-words-alias",
    "shared-alias",
    "misconception-in-reference",
    "misconception-when-rejected",
    "essential-weight",
    "several-questions",
    "dated-prompt",
    "reference-not-strong",
    "description-not-detected",
    "swap-not-caught",
)


@dataclass(frozen=True)
class AuditProblem(Problem):
    """A problem found by the audit, with its kind (one of `KINDS`)."""

    kind: str = ""

    def __str__(self) -> str:
        return f"{super().__str__()} [{self.kind}]"


# ---------------------------------------------------------------------------------------------
# Lines: the YAML nodes of the rubric and bank files


class _Lines:
    """Line numbers of questions, concepts, aliases and misconceptions in the bank's files."""

    def __init__(self, bank: Bank) -> None:
        self.bank_path = str(bank.source) if bank.source else bank.id
        self.rubric_path = str(bank.rubric_source) if bank.rubric_source else self.bank_path
        self._lines: dict[tuple[str, ...], int] = {}
        if bank.rubric_source is not None:
            self._read_rubric(bank.rubric_source)
        if bank.source is not None:
            self._read_bank(bank.source)

    def rubric(self, *key: str) -> tuple[str, int | None]:
        for end in range(len(key), 0, -1):
            line = self._lines.get(("rubric", *key[:end]))
            if line is not None:
                return self.rubric_path, line
        return self.rubric_path, None

    def bank(self, *key: str) -> tuple[str, int | None]:
        for end in range(len(key), 0, -1):
            line = self._lines.get(("bank", *key[:end]))
            if line is not None:
                return self.bank_path, line
        return self.bank_path, None

    @staticmethod
    def _compose(path: Path) -> object:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            return yaml.compose(path.read_text(encoding="utf-8"), Loader=loader)
        except (OSError, UnicodeError, yaml.YAMLError):
            return None

    def _set(self, key: tuple[str, ...], node: object) -> None:
        mark = getattr(node, "start_mark", None)
        if mark is not None:
            self._lines.setdefault(key, mark.line + 1)

    def _read_rubric(self, path: Path) -> None:
        import yaml

        root = self._compose(path)
        if not isinstance(root, yaml.MappingNode):
            return
        for key, value in root.value:
            if key.value != "questions" or not isinstance(value, yaml.MappingNode):
                continue
            for qkey, qnode in value.value:
                self._set(("rubric", qkey.value), qkey)
                if not isinstance(qnode, yaml.MappingNode):
                    continue
                for field, items in qnode.value:
                    if not isinstance(items, yaml.SequenceNode):
                        continue
                    for item in items.value:
                        self._rubric_item(qkey.value, field.value, item)

    def _rubric_item(self, qid: str, field: str, item: object) -> None:
        import yaml

        if not isinstance(item, yaml.MappingNode):
            return
        values = {k.value: v for k, v in item.value}
        name_node = values.get("name") if field == "concepts" else values.get("phrase")
        name = getattr(name_node, "value", None)
        if not isinstance(name, str):
            return
        self._set(("rubric", qid, field, name), item)
        for sub in ("aliases", "description", "weight"):
            node = values.get(sub)
            if node is None:
                continue
            self._set(("rubric", qid, field, name, sub), node)
            if isinstance(node, yaml.SequenceNode):
                for alias in node.value:
                    if isinstance(alias.value, str):
                        self._set(("rubric", qid, field, name, sub, alias.value), alias)

    def _read_bank(self, path: Path) -> None:
        import yaml

        root = self._compose(path)
        if not isinstance(root, yaml.MappingNode):
            return
        for key, value in root.value:
            if key.value != "questions" or not isinstance(value, yaml.SequenceNode):
                continue
            for item in value.value:
                if not isinstance(item, yaml.MappingNode):
                    continue
                fields = {k.value: v for k, v in item.value}
                qid = getattr(fields.get("id"), "value", None)
                if not isinstance(qid, str):
                    continue
                self._set(("bank", qid), item)
                for field in ("prompt", "references"):
                    if field in fields:
                        self._set(("bank", qid, field), fields[field])


# ---------------------------------------------------------------------------------------------
# The audit


def audit(bank: Bank, grader: Grader | None = None) -> list[AuditProblem]:
    """Every problem the audit finds in the bank's rubric and prompts, in question order."""
    lines = _Lines(bank)
    grader = grader or Grader(bank)
    canon = grader.canon
    frequency = _document_frequency(bank.questions, canon)
    found: list[AuditProblem] = []
    for question in bank:
        found += _prompt_problems(question, lines)
        if question.concepts:
            credited: dict[str, str] = {}
            if question.has_reference:
                grade = grader.grade(question, question.reference_answers[0])
                credited = {m.concept: m.alias for m in grade.matched}
            found += _rubric_problems(question, bank, lines, frequency, canon, credited, grader)
            if question.has_reference:
                found += _self_checks(question, lines, grader)
    return found


def _problem(
    where: tuple[str, int | None], kind: str, message: str, *, warning: bool = False
) -> AuditProblem:
    return AuditProblem(where[0], where[1], message, warning, kind)


def _stems(text: str, canon: dict[str, str]) -> frozenset[str]:
    return frozenset(Text.of(text, canon=canon).content_stems())


def _document_frequency(
    questions: Iterable[Question], canon: dict[str, str]
) -> dict[str, frozenset[str]]:
    """For each content stem, the ids of the questions whose prompt or references use it."""
    users: dict[str, set[str]] = {}
    for question in questions:
        for word in _stems(" ".join((question.prompt, *question.reference_answers)), canon):
            users.setdefault(word, set()).add(question.id)
    return {word: frozenset(ids) for word, ids in users.items()}


def _prompt_problems(question: Question, lines: _Lines) -> list[AuditProblem]:
    where = lines.bank(question.id, "prompt")
    found = []
    prompt = question.prompt
    if prompt.count("?") > 1 or SEVERAL_QUESTIONS_RE.search(prompt):
        found.append(
            _problem(
                where,
                "several-questions",
                f"{question.id}: the prompt asks several questions: {prompt!r}",
                warning=True,
            )
        )
    dated = DATED_RE.search(prompt)
    if dated:
        found.append(
            _problem(
                where,
                "dated-prompt",
                f"{question.id}: the prompt is dated ('{dated.group(0)}'); word it timelessly",
            )
        )
    return found


def _rubric_problems(
    question: Question,
    bank: Bank,
    lines: _Lines,
    frequency: dict[str, frozenset[str]],
    canon: dict[str, str],
    credited: dict[str, str],
    grader: Grader,
) -> list[AuditProblem]:
    """`credited`: concept name -> the phrase that credited it in the reference."""
    found: list[AuditProblem] = []
    qid = question.id
    q_stems = _stems(question.prompt, canon)
    needed = max(MIN_QUESTIONS, math.ceil(GENERIC_SHARE * len(bank)))
    needed_common = max(MIN_QUESTIONS, math.ceil(COMMON_SHARE * len(bank)))
    owners: dict[str, str] = {}
    for concept in question.concepts:
        for alias in concept.aliases:
            where = lines.rubric(qid, "concepts", concept.name, "aliases", alias)
            said = f"{qid}: concept '{concept.name}': alias '{alias}'"
            said_so = credited.get(concept.name, "").lower() == alias.lower()
            if NEGATION_RE.search(alias) and not concept.contradicts and not said_so:
                found.append(
                    _problem(
                        where,
                        "negative-alias",
                        f"{said} is phrased in the negative and the concept has no "
                        "`contradicts`: check that the opposite claim is not credited",
                        warning=True,
                    )
                )
            stems = _stems(alias, canon)
            if grader.alias_phrase(alias, q_stems) is None and make_phrase(alias, canon=canon):
                left = sorted(stems - q_stems)
                why = (
                    "is made only of the question's own words"
                    if not left
                    else f"keeps only '{' '.join(left)}' once the question's own words are dropped"
                )
                found.append(
                    _problem(
                        where,
                        "question-words-alias",
                        f"{said} {why}: the grader ignores it",
                        warning=bool(left),
                    )
                )
            if stems:
                others = frozenset.intersection(*(frequency.get(s, frozenset()) for s in stems))
                others -= {qid}
                if len(stems) == 1 and len(others) >= needed:
                    found.append(
                        _problem(
                            where,
                            "generic-alias",
                            f"{said} is one generic word (read through the thesaurus), used "
                            f"by {len(others)} other questions",
                            warning=True,
                        )
                    )
                elif len(stems) > 1 and len(others) >= needed_common:
                    found.append(
                        _problem(
                            where,
                            "common-alias",
                            f"{said} is common across the bank: its words stand in "
                            f"{len(others)} other questions",
                            warning=True,
                        )
                    )
        for phrase in concept.phrases:
            key = phrase.strip().lower()
            owner = owners.setdefault(key, concept.name)
            if owner != concept.name:
                found.append(
                    _problem(
                        lines.rubric(qid, "concepts", concept.name, "aliases", phrase),
                        "shared-alias",
                        f"{qid}: '{phrase}' names both concept '{owner}' and '{concept.name}'",
                    )
                )
    total = sum(c.weight for c in question.concepts)
    essential = sum(c.weight for c in question.concepts if c.weight >= 3)
    if total and essential > total / 2:
        count = sum(1 for c in question.concepts if c.weight >= 3)
        found.append(
            _problem(
                lines.rubric(qid),
                "essential-weight",
                f"{qid}: {essential:g} of the weight {total:g} is essential (weight 3, "
                f"{count} of {len(question.concepts)} concepts); at most half should be",
            )
        )
    return found


def _self_checks(question: Question, lines: _Lines, grader: Grader) -> list[AuditProblem]:
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
                _problem(where, "reference-not-strong", f"{qid}: reference {n} " + "; ".join(wrong))
            )
        for stated in grade.misconceptions:
            found.append(
                _problem(
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
                    _problem(
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
                    _problem(
                        lines.rubric(qid, "misconceptions", misconception.phrase),
                        "misconception-when-rejected",
                        f"{qid}: misconception '{misconception.phrase}' is reported on an "
                        f"answer that rejects it: 'It is a myth that {phrase}.'",
                    )
                )
                break
    for concept in question.concepts:
        if not concept.description:
            continue
        grade = grader.grade(question, concept.description)
        if not any(m.concept == concept.name for m in grade.matched):
            found.append(
                _problem(
                    lines.rubric(qid, "concepts", concept.name, "description"),
                    "description-not-detected",
                    f"{qid}: the description of '{concept.name}', given as an answer, is not "
                    "detected as that concept",
                )
            )
    return found
