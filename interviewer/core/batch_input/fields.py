"""A record's fields checked and turned into an `Item` (a bank question id, or a teacher's own
question and reference), or the LineError saying why the line cannot be graded."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..grading import reference_question
from .records import (
    CSV_FIELDS,
    Entry,
    Item,
    LineError,
    Passed,
    Record,
    answer_of,
    question_text_of,
)


def _text_list(value: object, name: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LineError(f"'{name}' must be text or a list of texts")
    return [v for v in value if v.strip()]


def _keywords(value: object) -> object:
    """A JSON line's keywords: a list, or one text of them separated by ';' as a CSV cell holds
    them (play59: `"keywords": "push; pop"` was one keyword, "push; pop")."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(";")]
    return value


def passed_fields(fields: dict[str, Any]) -> Passed:
    """A record's fields that grade does not read, in input order."""
    return tuple((name, value) for name, value in fields.items() if name not in CSV_FIELDS)


def parse_item(number: int, fields: dict[str, Any]) -> Item:
    """Check one record's fields and turn them into an Item; raises LineError (carrying the
    record's passed-through fields)."""
    passed = passed_fields(fields)
    try:
        return _parse_item(number, fields, passed)
    except LineError as err:
        question_id = fields.get("question_id")
        named = question_id.strip() if isinstance(question_id, str) else None
        raise LineError(
            str(err), passed, named or None, question_text_of(fields), answer_of(fields)
        ) from None


_EMPTY_REFERENCE = {
    "reference": "the reference answer is empty: there is nothing to grade this answer against",
    "references": "every reference answer is empty: there is nothing to grade this answer against",
}
"""A reference-mode line (a question, no question_id) whose reference is empty, null or blank;
a line with neither question nor reference says nothing names its question."""


def _parse_item(number: int, fields: dict[str, Any], passed: Passed) -> Item:
    answer = fields.get("answer")
    if "answer" not in fields:
        raise LineError("missing field 'answer'")
    if answer is None:
        answer = ""
    if not isinstance(answer, str):
        raise LineError("'answer' must be text")
    question_id = fields.get("question_id")
    if question_id is not None and not isinstance(question_id, str):
        raise LineError("'question_id' must be text")
    has_reference = fields.get("reference") is not None or fields.get("references") is not None
    if has_reference:
        if fields.get("reference") is not None and fields.get("references") is not None:
            raise LineError("give 'reference' or 'references', not both")
        name = "reference" if fields.get("reference") is not None else "references"
        references = _text_list(fields[name], name)
        if not references:
            raise LineError(_EMPTY_REFERENCE[name])
        prompt = fields.get("question")
        if prompt is None:
            raise LineError("missing field 'question' (reference mode needs the question)")
        if not isinstance(prompt, str):
            raise LineError("'question' must be text")
        keywords = fields.get("keywords")
        keyword_list = _text_list(_keywords(keywords), "keywords") if keywords is not None else []
        question = reference_question(
            prompt, references, keyword_list, question_id=question_id or ""
        )
        return Item(number, answer, question_id, question, passed, question_text_of(fields))
    asked = fields.get("question") not in (None, "")
    if question_id is None and asked and ("reference" in fields or "references" in fields):
        raise LineError(_EMPTY_REFERENCE["references" if "references" in fields else "reference"])
    if question_id is None and question_text_of(fields) is not None:
        # its question by text only: looked up in the bank (batch.by_text)
        return Item(number, answer, passed=passed, question_text=question_text_of(fields))
    if question_id is None:
        raise LineError(
            "missing field 'question_id' (or 'question' with 'reference'): nothing says which"
            " question this answer is for"
        )
    return Item(
        number, answer, question_id.strip(), passed=passed, question_text=question_text_of(fields)
    )


def items(
    records: Iterable[Record],
) -> Iterator[Entry]:
    """Each record checked: an Item, or the LineError saying why it cannot be graded."""
    for number, record in records:
        if isinstance(record, LineError):
            yield number, record
            continue
        try:
            yield number, parse_item(number, record)
        except LineError as err:
            yield number, err
