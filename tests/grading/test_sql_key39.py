"""Keys written by the team for refmode39, with answers written before measuring
(tests/data/sql_key39.csv: 8 SQL and data-structure questions, 3 correct answers in a student's
own words each, keyword strings and wrong answers; tests/data/chem_key39.csv: why water is
polar), graded as `interviewer grade` grades a CSV with a key."""

from __future__ import annotations

import csv
from pathlib import Path
from statistics import mean

from interviewer.core.grading import grade_reference

DATA = Path(__file__).parent.parent / "data"


def _graded(name: str) -> list[tuple[dict[str, str], float, tuple[str, ...], bool]]:
    result = []
    for row in csv.DictReader((DATA / name).open(encoding="utf-8")):
        grade = grade_reference(row["question"], row["reference"], row["answer"])
        result.append((row, grade.score, grade.flags, bool(grade.contradictions)))
    return result


def test_no_string_of_terms_passes_and_correct_answers_rank_above_them() -> None:
    graded = _graded("sql_key39.csv") + _graded("chem_key39.csv")
    strings = [score for row, score, _, _ in graded if row["kind"] == "keywords"]
    correct = [score for row, score, _, _ in graded if row["kind"] == "correct"]
    assert max(strings) <= 65.0
    assert mean(correct) > mean(strings) + 5
    for row, _, _, contradicted in graded:
        if row["kind"] == "correct":
            assert not contradicted, row["student"]


def test_a_correct_answer_in_other_words_is_not_off_topic() -> None:
    # "field ... record ... filled in" for a key of columns, rows and NULL had been capped at 25
    # as off the topic (sharing no word with the question or the key)
    key = (
        "A primary key is a column or set of columns whose values uniquely identify each row of "
        "a table; it cannot be NULL and no two rows may share it."
    )
    grade = grade_reference(
        "What is a primary key?",
        key,
        "One field, or a few fields together, that points at exactly one record; each record "
        "gets a different one and a missing value is refused.",
    )
    assert "off_topic" not in grade.flags
    assert grade.score > 50.0


def test_the_chemistry_strings_are_flagged() -> None:
    for row, score, flags, _ in _graded("chem_key39.csv"):
        if row["kind"] == "keywords":
            assert score <= 50.0, row["student"]
        if row["kind"] == "correct":
            assert "keyword_list" not in flags
            assert score >= 70.0, row["student"]
