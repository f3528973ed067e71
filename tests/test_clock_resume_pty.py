"""A real process on a pseudo-terminal: the clock a resumed question shows is honest.

After 20 s on a question of 120 s, whether the process is killed (`kill -9`) or left with
ctrl+q → Leave, `interviewer resume` shows at most 106 s left.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import pytest
from test_crash_resume import Terminal, wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

QUIT = b"\x11"  # ctrl+q
COUNTDOWN = re.compile(r"⏱ (\d+):(\d\d)")


def readings(terminal: Terminal) -> list[int]:
    """Every countdown value the terminal has shown so far, in seconds, in order."""
    text = bytes(terminal.output).decode("utf-8", "replace")
    return [int(m) * 60 + int(s) for m, s in COUNTDOWN.findall(text)]


def first_reading_after_resume(env: dict[str, str]) -> int:
    terminal = Terminal([sys.executable, "-m", "interviewer", "resume"], env)
    try:
        wait_until(lambda: bool(readings(terminal)))
        return readings(terminal)[0]
    finally:
        terminal.kill()


def start(data_dir: Path, limit: int) -> tuple[Terminal, dict[str, str]]:
    env = {**os.environ, "INTERVIEWER_DATA_DIR": str(data_dir), "TERM": "xterm-256color"}
    command = [sys.executable, "-m", "interviewer", "start", "--count", "2", "--seed", "3"]
    terminal = Terminal([*command, "--time-limit", str(limit)], env)
    wait_until(lambda: bool(readings(terminal)))  # the question is shown, its clock running
    return terminal, env


def test_kill_9_after_20_s_of_120_gives_back_at_most_6_s(tmp_path: Path) -> None:
    terminal, env = start(tmp_path / "data", 120)
    try:
        time.sleep(20)  # nothing typed: the time counts all the same
    finally:
        terminal.kill()
    left = first_reading_after_resume(env)
    assert 90 <= left <= 106


def test_ctrl_q_leave_keeps_the_time_used(tmp_path: Path) -> None:
    # The same proportions as 20 s of 120 (at most 6 s back), shorter: 5 s of 30.
    terminal, env = start(tmp_path / "data", 30)
    try:
        time.sleep(5)
        terminal.type(QUIT)
        time.sleep(3)  # the dialog is open: its time does not count
        terminal.type(b"y")
        terminal.process.wait(30)
    finally:
        terminal.kill()
    left = first_reading_after_resume(env)
    assert 20 <= left <= 26
