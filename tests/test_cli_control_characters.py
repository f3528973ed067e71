"""No command sends a control character from a file or an answer to the terminal raw: an
escape sequence in an imported list or a pasted answer is shown, never obeyed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import exit_status as run

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.paths import database_path

DATA = Path(__file__).parent / "data"
RAW = ("\x1b", "\x07", "\x9b", "\r", "\x7f")
ANSWER = "Red \x1b[31mALERT\x1b[0m, a bell \x07, a CSI \x9b2J, a DEL \x7f and\r back"
LIST = (
    "## ANSI\n\n1. What does \x1b[31mRED\x1b[0m mean in a terminal?\n"
    "It sets the foreground colour to red until reset.\n\n"
    "2. Title \x1b]0;pwned\x07 check?\nAn OSC sequence.\n"
)


def assert_clean(text: str) -> None:
    assert not [c for c in RAW if c in text], repr(text[:400])


@pytest.fixture
def pasted(isolated_data_dir: Path, tmp_path: Path) -> str:
    """A finished session whose one answer and appeal hold pasted escape sequences."""
    bank = load_bank(DATA / "banks" / "mini.yaml")
    with Store.open(database_path(isolated_data_dir), clock=FakeClock()) as store:
        session = store.create_session(SessionConfig(bank_id="mini", count=1), bank)
        answer = store.record_answer(
            session.id, position=1, question=bank.get("mini-001"), answer=ANSWER, seconds=9,
            time_limit=60, score=20.0, band="weak", grade={"score": 20.0, "band": "weak"},
            grader_version="1.0",
        )  # fmt: skip
        store.save_appeal(answer.id, 3, "note \x1b]0;pwned\x07 here")
        store.finish_session(session.id, None)
    return session.id


def test_import_dry_run_shows_escape_sequences_without_sending_them(tmp_path, capsys) -> None:
    source = tmp_path / "ansi.md"
    source.write_text(LIST)
    assert run("bank", "import", str(source), "--dry-run") == 0
    out = capsys.readouterr().out
    assert_clean(out)
    # care46: a whole sequence is dropped on import, not shown as "\ufffd[31mRED\ufffd[0m"
    assert "What does RED mean" in out
    assert "Title check?" in out


def test_import_to_stdout_carries_no_raw_control_character(tmp_path, capsys) -> None:
    source = tmp_path / "evil\x1b]0;x\x07.md"
    source.write_text(LIST)
    assert run("bank", "import", str(source), "-o", "-", "--id", "evil") == 0
    out = capsys.readouterr().out
    assert_clean(out)
    assert out.startswith("# Imported from evil\ufffd]0;x\ufffd.md: ")
    assert "What does RED mean in a terminal?" in out  # care46: the sequence is not imported
    assert "\\e" not in out.split("questions:\n", 1)[1]  # (the file name keeps its own)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_markdown_and_html_reports_show_control_characters_as_a_marker(
    pasted, tmp_path, capsys, fmt
) -> None:
    assert run("report", pasted[:8], "--format", fmt) == 0
    out = capsys.readouterr().out
    assert_clean(out)
    assert "Red \ufffd[31mALERT\ufffd[0m, a bell \ufffd, a CSI \ufffd2J, a DEL \ufffd" in out
    target = tmp_path / f"report.{fmt}"
    assert run("report", pasted[:8], "--format", fmt, "-o", str(target)) == 0
    assert_clean(target.read_text(encoding="utf-8"))


def test_json_report_keeps_the_exact_answer_escaped(pasted, capsys) -> None:
    assert run("report", pasted[:8], "--format", "json") == 0
    out = capsys.readouterr().out
    assert_clean(out)
    assert "\\u009b2J" in out and "\\u007f" in out
    [question] = json.loads(out)["questions"]
    assert question["answer"] == ANSWER


def test_appeals_table_and_json_show_the_note_safely(pasted, capsys) -> None:
    assert run("appeals") == 0
    out = capsys.readouterr().out
    assert_clean(out)
    assert "note \ufffd]0;pwned\ufffd here" in out
    assert run("appeals", "--json") == 0
    out = capsys.readouterr().out
    assert_clean(out)
    assert json.loads(out)[0]["note"] == "note \x1b]0;pwned\x07 here"


def test_grade_messages_and_output_carry_no_raw_control_character(tmp_path, capsys) -> None:
    source = tmp_path / "in.jsonl"
    rows = [{"question_id": "nope\x1b[2J", "answer": "x", "student": "ana\x9b"}]
    source.write_text("".join(json.dumps(row) + "\n" for row in rows))
    mini = str(DATA / "banks" / "mini.yaml")
    assert run("grade", "--bank", mini, str(source)) == 1
    captured = capsys.readouterr()
    assert_clean(captured.out)
    assert_clean(captured.err)
    assert "no question 'nope\ufffd[2J'" in captured.err
    assert json.loads(captured.out)["student"] == "ana\x9b"


def test_start_shows_a_skipped_questions_warning_without_sending_its_escapes(
    isolated_data_dir: Path, capsys
) -> None:
    """play23: `interviewer start` printed a bank's warnings raw (tui/launch.py)."""
    banks = isolated_data_dir / "banks"
    banks.mkdir(parents=True)
    # the messages quote a bank's own text safely already; the file's name they start with is
    # the user's, and it was printed raw
    (banks / "esc\x1b[31m.yaml").write_text(
        'id: esc\ntitle: Esc\nversion: "1"\nquestions:\n'
        "  - id: ok-1\n    prompt: What is a heap?\n    level: beginner\n"
        "    references: [A tree kept in order.]\n"
        "  - id: bad-1\n    prompt: Broken?\n    level: wizard\n"
        "    references: [Nothing.]\n",
        "utf-8",
    )
    assert run("start", "--bank", "esc", "--topic", "nosuch") == 2
    err = capsys.readouterr().err
    assert "skipped" in err and "esc\ufffd[31m.yaml:" in err
    assert_clean(err)
