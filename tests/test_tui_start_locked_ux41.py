"""`interviewer start --bank B --count N ...` on a history another program holds locked (ux41):
the app said so and fell back to a home screen set to the saved choices (the genai bank, 10
questions), so ctrl+s once the lock was gone started another session than the one asked for.
Now home shows the bank, mode, count and timing asked for."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pilot_helpers import make_app, wait_for

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.home.menu import MODES, TIMINGS
from interviewer.tui.screens.interview import InterviewScreen


async def test_a_start_refused_by_a_locked_history_leaves_home_set_as_asked(
    tmp_path: Path,
) -> None:
    bank = Catalog(None).find("behavioural")
    config = SessionConfig(bank_id="behavioural", mode="practice", count=3, untimed=True)
    path = tmp_path / "history.sqlite3"
    with Store.open(path) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another program writing, for longer than we wait
        app = make_app(store, tmp_path, start=(bank, config))
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), tries=1500)
            home = app.screen
            assert isinstance(home, HomeScreen)
            await wait_for(pilot, lambda: home.bank is not None)
            await pilot.pause()
            assert home.bank is not None and home.bank.id == "behavioural"
            s = home.settings
            assert MODES[s.mode_index][1] == "practice" and s.count == 3
            assert TIMINGS[s.timing_index][1] == "untimed"
            assert store.list_sessions() == []
            other.execute("ROLLBACK")
            other.close()
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        [session] = store.list_sessions()
        assert session.bank_id == "behavioural"
        assert (session.config.mode, session.config.count) == ("practice", 3)
        assert session.config.untimed
