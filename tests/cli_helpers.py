"""Helpers for tests of the `interviewer` command, run in-process as a user would run it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from interviewer.cli import main

DATA = Path(__file__).parent / "data"


def exit_status(*argv: str) -> int:
    """The exit status of `interviewer ARGV...`; what it prints stays for `capsys` to read."""
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    return exited.value.code  # type: ignore[return-value]


def run_captured(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`interviewer ARGS...`: its exit status, and what it printed to stdout and stderr."""
    code = exit_status(*args)
    out, err = capsys.readouterr()
    return code, out, err


def with_mini_bank(data_dir: Path) -> Path:
    """`data_dir`, given the mini bank in banks/ and its rubric in rubrics/."""
    for kind in ("banks", "rubrics"):
        (data_dir / kind).mkdir(parents=True)
        shutil.copy(DATA / kind / "mini.yaml", data_dir / kind / "mini.yaml")
    return data_dir
