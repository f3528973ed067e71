"""play59: a teacher who imported a bank (`ds`, ids ds-001 ...) and ran `grade` without
`--bank ds` was told only "bank 'genai' has no question 'ds-001'", with nothing to say that the
id is of another bank. The line now says whose ids begin how, and to name the bank."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_captured

from interviewer.core.batch.chunk import unknown_question_line
from interviewer.core.catalog import Catalog

HINT = "(its ids begin 'genai-': is it another bank's question? name that one with --bank)"


def test_an_id_of_another_bank_is_said_to_be_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(tmp_path))
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"question_id": "ds-001", "answer": "LIFO."}) + "\n")
    code, out, err = run_captured(["grade", str(source)], capsys)
    assert code == 1
    assert f"bank 'genai' has no question 'ds-001' {HINT}" in err
    assert HINT in json.loads(out)["error"]


def test_an_unknown_id_of_the_bank_itself_gets_no_such_hint():
    genai = Catalog(None).find("genai")
    assert "its ids begin" not in unknown_question_line(genai, "genai-999")
    assert "its ids begin" not in unknown_question_line(genai, "q1")
    assert "did you mean 'genai-001'" in unknown_question_line(genai, "GENAI-001")
