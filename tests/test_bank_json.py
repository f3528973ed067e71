"""A bank as JSON and back: the same bank, and nothing but a bank or `BankJsonError` out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Misconception, Question, Topic
from interviewer.core.bank_json import BankJsonError, bank_from_json, bank_to_json
from interviewer.core.catalog import Catalog
from interviewer.core.errors import Problem

text = st.text(max_size=12)
texts = st.lists(text, max_size=3).map(tuple)
small_int = st.none() | st.integers(min_value=-(2**40), max_value=2**40)

concepts = st.builds(
    Concept,
    name=text,
    weight=st.floats(allow_nan=False, allow_infinity=False) | st.integers(-5, 5),
    aliases=texts,
    description=text,
    about=texts,
    contradicts=texts,
)
misconceptions = st.builds(
    Misconception, phrase=text, note=text, aliases=texts, common=st.booleans()
)
questions = st.builds(
    Question,
    id=text,
    prompt=text,
    reference_answers=texts,
    topic=text,
    level=text,
    hint=st.none() | text,
    time_limit=small_int,
    aliases=texts,
    seed=small_int,
    concepts=st.lists(concepts, max_size=2).map(tuple),
    misconceptions=st.lists(misconceptions, max_size=2).map(tuple),
    order=texts,
    rubric=st.none() | text,
)
problems = st.builds(Problem, path=text, line=small_int, message=text, warning=st.booleans())
paths = st.none() | st.sampled_from([Path("/a/b.yaml"), Path("rel/c.yaml"), Path("d é.yaml")])
banks = st.builds(
    Bank,
    id=text,
    title=text,
    version=text,
    questions=st.lists(questions, max_size=3).map(tuple),
    description=text,
    topics=st.lists(st.builds(Topic, id=text, title=text), max_size=2).map(tuple),
    synonyms=st.lists(texts, max_size=2).map(tuple),
    thesaurus=st.lists(texts, max_size=2).map(tuple),
    source=paths,
    rubric_source=paths,
    warnings=st.lists(problems, max_size=2).map(tuple),
)


def _through_json(bank: Bank) -> Bank:
    return bank_from_json(json.loads(json.dumps(bank_to_json(bank))))


@given(banks)
def test_a_bank_comes_back_the_same(bank: Bank) -> None:
    again = _through_json(bank)
    assert again == bank
    assert again.warnings == bank.warnings  # not part of Bank equality
    assert (again.source, again.rubric_source) == (bank.source, bank.rubric_source)
    for question in bank:
        assert again.get(question.id) == bank.get(question.id)


def test_the_bundled_banks_come_back_the_same(tmp_path: Path) -> None:
    loaded, errors = Catalog(None, None).load_all()
    assert loaded and not errors
    for bank in loaded:
        again = _through_json(bank)
        assert again == bank and again.warnings == bank.warnings
        assert [q.concepts for q in again] == [q.concepts for q in bank]
        assert [type(c.weight) for q in again for c in q.concepts] == [
            type(c.weight) for q in bank for c in q.concepts
        ]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=20,
)


@given(json_values)
def test_any_json_is_a_bank_or_refused(data: Any) -> None:
    try:
        bank = bank_from_json(data)
    except BankJsonError:
        return
    assert isinstance(bank, Bank)


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _nodes(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _nodes(value, (*path, index))
    return found


@settings(max_examples=200)
@given(banks, st.data(), json_values)
def test_a_bank_with_one_value_swapped_is_a_bank_or_refused(
    bank: Bank, data: st.DataObject, replacement: Any
) -> None:
    stored = bank_to_json(bank)
    where = data.draw(st.sampled_from(_nodes(stored)[1:]))
    node = stored
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = replacement
    try:
        again = bank_from_json(stored)
    except BankJsonError:
        return
    assert isinstance(again, Bank)
    for question in again:
        assert all(isinstance(c, Concept) for c in question.concepts)
        assert all(isinstance(a, str) for a in question.reference_answers)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", None, "bank.title: not a string"),
        ("questions", {}, "bank.questions: not a list"),
        ("synonyms", [["a", 1]], r"synonyms\[0\]: not a list of strings"),
        ("extra", 1, "unexpected 'extra'"),
    ],
)
def test_a_wrong_field_is_named(field: str, value: Any, message: str) -> None:
    stored = bank_to_json(Bank("b", "B", "1", ()))
    stored[field] = value
    with pytest.raises(BankJsonError, match=message):
        bank_from_json(stored)


def test_a_boolean_is_not_a_number() -> None:
    question = Question("q", "P?", ("ref",), concepts=(Concept("c"),), time_limit=60)
    stored = bank_to_json(Bank("b", "B", "1", (question,)))
    stored["questions"][0]["time_limit"] = True
    with pytest.raises(BankJsonError, match=r"questions\[0\].time_limit"):
        bank_from_json(stored)
    stored["questions"][0]["time_limit"] = 60
    stored["questions"][0]["concepts"][0][1] = False
    with pytest.raises(BankJsonError, match="weight: not a number"):
        bank_from_json(stored)
