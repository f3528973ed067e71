"""A real `interviewer start` on a pseudo-terminal, killed by SIGKILL, loses nothing."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionPlan
from interviewer.core.store import Store
from interviewer.paths import database_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

SUBMIT = b"\x13"  # ctrl+s


class Terminal:
    """A child process on a pseudo-terminal whose output is drained in the background."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 32, 100, 0, 0))
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output.extend(chunk)

    def type(self, data: bytes) -> None:
        os.write(self.master, data)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        os.close(self.master)


def answers_in(data_dir: Path) -> list:
    path = database_path(data_dir)
    if not path.exists():
        return []
    with Store.open(path) as store:
        sessions = store.list_sessions()
        return store.answers(sessions[0].id) if sessions else []


def wait_until(condition, seconds: float = 60.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("timed out waiting")


def test_kill_9_after_two_answers_then_resume_at_the_third(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "INTERVIEWER_DATA_DIR": str(data_dir), "TERM": "xterm-256color"}
    command = [sys.executable, "-m", "interviewer"]
    terminal = Terminal([*command, "start", "--count", "4", "--seed", "7", "--untimed"], env)
    try:
        # Typing before the question is shown would lose keys (a loaded machine starts slowly).
        wait_until(lambda: b"1 / 4" in terminal.output)
        for n, text in enumerate((b"first answer about attention", b"second answer"), start=1):
            terminal.type(text)
            time.sleep(0.3)
            terminal.type(SUBMIT)
            wait_until(lambda n=n: len(answers_in(data_dir)) == n)
        terminal.type(b"a draft that may or may not be saved")
        time.sleep(0.2)
    finally:
        terminal.kill()

    history = subprocess.run(
        [*command, "history", "--json"], env=env, capture_output=True, text=True, timeout=60
    )
    assert history.returncode == 0, history.stderr
    [session] = json.loads(history.stdout)
    assert session["finished"] is False
    assert [a["answer"] for a in session["answers"]] == [
        "first answer about attention",
        "second answer",
    ]

    terminal = Terminal([*command, "resume"], env)
    try:
        wait_until(lambda: b"3 / 4" in terminal.output)
        terminal.type(b"third answer after the crash")
        time.sleep(0.3)
        terminal.type(SUBMIT)
        wait_until(lambda: len(answers_in(data_dir)) == 3)
    finally:
        terminal.kill()

    answers = answers_in(data_dir)
    assert [a.position for a in answers] == [1, 2, 3]
    assert answers[2].answer.endswith("third answer after the crash")
    with Store.open(database_path(data_dir)) as store:
        config = store.list_sessions()[0].config
    plan = SessionPlan(Catalog(None).find("genai"), config)
    expected = []
    for _ in range(3):
        question = plan.next_question()
        assert question is not None
        expected.append(question.id)
        plan.record(question.id, None, None)
    assert [a.question_id for a in answers] == expected
