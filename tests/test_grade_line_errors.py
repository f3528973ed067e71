"""A line that cannot be graded is named as `file:line` with what to write instead (an id that
differs from the bank's by case, spacing or leading zeros is suggested; a small bank's ids are
listed), and a file of thousands of bad lines names twenty, then counts the rest."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.cli import main
from interviewer.core.bank import load_bank
from interviewer.core.batch import error_lines
from interviewer.core.batch.chunk import folded_id, unknown_question_line

REPO = Path(__file__).parent.parent
MINI = REPO / "tests" / "data" / "banks" / "mini.yaml"


@pytest.mark.parametrize("written", ["MINI-002", " mini-002", "mini 002", "mini_2", "Mini-0002"])
def test_an_id_changed_by_a_spreadsheet_is_suggested(written: str) -> None:
    why = unknown_question_line(load_bank(MINI), written)
    assert why.startswith(f"bank 'mini' has no question '{written}' (did you mean 'mini-002'?)")
    assert why.endswith("; its ids: mini-001, mini-002, mini-003")


@pytest.mark.parametrize("written", ["mini-020", "mini-2x", "nope", "2"])
def test_another_id_is_not_guessed_at(written: str) -> None:
    why = unknown_question_line(load_bank(MINI), written)
    assert "did you mean" not in why and "its ids: mini-001" in why


def test_a_big_bank_names_the_command_that_lists_its_ids() -> None:
    from interviewer.core.catalog import Catalog

    genai = Catalog().find("genai")
    why = unknown_question_line(genai, "GenAI-22")
    assert "(did you mean 'genai-022'?)" in why
    assert why.endswith(f"`interviewer bank show genai` lists its {len(genai)} question ids")


@given(st.text(max_size=20))
def test_folding_ignores_case_spacing_punctuation_and_leading_zeros(text: str) -> None:
    folded = folded_id(text)
    assert folded_id(folded) == folded
    assert folded_id(f" {text.casefold()}-") == folded
    assert folded_id(f"{text}q-007") == folded_id(f"{text}Q_7") == folded + "q7"


def test_messages_name_the_file_and_line_and_stop_at_twenty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(error_lines, "ERRORS_SHOWN", 3)
    source = tmp_path / "class.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["student", "question_id", "answer"])
        for k in range(7):
            writer.writerow([f"s{k}", "MINI-001" if k else "", "an answer"])
    out = tmp_path / "graded.csv"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", "--bank", str(MINI), str(source),
              "-o", str(out)])  # fmt: skip
    err = capsys.readouterr().err.splitlines()
    assert exited.value.code == 1
    assert err[0].startswith(f"{source}:2: missing field 'question_id'")
    assert err[0].endswith("nothing says which question this answer is for")
    assert err[1].startswith(f"{source}:3: bank 'mini' has no question 'MINI-001' (did you mean")
    assert err[2].startswith(f"{source}:4: ")
    assert err[3] == (
        "interviewer: 4 more lines could not be graded (not listed here): each has its reason "
        f"in the 'error' column of {out}"
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 7 and all(row["error"] for row in rows)
    assert err[-1].startswith("7 lines: 0 graded, 7 errors")


def test_an_empty_reference_is_named_as_such_and_the_other_rows_are_graded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # care46: an empty reference cell read as "missing field 'question_id'"
    source = tmp_path / "key.csv"
    source.write_text(
        "question,reference,answer\n"
        "What is a token?,A piece of text the model reads.,a piece of text the model reads\n"
        "What is NF4?,,a 4-bit data type\n"
        'What is LoRA?,"   ",low-rank adapters\n'
        "What is RAG?,Retrieval then generation.,retrieval then generation\n",
        encoding="utf-8",
    )
    jsonl = tmp_path / "key.jsonl"
    jsonl.write_text(
        '{"question": "What is NF4?", "reference": null, "answer": "a type"}\n'
        '{"question": "What is NF4?", "references": ["", " "], "answer": "a type"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "graded.csv"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", str(source), "-o", str(out)])
    assert exited.value.code == 1
    err = capsys.readouterr().err.splitlines()
    empty = "the reference answer is empty: there is nothing to grade this answer against"
    assert err[:2] == [f"{source}:3: {empty}", f"{source}:4: {empty}"]
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [bool(row["score"]) for row in rows] == [True, False, False, True]
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path / "data"), "grade", str(jsonl), "-o", "-"])
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{jsonl}:1: {empty}"
    assert err[1].startswith(f"{jsonl}:2: every reference answer is empty")


def test_a_row_with_neither_question_nor_reference_says_nothing_names_its_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "key.csv"
    source.write_text("student,question,reference,answer\nbad,,,an answer to nothing\n")
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path / "data"), "grade", str(source), "-o", "-"])
    assert f"{source}:2: missing field 'question_id'" in capsys.readouterr().err
