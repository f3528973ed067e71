"""The report of a session on a list of one's own whose title holds an emoji (play49, journey
2 in the light theme at 80x24): a topic bar was one cell too wide, so `62  ×2 (+1 self-rated)`
read `62  ×2 (+1`; its label is now measured in cells (the title is whole, the suffix too)."""

from __future__ import annotations

from pathlib import Path

from test_snapshots import fixed_world, make_app, report_open  # noqa: F401 (fixed_world: autouse)
from textual.pilot import Pilot

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.interview import InterviewRun
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

LIST = """# My prep – interveiw list ✨

1. What is the diffrence between a process and a thread?
   Answer: A process has its own memory space; threads share the memory of their process.
2. Descibe a project where you had to learn a new technology quickly — what did you do?
3. What's the Big‑O of a hash map lookup? 🤔
   Answer: Average O(1); worst case O(n) when many keys collide in one bucket.
"""


def test_report_of_an_own_list_with_an_emoji_title_light_80x24(snap_compare, tmp_path: Path):
    source = tmp_path / "my-prep.md"
    source.write_text(LIST, encoding="utf-8")
    path = tmp_path / "my-prep.yaml"
    path.write_text(to_bank_yaml(import_list(source), "my-prep"), "utf-8")
    bank = load_bank(path)
    grader = grader_for(bank).fit()
    store = Store.open(":memory:")
    clock = FakeClock()
    config = SessionConfig(bank_id="my-prep", mode="practice", count=3, seed=1)
    run = InterviewRun.start(
        bank=bank, store=store, clock=clock, config=config, grader_factory=lambda b: grader
    )
    for _ in range(3):
        question = run.next_question()
        assert question is not None
        clock.advance(30)
        text = question.reference_answers[0] if question.reference_answers else "I read docs."
        submission = run.submit(text)
        if question.self_rated:
            run.self_rate(submission, 4)
        else:
            run.grade(submission)
    session_id = run.finish().id
    app = make_app(bank, grader, store, tmp_path)

    async def ready(pilot: Pilot) -> None:
        pilot.app.theme = "textual-light"
        await report_open(pilot, session_id)

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)
