"""`interviewer grade` with its output on the terminal its progress is on (play50): the first
row ran on after the progress line (`loading the grader...{"line": 2, ...`), and one line was
counted as `graded 1 lines`. Run in a pseudo-terminal, as a user at a shell runs it."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_in_terminal(tmp_path: Path, *args: str) -> str:
    leader, follower = pty.openpty()
    env = {"PATH": "", "INTERVIEWER_DATA_DIR": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "interviewer", "--data-dir", str(tmp_path), "grade", *args]
    with subprocess.Popen(
        command, stdout=follower, stderr=follower, stdin=subprocess.DEVNULL, cwd=REPO, env=env
    ) as process:
        os.close(follower)
        out = bytearray()
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: the command has ended
                break
            if not chunk:
                break
            out += chunk
        process.wait(timeout=120)
    os.close(leader)
    return out.decode("utf-8", "replace")


def test_rows_on_the_terminal_start_on_a_line_of_their_own(tmp_path: Path) -> None:
    source = tmp_path / "class.csv"
    source.write_text(
        "student,question,reference,answer\n"
        "ana,What is overfitting?,Learning noise so new data suffers.,It learns the noise.\n",
        encoding="utf-8",
    )
    shown = run_in_terminal(tmp_path, str(source))
    assert "loading the grader..." in shown
    assert '...{"line"' not in shown
    row = shown.index('{"line": 2')
    assert shown[:row].endswith("\r\x1b[K"), repr(shown[:row][-30:])
    assert "1 line: 1 graded" in shown and "graded 1 lines" not in shown
