"""Durable before acknowledged: a real process killed right after ctrl+s, round after round.

Acknowledged means the screen moved on (the next question's number was drawn). Every
acknowledged answer must be in the history after the kill.
"""

from __future__ import annotations

import os
import random
import re
import sys
import time
from pathlib import Path

import pytest
from test_crash_resume import SUBMIT, Terminal, answers_in
from textual.widgets import TextArea

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.interview import InterviewScreen

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

ROUNDS = 10
COUNT = 14


NEXT = rb"(?<![0-9])%d / %d(?![0-9])"
"""The progress label ("3 / 14") as drawn on the terminal."""


def _wait_for(terminal: Terminal, pattern: bytes, seconds: float = 30.0, start: int = 0) -> bool:
    """Whether `pattern` is drawn (after byte `start` of the output) within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if re.search(pattern, bytes(terminal.output[start:])):
            return True
        if terminal.process.poll() is not None:
            return False
        time.sleep(0.05)
    return False


def test_every_acknowledged_answer_survives_a_kill_right_after_ctrl_s(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "INTERVIEWER_DATA_DIR": str(data_dir), "TERM": "xterm-256color"}
    command = [sys.executable, "-m", "interviewer"]
    rng = random.Random(11)
    acknowledged: list[str] = []
    for round_number in range(1, ROUNDS + 1):
        # A new session each round: the answer is always the first, so "2 / 14" acknowledges it.
        args = ["start", "--count", str(COUNT), "--seed", str(round_number), "--untimed"]
        terminal = Terminal([*command, *args], env)
        try:
            assert _wait_for(terminal, NEXT % (1, COUNT)), "never started"
            time.sleep(0.3)  # the editor has focus once the question is drawn
            text = f"answer {round_number} about attention and tokens"
            terminal.type(text.encode())
            time.sleep(0.3)
            mark = len(terminal.output)
            terminal.type(SUBMIT)
            if round_number % 2:
                # odd rounds: killed a random moment after ctrl+s, acknowledged or not
                time.sleep(rng.uniform(0.02, 0.4))
                moved_on = re.search(NEXT % (2, COUNT), terminal.output[mark:])
            else:
                # even rounds: killed the moment the screen moves on, however long the machine
                # takes to get there (a fixed wait made the test fail on a loaded machine)
                moved_on = _wait_for(terminal, NEXT % (2, COUNT), 10.0, start=mark)
        finally:
            terminal.kill()
        stored = [a.answer for a in answers_in(data_dir)]
        if moved_on:
            acknowledged.append(text)
            assert stored == [text], (round_number, stored)
        else:
            assert stored in ([], [text]), (round_number, stored)
    print(f"{len(acknowledged)} of {ROUNDS} rounds acknowledged before the kill")
    assert acknowledged, "no round was acknowledged before its kill: the test proves nothing"


class LoggingStore(Store):
    """The real store, noting the order of draft and answer writes."""

    log: list[str]

    def save_draft(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        self.log.append("draft")
        return super().save_draft(*args, **kwargs)

    def record_answer(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        self.log.append("answer")
        return super().record_answer(*args, **kwargs)


async def test_ctrl_s_keeps_the_text_as_a_draft_before_the_submit_is_processed() -> None:
    store = LoggingStore.open(":memory:")
    store.log = []
    bank = Catalog(None).find("genai")
    config = SessionConfig(bank_id="genai", count=3, seed=2, untimed=True)
    app = InterviewApp(catalog=Catalog(None), store=store, clock=FakeClock(), start=(bank, config))
    async with app.run_test(size=(100, 32)) as pilot:
        for _ in range(100):
            if isinstance(app.screen, InterviewScreen):
                break
            await pilot.pause(0.02)
        app.screen.query_one("#answer", TextArea).insert("attention weighs every token")
        await pilot.press("ctrl+s")
        for _ in range(100):
            if store.log[-1:] == ["answer"]:
                break
            await pilot.pause(0.02)
    # the draft first, then the answer; after it only the next question's clock is saved
    assert store.log[:2] == ["draft", "answer"] and "answer" not in store.log[2:]
    session = store.list_sessions()[0]
    answered = store.answers(session.id)
    assert [a.answer for a in answered] == ["attention weighs every token"]
    draft = store.load_draft(session.id)
    assert draft is None or (draft.question_id != answered[0].question_id and not draft.text)
