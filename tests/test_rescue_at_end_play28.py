"""Play 28 minor 4: a history damaged during a session, found only when the finished session's
report read it ("See the report"): every answer had been taken with no warning, the damage
screen came up, and no rescue file was written. The session's answers are rescued now too."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pilot_helpers import wait_for
from test_damaged_rescue import SIZE, app_in

from interviewer.tui.screens.damaged import DamagedHistoryScreen
from interviewer.tui.screens.interview import InterviewScreen


def damage_appeals(path: Path) -> None:
    """Garbage over the page of the appeals table, which only a report reads: saving
    answers and finishing the session still work, the report does not."""
    other = sqlite3.connect(path)
    other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    [root] = other.execute("SELECT rootpage FROM sqlite_master WHERE name = 'appeals'").fetchone()
    [size] = other.execute("PRAGMA page_size").fetchone()
    other.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * size)


async def test_damage_found_by_the_end_report_rescues_the_sessions_answers(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    app = app_in(data)
    typed = ["first answer", "second answer", "third answer after the damage"]
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        for number, text in enumerate(typed, start=1):
            if number == 3:
                damage_appeals(data / "history.sqlite3")
            await pilot.press(*text)
            await pilot.press("ctrl+s")
            if number < 3:
                await wait_for(pilot, lambda n=number: screen.run.plan.position == n + 1)
                await wait_for(pilot, lambda: not screen._busy)
        await wait_for(pilot, lambda: isinstance(app.screen, DamagedHistoryScreen), tries=3000)
        [session] = app.store.list_sessions()
        assert session.finished  # every answer was taken and the session finished
        [rescue_file] = data.glob("rescued-answers-*.json")
        assert str(rescue_file) in str(app.screen.query_one("#damaged-text").render())
    app.store.close()
    content = json.loads(rescue_file.read_text(encoding="utf-8"))
    assert content["session"] == session.id
    assert "damaged" in content["what"] and content["reason"]
    assert [(a["position"], a["answer"], a["saved_to_history"]) for a in content["answers"]] == [
        (n, text, True) for n, text in enumerate(typed, start=1)
    ]
