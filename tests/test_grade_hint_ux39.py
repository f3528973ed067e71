"""`grade`'s line for an id its bank lacks names `bank show` as the user runs the program:
with the `--data-dir` they gave and the bank as `--bank` named it (it said `interviewer bank
show genai` to a user whose history and banks were in another folder)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.batch.chunk import bank_show_command

REPO = Path(__file__).resolve().parent.parent


def _grade(tmp_path: Path, capsys, *argv: str) -> dict:
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"question_id": "genai-9999", "answer": "x"}) + "\n", "utf-8")
    with pytest.raises(SystemExit):
        main([*argv, str(lines)])
    return json.loads(capsys.readouterr().out.splitlines()[0])


def test_the_hint_keeps_the_data_dir_given(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "my data"
    row = _grade(tmp_path, capsys, "--data-dir", str(folder), "grade", "--bank", "genai")

    command = f"interviewer --data-dir {shlex.quote(str(folder))} bank show genai"
    assert f"`{command}` lists its" in row["error"]


def test_a_bank_named_by_its_file_is_shown_by_that_file(tmp_path: Path, capsys) -> None:
    bank = str(REPO / "banks" / "genai.yaml")
    row = _grade(tmp_path, capsys, "grade", "--bank", bank)

    assert f"`interviewer bank show {shlex.quote(bank)}` lists its" in row["error"]


def test_a_name_with_a_space_is_quoted_for_the_shell() -> None:
    assert bank_show_command("interviewer", "my bank.yaml") == (
        "interviewer bank show 'my bank.yaml'"
    )
