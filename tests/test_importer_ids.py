"""An answer key's own question ids are kept on import (the lead's play, stop 34): a teacher
imported `key.csv` (id,prompt,reference) and graded `answers.csv` (student,question_id,answer)
against it, and every line failed "bank 'key' has no question 'q1'" because the `id` column
was dropped and the questions were numbered key-001, key-002."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.cli import main
from interviewer.core.importers import parse_table, to_bank_yaml

KEY = (
    "id,prompt,reference\n"
    'q1,What is a hash table?,"It maps keys to values through a hash function, in O(1)."\n'
    "q2,Why use version control?,To record every change and go back to an earlier version.\n"
)


def ids_of(text: str, bank_id: str = "key") -> list[str]:
    bank = yaml.safe_load(to_bank_yaml(parse_table(text, "key.csv"), bank_id))
    return [q["id"] for q in bank["questions"]]


def test_an_id_column_names_the_questions() -> None:
    found = parse_table(KEY, "key.csv")
    assert [q.qid for q in found.questions] == ["q1", "q2"]
    assert found.warnings == []
    assert ids_of(KEY) == ["q1", "q2"]


@pytest.mark.parametrize("name", ["ID", "question_id", "Question ID", "qid"])
def test_the_id_column_goes_by_the_names_people_give_it(name: str) -> None:
    assert ids_of(KEY.replace("id,", f"{name},", 1)) == ["q1", "q2"]


def test_a_bad_or_repeated_id_is_told_and_the_question_numbered() -> None:
    text = (
        "id,question,answer\nq 1,What is A?,A.\nq2,What is B?,B.\nq2,What is C?,C.\n"
        ",What is D?,D.\n"
    )
    found = parse_table(text, "key.csv")
    assert [w.line for w in found.warnings] == [2, 4]
    assert "letters, digits" in found.warnings[0].message
    assert "line 3 too" in found.warnings[1].message
    assert ids_of(text) == ["key-001", "q2", "key-003", "key-004"]


def test_a_numbered_id_never_takes_an_id_of_the_source() -> None:
    text = "id,question,answer\n,What is A?,A.\nkey-001,What is B?,B.\n"
    assert ids_of(text) == ["key-001-2", "key-001"]


CELL = st.text(alphabet="q1-_. éa\t/", max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(CELL, min_size=1, max_size=8))
def test_property_imported_ids_are_unique_valid_and_kept_where_they_can_be(cells) -> None:
    rows = "".join(f'"{c}",What is thing {i}?,It is {i}.\n' for i, c in enumerate(cells))
    ids = ids_of("id,question,answer\n" + rows)
    assert len(ids) == len(cells) and len(set(ids)) == len(ids)
    seen: set[str] = set()
    for cell, qid in zip(cells, ids, strict=True):
        own = cell.strip()
        kept = bool(own) and own not in seen and all(c not in own for c in " é\t/")
        kept = kept and own[0] not in "-_."
        assert (qid == own) == kept or (qid == own and own.startswith("key-"))
        if kept:
            seen.add(own)


def run(args: list[str]) -> int | str | None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    return exited.value.code


def test_answers_keyed_by_the_ids_grade_against_the_imported_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = tmp_path / "key.csv"
    key.write_text(KEY, encoding="utf-8")
    answers = tmp_path / "answers.csv"
    answers.write_text(
        "student,question_id,answer\n"
        'ann,q1,"Keys go through a hash function to a slot, so lookup is O(1)."\n'
        "bob,q2,To go back to an earlier version and record each change.\n",
        encoding="utf-8",
    )
    data = ["--data-dir", str(tmp_path / "data")]
    assert run([*data, "bank", "import", str(key)]) == 0
    out = tmp_path / "out.jsonl"
    assert run([*data, "grade", str(answers), "--bank", "key", "-o", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(x["student"], x["question_id"]) for x in lines] == [("ann", "q1"), ("bob", "q2")]
    assert all("error" not in x or not x["error"] for x in lines)
    assert all(x["score"] > 0 for x in lines)


def test_json_lines_keep_their_ids_too() -> None:
    from interviewer.core.importers.jsonl import parse_jsonl

    text = (
        '{"id": "q1", "question": "What is A?", "answer": "A."}\n'
        '{"question_id": 7, "question": "What is B?", "answer": "B."}\n'
        '{"id": "q1", "question": "What is C?", "answer": "C."}\n'
    )
    found = parse_jsonl(text, "key.jsonl")
    assert [q.qid for q in found.questions] == ["q1", "7", None]
    assert [w.line for w in found.warnings] == [3]
    bank = yaml.safe_load(to_bank_yaml(found, "key"))
    assert [q["id"] for q in bank["questions"]] == ["q1", "7", "key-003"]
