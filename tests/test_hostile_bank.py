"""Hostile bank files: every one gives a typed error at path:line, fast, never a traceback."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest
from bank_helpers import problems_of as problems
from bank_helpers import write
from cli_helpers import run_captured as run

from interviewer.core.bank import load_bank

BANK = """\
id: demo
title: Demo bank
questions:
  - id: demo-1
    prompt: What is a token?
    seed: 1
    references: A token is a piece of text, such as a word or sub-word.
  - id: demo-2
    prompt: Why is attention quadratic?
    references: Every token attends to every other token.
"""

RUBRIC = """\
bank: demo
questions:
  demo-2:
    concepts:
      - name: every token
        weight: 1
"""


def near_duplicates(path: Path) -> list[str]:
    """Near-duplicate prompts are warnings (issue 9): the bank loads, and says so."""
    return [str(p) for p in load_bank(path).warnings if "nearly repeat" in p.message]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("seed: 1", "seed: !!int notanint", ":6: cannot read 'notanint' as int"),
        ("seed: 1", "seed: " + "9" * 5000, ":6: number too long (5,000 characters)"),
        ("seed: 1", "seed: " + "9" * 25, ":6: question 'demo-1': seed must be between"),
        ("seed: 1", "seed: !!float abc", ":6: cannot read 'abc' as float"),
    ],
)
def test_bad_numbers_in_a_bank_are_located(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    path = write(tmp_path, BANK.replace(old, new))
    assert any(m.startswith(f"{path}{expected}") for m in problems(path)), problems(path)


@pytest.mark.parametrize(
    ("weight", "expected"),
    [
        ("!!float abc", ":6: cannot read 'abc' as float"),
        ("9" * 400, ":6: number too long (400 characters)"),
        ("1.7e+308", ":6: rubric 'demo-2': weight of 'every token' must be at most 100"),
        (".nan", ":6: rubric 'demo-2': weight of 'every token' must be a positive number"),
    ],
)
def test_bad_weights_are_refused(tmp_path: Path, weight: str, expected: str) -> None:
    bank = write(tmp_path, BANK)
    rubric = write(tmp_path, RUBRIC.replace("weight: 1", f"weight: {weight}"), "bank.rubric.yaml")
    assert any(m.startswith(f"{rubric}{expected}") for m in problems(bank)), problems(bank)


def test_a_bank_id_too_long_for_a_file_name_is_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path, BANK.replace("id: demo\n", f"id: {'b' * 300}\n"))
    assert any(f"{path}:1: bank id is 300 characters" in m for m in problems(path))


def test_a_rubric_path_too_long_is_not_found_at_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, BANK + f"rubric: {'r' * 300}.yaml\n")
    [message] = problems(path)
    assert message.startswith(f"{path}:11: rubric file 'rrrr") and message.endswith("not found")


def test_a_missing_rubric_names_the_line_of_its_key(tmp_path: Path) -> None:
    path = write(tmp_path, BANK + "rubric: nowhere.yaml\n")
    assert problems(path) == [f"{path}:11: rubric file 'nowhere.yaml' not found"]


def test_binary_file_names_the_line_of_the_first_nul(tmp_path: Path) -> None:
    path = write(tmp_path, b"id: demo\ntitle: x\x00y\n")
    assert problems(path) == [f"{path}:2: this is a binary file, not YAML text"]


def test_a_prompt_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, BANK.replace("What is a token?", "word " * 2000))
    assert any(":5: question 'demo-1': prompt is 9,999 characters" in m for m in problems(path))


def test_raw_control_characters_are_replaced_with_a_located_warning(tmp_path: Path) -> None:
    hostile = "What is \x1b]0;pwned\x07 a \x1b[2Jtoken?\x9b"
    path = write(tmp_path, BANK.replace("What is a token?", hostile))
    bank = load_bank(path)
    prompt = bank.get("demo-1").prompt
    assert "\x1b" not in prompt and "\x07" not in prompt and "\x9b" not in prompt
    assert "\ufffd]0;pwned" in prompt
    assert [str(w) for w in bank.warnings] == [
        f"{path}:5: warning: control character replaced (text is shown, not obeyed)"
    ]


def test_escaped_control_characters_are_replaced_too(tmp_path: Path) -> None:
    path = write(tmp_path, BANK.replace("What is a token?", '"What is \\e[2J a token?"'))
    bank = load_bank(path)
    assert bank.get("demo-1").prompt == "What is \ufffd[2J a token?"
    assert [w.line for w in bank.warnings] == [5]


def test_many_similar_prompts_give_a_bounded_grouped_report(tmp_path: Path) -> None:
    questions = "".join(
        f"  - id: q{i}\n    prompt: How does retrieval step {i} rank the documents?\n"
        f"    references: It ranks them.\n"
        for i in range(400)
    )
    path = write(tmp_path, f"id: many\ntitle: Many\nquestions:\n{questions}")
    messages = near_duplicates(path)
    assert 2 <= len(messages) <= 21
    assert "more prompts nearly repeat an earlier one (the first 20 are listed)" in messages[-1]


def test_near_duplicates_are_found_through_the_index_in_a_large_bank(tmp_path: Path) -> None:
    rng = random.Random(7)
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(7)) for _ in range(900)]
    prompts = [" ".join(words[3 * i : 3 * i + 3]) for i in range(300)]
    prompts.append(prompts[27] + "s")
    questions = "".join(
        f"  - id: {'copy' if i == 300 else f'q{i}'}\n    prompt: {p}\n    references: Because.\n"
        for i, p in enumerate(prompts)
    )
    path = write(tmp_path, f"id: big\ntitle: Big\nquestions:\n{questions}")
    [message] = near_duplicates(path)
    assert "question 'copy': prompt nearly repeats 'q27'" in message


def test_data_dir_too_long_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["bank", "list", "--data-dir", "/tmp/" + "d" * 300], capsys)
    assert code == 2 and "--data-dir: path too long" in err and "Traceback" not in err


def test_bank_show_with_a_name_too_long_is_a_clear_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(["bank", "show", "n" * 300], capsys)
    assert code == 2 and "path too long" in err


def test_validate_prints_warnings_of_a_bank_that_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, BANK.replace("What is a token?", "What is a \x1b[31mtoken?"))
    code, out, err = run(["bank", "validate", str(path)], capsys)
    assert code == 0 and "ok" in out
    assert f"{path}:5: warning: control character replaced" in err


def test_bank_show_never_prints_terminal_escape_sequences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = '"Title \\e]0;pwned\\a [/INST] \\e]8;;http://x\\e\\\\link\\e]8;;\\e\\\\ \\e[2J?"'
    path = write(tmp_path, BANK.replace("What is a token?", hostile))
    code, out, _ = run(["bank", "show", str(path)], capsys)
    assert code == 0 and "[/INST]" in out
    assert "\x1b" not in out and "\x07" not in out


def test_validate_lists_the_first_problems_and_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = "".join(f"  - id: q{i}\n    prompt: Question number {i}?\n" for i in range(120))
    path = write(tmp_path, f"id: many\ntitle: Many\nquestions:\n{questions}")
    # 120 questions without references: 120 warnings, which --strict turns into a failure
    code, _, err = run(["bank", "validate", "--strict", str(path)], capsys)
    lines = err.splitlines()
    assert code == 2 and len(lines) == 52
    total = int(lines[-1].rsplit(", ", 1)[1].split()[0])
    assert total >= 120 and lines[-2] == f"... and {total - 50} more"
