"""ux30: a terminal whose session was taken over, taking it back. Its notice that the session
was taken over (kept on screen for a minute) went on showing over the question screen of that
same session, now open here again: the opposite of what is true. Opening a session clears the
notices from before, and says again where the answer typed before the take-over is kept."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import two_terminals, wait_for

from interviewer.core.rescue import RESCUE_PREFIX
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.open_elsewhere import OpenElsewhereScreen


def _notices(app: InterviewApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_taking_a_session_back_clears_the_taken_over_notice(tmp_path: Path) -> None:
    async with two_terminals(tmp_path, "Typed in the first terminal.") as both:
        first, pilot, second, second_pilot = both.first, both.pilot, both.second, both.second_pilot
        taker = second.screen
        assert isinstance(taker, InterviewScreen)
        # the taker holds the lock once the first let go (it looks every second)
        await wait_for(second_pilot, lambda: taker.run.lease is not None and taker.run.lease.held)
        assert any("was taken over" in n for n in _notices(first)), _notices(first)
        [rescued] = tmp_path.glob(f"{RESCUE_PREFIX}*.json")
        # the first terminal takes it back (Resume on its home screen)
        session = both.store.get_session(both.session_id)
        assert session is not None
        first.call_later(first.resume_session, session)
        await wait_for(pilot, lambda: isinstance(first.screen, OpenElsewhereScreen))
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(first.screen, InterviewScreen))
        notices = _notices(first)
        assert not any("was taken over by" in n for n in notices), notices
        assert any("yours again" in n and str(rescued) in n for n in notices), notices
        await wait_for(second_pilot, lambda: isinstance(second.screen, HomeScreen))
        await second_pilot.pause(0.2)
        await pilot.pause(0.2)  # the screen settled (its header's title set) before it closes
