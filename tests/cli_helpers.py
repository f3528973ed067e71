"""Helpers for tests of the `interviewer` command, run in-process as a user would run it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from interviewer.cli import main

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


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


def interviewer_process(
    data_dir: Path, *args: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`interviewer --data-dir DATA_DIR ARGS...` in a process of its own, as a user runs it (no
    PATH, UTF-8 output, stdin the bytes given): its exit status, stdout and stderr as bytes."""
    return subprocess.run(
        [sys.executable, "-m", "interviewer", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env={"PATH": "", "INTERVIEWER_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )


def grade_process(
    data_dir: Path, *args: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`interviewer --data-dir DATA_DIR grade ARGS...` in a process of its own."""
    return interviewer_process(data_dir, "grade", *args, stdin=stdin)


def jsonl(*rows: object) -> bytes:
    """JSON Lines input for `grade`: each row a line, bytes as given (a line that is no JSON)."""
    return b"".join(
        (row if isinstance(row, bytes) else json.dumps(row).encode()) + b"\n" for row in rows
    )


def jsonl_rows(data: bytes) -> list[dict]:
    """What `grade` wrote as JSON Lines: one object a line."""
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]
