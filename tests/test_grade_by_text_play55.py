"""`interviewer grade` on a CSV with a question column and no reference (play54, play55): a line
whose question text is a bank question is graded against that question (its rubric and
references), as a line naming its id is; a line whose text is no question of the bank is an
error saying so (and naming a near prompt, or the other bank that holds it); one summary line
on stderr says which lines were matched and which were not."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.bank import load_bank
from interviewer.core.batch.by_text import folded_text, matched_by_text
from interviewer.core.batch_input import Item, LineError

REPO = Path(__file__).parent.parent
MINI = REPO / "tests" / "data" / "banks" / "mini.yaml"
ANSWER = "A neural network trained on a huge text corpus to predict the next token."


def grade_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *flags: str):
    source = tmp_path / "answers.csv"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "graded.csv"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", *flags, str(source), "-o", str(out)])
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    return exited.value.code, rows, capsys.readouterr().err.splitlines(), source


def test_question_text_of_a_bank_question_is_graded_against_it(tmp_path, capsys):
    by_id = f"student,question_id,answer\nana,mini-001,{ANSWER}\n"
    code, rows, _, _ = grade_file(tmp_path, capsys, by_id, "--bank", str(MINI))
    assert code == 0
    expected = rows[0]["score"]
    text = (
        "student,question,answer\n"
        f"ana,What is a large language model?,{ANSWER}\n"
        f'bo,"  what is a LARGE language   model ",{ANSWER}\n'  # case, spaces, no '?'
        f"cy,mini-001,{ANSWER}\n"  # the id written in the question cell
        f"di,What is your favourite colour?,{ANSWER}\n"
        f"ed,What is a larg language model?,{ANSWER}\n"  # a typo: named, not guessed
    )
    code, rows, err, source = grade_file(tmp_path, capsys, text, "--bank", str(MINI))
    assert code == 1
    assert [row["question_id"] for row in rows] == ["mini-001"] * 3 + ["", ""]
    assert [row["score"] for row in rows[:3]] == [expected] * 3
    assert rows[1]["question"] == "  what is a LARGE language   model "  # kept as given
    assert rows[3]["error"].startswith(
        "no question of bank 'mini' reads 'What is your favourite colour?', and the line has"
        " no question_id or reference: give the bank's question_id, or a reference column"
    )
    assert "(did you mean mini-001: 'What is a large language model?'?)" in rows[4]["error"]
    assert f"{source}:5: no question of bank 'mini'" in err[0]
    assert err[-2] == (
        "interviewer: 5 lines give their question as text, with no question_id or reference: 3"
        " were graded against the bank 'mini' question their text is (lines 2, 3, 4); 2 matched"
        " no question of bank 'mini' and were not graded (lines 5, 6: each error says why)"
    )
    assert err[-1].startswith("5 lines: 3 graded, 2 errors")


def test_the_formats_that_worked_keep_working(tmp_path, capsys):
    text = (
        "student,question,reference,answer\n"
        "ana,What is a token?,A piece of text the model reads.,a piece of text the model reads\n"
    )
    code, rows, err, _ = grade_file(tmp_path, capsys, text, "--bank", str(MINI))
    assert code == 0 and rows[0]["score"] and rows[0]["question_id"] == ""
    assert not any("give their question as text" in line for line in err)
    text = "question_id,question,answer\nmini-002,My own words for it,hot and cold\n"
    code, rows, err, _ = grade_file(tmp_path, capsys, text, "--bank", str(MINI))
    assert code == 0 and rows[0]["question_id"] == "mini-002"
    assert rows[0]["question"] == "My own words for it"


def test_a_question_of_another_bank_names_that_bank(tmp_path, capsys):
    banks = tmp_path / "data" / "banks"
    banks.mkdir(parents=True)
    shutil.copy(MINI, banks / "mini.yaml")
    text = f"student,question,answer\nana,What is a large language model?,{ANSWER}\n"
    code, rows, err, _ = grade_file(tmp_path, capsys, text)  # --bank genai, the default
    assert code == 1 and rows[0]["error"].startswith("no question of bank 'genai' reads")
    assert (
        "interviewer: line 2 is a question of bank 'mini': grade it with --bank mini, or every"
        " line in one run with --bank genai --bank mini"  # play56: --bank may be repeated
    ) in err


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("What is temperature in text generation?", "mini-002"),
        ("“What is temperature in text generation”", "mini-002"),  # typographic quotes
        ("what is temperature in text generation.", "mini-002"),
        ("MINI 3", "mini-003"),
    ],
)
def test_matched_by_text(written, found):
    bank = load_bank(MINI)
    entry = Item(2, "an answer", question_text=written)
    assert matched_by_text(entry, bank).question_id == found


def test_a_text_no_question_reads_is_a_line_error_keeping_its_fields():
    entry = Item(2, "an answer", passed=(("student", "ana"),), question_text="What is X?")
    with pytest.raises(LineError) as raised:
        matched_by_text(entry, load_bank(MINI))
    assert raised.value.passed == (("student", "ana"),) and raised.value.answer == "an answer"


def test_folded_text_keeps_the_words():
    assert folded_text("What is  RAG?") == folded_text("what is rag") == "what is rag"
    assert folded_text("What is RAG?") != folded_text("What is a RAG?")


def test_a_spreadsheets_own_header_names_the_columns(tmp_path, capsys):
    """`Student,Question,Answer` (and `Question ID`) as a spreadsheet writes them: read as
    question and answer (was refused: "the first line must be a header naming the columns")."""
    text = f"Student,Question,Answer\nana,What is a large language model?,{ANSWER}\n"
    code, rows, _, _ = grade_file(tmp_path, capsys, text, "--bank", str(MINI))
    assert code == 0 and rows[0]["question_id"] == "mini-001" and rows[0]["Student"] == "ana"
    text = f"Question ID;Answer\nmini-001;{ANSWER}\n"
    code, rows, _, _ = grade_file(tmp_path, capsys, text, "--bank", str(MINI))
    assert code == 0 and rows[0]["question_id"] == "mini-001" and rows[0]["score"]
