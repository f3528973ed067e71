"""The confirm dialog's key line names what each key does (play52: it read `Enter press`, an
instruction to press Enter rather than what Enter does)."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import dialog_over_interview, wait_for

from interviewer.tui.screens.dialogs import ConfirmScreen


async def test_the_key_line_says_what_enter_does(tmp_path: Path) -> None:
    async with dialog_over_interview(tmp_path, (80, 24), "ctrl+q") as (app, pilot):
        keys = str(app.screen.query_one("#dialog-keys").render())
        assert keys == "←→ move · Enter select · y leave · n/Esc stay"  # play54: its words
        # Enter does what the key line says: it selects the button ←→ moved to
        await pilot.press("left", "enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
