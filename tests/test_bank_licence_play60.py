"""play60: a bank had no field for where its questions came from and their licence, so an
imported public list (MIT, CC BY 4.0 ...) lost its terms. `origin:` and `licence:` (or
`license:`) are a bank's own keys, checked, written by `bank import --origin --licence`, kept
through the bank cache and shown by `bank show` and `bank list`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_captured as run

BANK = """\
id: fe
title: Front-end questions
origin: https://github.com/h5bp/Front-end-Developer-Interview-Questions
{licence_line}
questions:
  - id: fe-001
    level: beginner
    prompt: What is a closure?
    references: [A function with the variables of the scope it was made in.]
"""
LIST = "question,answer\nWhat is a closure?,A function with the variables of its scope.\n"


def _user_bank(data_dir: Path, licence_line: str) -> Path:
    (data_dir / "banks").mkdir(parents=True, exist_ok=True)
    path = data_dir / "banks" / "fe.yaml"
    path.write_text(BANK.format(licence_line=licence_line), encoding="utf-8")
    return path


@pytest.mark.parametrize("spelling", ["licence", "license"])
def test_bank_show_and_list_name_the_origin_and_the_licence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    _user_bank(tmp_path, f"{spelling}: MIT")
    data = ["--data-dir", str(tmp_path)]
    for _ in range(2):  # the second reads the bank from the cache
        code, out, _ = run([*data, "bank", "show", "fe"], capsys)
        assert code == 0
        assert "origin: https://github.com/h5bp/Front-end-Developer-Interview-Questions" in out
        assert "licence: MIT" in out
    code, out, _ = run([*data, "bank", "show", "fe", "--json"], capsys)
    shown = json.loads(out)
    assert (shown["licence"], shown["origin"].split("/")[-1]) == (
        "MIT",
        "Front-end-Developer-Interview-Questions",
    )
    code, out, _ = run([*data, "bank", "list"], capsys)
    assert "Front-end questions (MIT)" in out
    code, out, _ = run([*data, "bank", "list", "--json"], capsys)
    [mine] = [row for row in json.loads(out) if row["id"] == "fe"]
    assert mine["licence"] == "MIT" and mine["origin"].startswith("https://github.com/h5bp/")


@pytest.mark.parametrize(
    ("licence_line", "problem"),
    [
        ("licence: |\n  MIT License\n  Copyright (c) 2012", "4: licence must be one line"),
        ("licence: ''", "4: licence must not be empty"),
        ("licence: " + "x" * 81, "4: licence is 81 characters; the limit is 80"),
        ("licence: MIT\nlicense: MIT", "5: give the licence once"),
    ],
)
def test_a_bad_licence_is_a_problem_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], licence_line: str, problem: str
) -> None:
    path = _user_bank(tmp_path, licence_line)
    code, _, err = run(["bank", "validate", str(path)], capsys)
    assert code == 2
    assert f"{path}:{problem}" in err


def test_bank_import_keeps_the_origin_and_the_licence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cards.csv"
    source.write_text(LIST, encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "data")]
    where = "https://example.org/cards.csv (2026-12-07)"
    code, _, err = run(
        [*data, "bank", "import", str(source), "--origin", where, "--license", "CC BY 4.0"], capsys
    )
    assert code == 0, err
    written = (tmp_path / "data" / "banks" / "cards.yaml").read_text(encoding="utf-8")
    assert f"origin: {where}\nlicence: CC BY 4.0\n" in written
    code, out, _ = run([*data, "bank", "show", "cards"], capsys)
    assert f"origin: {where}" in out and "licence: CC BY 4.0" in out
    code, _, err = run(
        [*data, "bank", "import", str(source), "--licence", "a\nb", "-o", "-"], capsys
    )
    assert code == 2 and "--licence: licence must be one line" in err


def test_a_bank_without_them_shows_neither(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["bank", "show", "genai"], capsys)
    assert code == 0 and "licence:" not in out and "origin:" not in out
