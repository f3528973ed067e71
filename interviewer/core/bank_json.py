"""A `Bank` as plain JSON data, and back, checking every field on the way in.

Used by the bank cache (`bank_cache`), whose files live in a folder other programs may write:
reading one must never run code (as unpickling would) nor let a malformed value through. Every
object is read field by field with its type checked (an `int` is never a `bool`, a tuple of
strings holds only strings, unknown or missing keys are refused); anything else raises
`BankJsonError`, which the cache treats as "no entry".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .bank import Bank, Concept, Misconception, Question, Role, Topic
from .errors import Problem


class BankJsonError(ValueError):
    """The data is not a bank as `bank_to_json` writes it."""


# ---------------------------------------------------------------------------------------------
# Writing


def _problem(problem: Problem) -> dict[str, Any]:
    return {
        "path": problem.path,
        "line": problem.line,
        "message": problem.message,
        "warning": problem.warning,
    }


def _concept(concept: Concept) -> list[Any]:
    # a list in `_CONCEPT_FIELDS` order, not an object: a bank holds thousands of concepts, and
    # reading a list by position is half the time of an object's keys
    return [
        concept.name,
        concept.weight,
        list(concept.aliases),
        concept.description,
        list(concept.about),
        list(concept.contradicts),
        list(concept.part_of),
    ]


def _misconception(item: Misconception) -> dict[str, Any]:
    return {
        "phrase": item.phrase,
        "note": item.note,
        "aliases": list(item.aliases),
        "common": item.common,
    }


def _question(question: Question, shared: dict[Misconception, int]) -> dict[str, Any]:
    return {
        "id": question.id,
        "prompt": question.prompt,
        "reference_answers": list(question.reference_answers),
        "topic": question.topic,
        "level": question.level,
        "hint": question.hint,
        "time_limit": question.time_limit,
        "aliases": list(question.aliases),
        "seed": question.seed,
        "concepts": [_concept(c) for c in question.concepts],
        "misconceptions": [shared.setdefault(m, len(shared)) for m in question.misconceptions],
        "order": list(question.order),
        "roles": [[list(r.part), list(r.does)] for r in question.roles],
        "rubric": question.rubric,
        "choices": list(question.choices),
        "right_choice": question.right_choice,
    }


def _path(path: Path | None) -> str | None:
    return None if path is None else str(path)


def bank_to_json(bank: Bank) -> dict[str, Any]:
    """The bank as JSON-ready data (dicts, lists, strings, numbers, booleans, None).

    Misconceptions are written once, in the bank's `misconceptions` list, and named by their
    place in it in each question: the rubric's common ones are on every question.
    """
    shared: dict[Misconception, int] = {}
    written = [_question(q, shared) for q in bank.questions]
    return {
        "id": bank.id,
        "title": bank.title,
        "version": bank.version,
        "misconceptions": [_misconception(m) for m in shared],
        "questions": written,
        "description": bank.description,
        "origin": bank.origin,
        "licence": bank.licence,
        "topics": [{"id": t.id, "title": t.title} for t in bank.topics],
        "synonyms": [list(group) for group in bank.synonyms],
        "thesaurus": [list(group) for group in bank.thesaurus],
        "source": _path(bank.source),
        "rubric_source": _path(bank.rubric_source),
        "warnings": [_problem(p) for p in bank.warnings],
    }


# ---------------------------------------------------------------------------------------------
# Reading


class _Fields:
    """The fields of one JSON object, each taken with its type checked; `done` refuses any key
    left over, so that data of another layout is never half read."""

    def __init__(self, data: object, what: str) -> None:
        if not isinstance(data, dict):
            raise BankJsonError(f"{what}: not an object")
        self.data: dict[object, object] = data
        self.what = what
        self.taken: list[str] = []

    def _take(self, key: str) -> object:
        try:
            value = self.data[key]
            self.taken.append(key)
            return value
        except KeyError:
            raise BankJsonError(f"{self.what}: no '{key}'") from None

    def text(self, key: str) -> str:
        value = self._take(key)
        if not isinstance(value, str):
            raise BankJsonError(f"{self.what}.{key}: not a string")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self._take(key)
        if value is not None and not isinstance(value, str):
            raise BankJsonError(f"{self.what}.{key}: not a string or null")
        return value

    def optional_int(self, key: str) -> int | None:
        value = self._take(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise BankJsonError(f"{self.what}.{key}: not an integer or null")
        return value

    def number(self, key: str) -> float:
        value = self._take(key)
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise BankJsonError(f"{self.what}.{key}: not a number")
        return value  # as written: an int stays an int

    def flag(self, key: str) -> bool:
        value = self._take(key)
        if not isinstance(value, bool):
            raise BankJsonError(f"{self.what}.{key}: not true or false")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        return _texts(self._take(key), f"{self.what}.{key}")

    def items(self, key: str) -> list[object]:
        value = self._take(key)
        if not isinstance(value, list):
            raise BankJsonError(f"{self.what}.{key}: not a list")
        return value

    def optional_path(self, key: str) -> Path | None:
        value = self.optional_text(key)
        return None if value is None else Path(value)

    def done(self) -> None:
        if len(self.data) != len(self.taken):
            unexpected = sorted(str(k) for k in set(self.data) - set(self.taken))
            raise BankJsonError(f"{self.what}: unexpected '{unexpected[0]}'")


_ONLY_STR = frozenset({str})


def _texts(value: object, what: str) -> tuple[str, ...]:
    # (map and a set rather than a generator: a bank holds tens of thousands of these lists)
    if not isinstance(value, list) or not _ONLY_STR.issuperset(map(type, value)):
        raise BankJsonError(f"{what}: not a list of strings")
    return tuple(value)


def _read_problem(data: object, what: str) -> Problem:
    fields = _Fields(data, what)
    problem = Problem(
        path=fields.text("path"),
        line=fields.optional_int("line"),
        message=fields.text("message"),
        warning=fields.flag("warning"),
    )
    fields.done()
    return problem


_CONCEPT_FIELDS = ("name", "weight", "aliases", "description", "about", "contradicts", "part_of")


def _read_concept(data: object, what: str) -> Concept:
    if not isinstance(data, list) or len(data) != len(_CONCEPT_FIELDS):
        raise BankJsonError(f"{what}: not a list of {len(_CONCEPT_FIELDS)} concept fields")
    name, weight, aliases, description, about, contradicts, part_of = data
    if not isinstance(name, str) or not isinstance(description, str):
        raise BankJsonError(f"{what}: a name or description that is not a string")
    if not isinstance(weight, int | float) or isinstance(weight, bool):
        raise BankJsonError(f"{what}.weight: not a number")
    return Concept(
        name=name,
        weight=weight,
        aliases=_texts(aliases, f"{what}.aliases"),
        description=description,
        about=_texts(about, f"{what}.about"),
        contradicts=_texts(contradicts, f"{what}.contradicts"),
        part_of=_texts(part_of, f"{what}.part_of"),
    )


def _read_role(data: object, what: str) -> Role:
    if not isinstance(data, list) or len(data) != 2:
        raise BankJsonError(f"{what}: not a list of a part's names and its wordings")
    return Role(part=_texts(data[0], f"{what}.part"), does=_texts(data[1], f"{what}.does"))


def _read_misconception(data: object, what: str) -> Misconception:
    fields = _Fields(data, what)
    item = Misconception(
        phrase=fields.text("phrase"),
        note=fields.text("note"),
        aliases=fields.texts("aliases"),
        common=fields.flag("common"),
    )
    fields.done()
    return item


def _read_question(data: object, what: str, shared: list[Misconception]) -> Question:
    fields = _Fields(data, what)
    question = Question(
        id=fields.text("id"),
        prompt=fields.text("prompt"),
        reference_answers=fields.texts("reference_answers"),
        topic=fields.text("topic"),
        level=fields.text("level"),
        hint=fields.optional_text("hint"),
        time_limit=fields.optional_int("time_limit"),
        aliases=fields.texts("aliases"),
        seed=fields.optional_int("seed"),
        concepts=tuple(
            _read_concept(c, f"{what}.concepts[{i}]")
            for i, c in enumerate(fields.items("concepts"))
        ),
        misconceptions=tuple(
            _shared(shared, m, f"{what}.misconceptions[{i}]")
            for i, m in enumerate(fields.items("misconceptions"))
        ),
        order=fields.texts("order"),
        roles=tuple(
            _read_role(r, f"{what}.roles[{i}]") for i, r in enumerate(fields.items("roles"))
        ),
        rubric=fields.optional_text("rubric"),
        choices=fields.texts("choices"),
        right_choice=fields.optional_text("right_choice"),
    )
    fields.done()
    return question


def _shared(shared: list[Misconception], index: object, what: str) -> Misconception:
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(shared):
        raise BankJsonError(f"{what}: not the place of one of the bank's misconceptions")
    return shared[index]


def _read_topic(data: object, what: str) -> Topic:
    fields = _Fields(data, what)
    topic = Topic(id=fields.text("id"), title=fields.text("title"))
    fields.done()
    return topic


def bank_from_json(data: object) -> Bank:
    """The bank `bank_to_json` wrote as `data`.

    Raises:
        BankJsonError: `data` is not such a bank (a wrong type, a missing or unknown field).
    """
    fields = _Fields(data, "bank")
    shared = [
        _read_misconception(m, f"misconceptions[{i}]")
        for i, m in enumerate(fields.items("misconceptions"))
    ]
    bank = Bank(
        id=fields.text("id"),
        title=fields.text("title"),
        version=fields.text("version"),
        questions=tuple(
            _read_question(q, f"questions[{i}]", shared)
            for i, q in enumerate(fields.items("questions"))
        ),
        description=fields.text("description"),
        origin=fields.text("origin"),
        licence=fields.text("licence"),
        topics=tuple(_read_topic(t, f"topics[{i}]") for i, t in enumerate(fields.items("topics"))),
        synonyms=tuple(_texts(g, f"synonyms[{i}]") for i, g in enumerate(fields.items("synonyms"))),
        thesaurus=tuple(
            _texts(g, f"thesaurus[{i}]") for i, g in enumerate(fields.items("thesaurus"))
        ),
        source=fields.optional_path("source"),
        rubric_source=fields.optional_path("rubric_source"),
        warnings=tuple(
            _read_problem(p, f"warnings[{i}]") for i, p in enumerate(fields.items("warnings"))
        ),
    )
    fields.done()
    return bank
