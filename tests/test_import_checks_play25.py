"""Play 25 B4-B6: repeated questions are warned of at import and never asked twice in a session;
extra CSV cells are reported; a question list named as a bank gets the import command."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_captured as run
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Question
from interviewer.core.importers import parse_table
from interviewer.core.session import SessionConfig, SessionPlan

PREP = (
    "# Prep\n\n1. What is the difference between a list and a tuple? (easy)\n"
    "A list is mutable.\n\n2. What does the GIL do?\nIt serialises bytecode.\n\n"
    "3. What is the difference between a list and a tuple? (easy)\nDuplicate on purpose.\n"
)


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_repeated_question_is_a_warning_naming_both_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dry_run: bool
) -> None:
    source = tmp_path / "prep.md"
    source.write_text(PREP, encoding="utf-8")
    args = ["--data-dir", str(tmp_path / "data"), "bank", "import", str(source)]
    code, _, err = run(args + (["--dry-run"] if dry_run else []), capsys)
    assert code == 0
    assert f"{source}:9: warning: this question repeats the question on line 3" in err


def test_a_nearly_repeated_question_is_a_warning_too() -> None:
    text = "question,answer\nWhat is a p-value?,x\nWhat is the p-value?,y\nWhat is bias?,z\n"
    from interviewer.core.importers import parse_text

    found = parse_text(text, "cards.csv")
    [warning] = found.warnings
    assert warning.line == 3 and "nearly repeats" in warning.message and "line 2" in warning.message


def bank_of(prompts: list[str]) -> Bank:
    questions = tuple(
        Question(id=f"q-{n:03d}", prompt=p, reference_answers=("An answer.",), topic="t")
        for n, p in enumerate(prompts, start=1)
    )
    return Bank(id="b", title="B", version="1", questions=questions)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(["What is a list?", "what is a LIST ?", "What is a tuple?",
                              "Why use a set?", "What is a dict?"]), min_size=1, max_size=12),
    st.integers(0, 1000),
    st.booleans(),
)  # fmt: skip
def test_a_session_never_asks_two_identical_prompts(
    prompts: list[str], seed: int, adaptive: bool
) -> None:
    plan = SessionPlan(
        bank_of(prompts), SessionConfig(bank_id="b", seed=seed, count=12, adaptive=adaptive)
    )
    asked = []
    while (question := plan.next_question()) is not None:
        asked.append(" ".join(question.prompt.lower().replace("?", " ").split()))
        plan.record(question.id, 60.0, "adequate")
    assert len(asked) == len(set(asked))
    assert len(asked) == len({" ".join(p.lower().replace("?", " ").split()) for p in prompts})


def test_extra_csv_cells_are_reported_not_dropped_silently() -> None:
    text = (
        "question,answer,topic,level\n"
        'What is regularisation?,"Adding a penalty.",ML,expert,extra,cells\n'
        "What is bias?,Error from assumptions.,ML,easy,,\n"
    )
    found = parse_table(text, "cards.csv", ",")
    assert [str(w) for w in found.warnings] == [
        "cards.csv:2: warning: the row has 6 cells; the header names 4: cells 5-6 "
        "('extra', 'cells') are left out"
    ]
    assert [q.prompt for q in found.questions] == ["What is regularisation?", "What is bias?"]


def test_extra_cells_without_a_header_are_reported_too() -> None:
    found = parse_table("What is X?,It is Y.,Topic,hard,surplus\n", "x.csv", ",")
    assert len(found.warnings) == 1 and "cells 4-5 ('hard', 'surplus')" in found.warnings[0].message


@pytest.mark.parametrize("command", [["start", "--bank"], ["bank", "show"]])
def test_a_question_list_named_as_a_bank_gets_the_import_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    source = tmp_path / "prep.md"
    source.write_text(PREP, encoding="utf-8")
    code, _, err = run(["--data-dir", str(tmp_path / "data"), *command, str(source)], capsys)
    assert code == 2
    assert "this looks like a question list" in err
    assert f"interviewer bank import {source}" in err
    assert "YAML" not in err
