"""robust68: the commands' outputs when they cannot be written as a file is. A standard output
that is full (`interviewer history > /dev/full`) ended in a traceback; `grade -o` (and
`--summary`) renamed a finished file over a named pipe or a device, putting a regular file in
its place (run as root, `grade -o /dev/null` replaced /dev/null itself)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import REPO, exit_status

FULL = Path("/dev/full")


@pytest.mark.skipif(not FULL.exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("argv", [["history"], ["bank", "list"], ["bank", "show", "genai"]])
def test_a_full_standard_output_is_said_in_one_line(tmp_path: Path, argv: list[str]) -> None:
    with FULL.open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "interviewer", "--data-dir", str(tmp_path), *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            timeout=120,
        )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "interviewer: cannot write the output: No space left on device; nothing more was written"
    )


def _pipe(path: Path) -> int:
    """A named pipe at `path`, opened for reading without waiting (the writer's open then
    finds a reader)."""
    os.mkfifo(path)
    return os.open(path, os.O_RDONLY | os.O_NONBLOCK)


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


def test_grade_writes_into_a_named_pipe_and_leaves_it_a_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.jsonl"
    answers.write_text(
        json.dumps({"question_id": "genai-001", "answer": "tokens\u202e and a\u0301 \U0001f600"})
        + "\n",
        encoding="utf-8",
    )
    out, summary = tmp_path / "out", tmp_path / "summary"
    out_fd, summary_fd = _pipe(out), _pipe(summary)
    code = exit_status(
        "--data-dir",
        str(tmp_path / "data"),
        "grade",
        str(answers),
        "-o",
        str(out),
        "--summary",
        str(summary),
    )
    capsys.readouterr()
    assert code == 0
    assert stat.S_ISFIFO(os.stat(out).st_mode)
    assert stat.S_ISFIFO(os.stat(summary).st_mode)
    [line] = _read_all(out_fd).decode("utf-8").splitlines()
    assert json.loads(line)["question_id"] == "genai-001"
    assert _read_all(summary_fd)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.jsonl", "data", "out", "summary"]
