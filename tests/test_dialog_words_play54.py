"""A dialog's key line speaks its buttons' words (play54: the leave dialog's buttons read
Leave and Stay while its key line said `y yes · n/Esc no`, two vocabularies for one choice),
and a key line too long for the dialog breaks between keys (at 60x15 the skip dialog's read
`n/Esc keep` / `writing`)."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import dialog_over_interview, wait_for
from textual.widgets import Button

from interviewer.tui.screens.interview import InterviewScreen


async def test_the_leave_dialog_keys_name_its_buttons(tmp_path: Path) -> None:
    async with dialog_over_interview(tmp_path, (80, 24), "ctrl+q") as (app, pilot):
        labels = [str(b.label) for b in app.screen.query(Button)]
        keys = str(app.screen.query_one("#dialog-keys").render())
        assert labels == ["Leave", "Stay"]
        assert keys == "←→ move · Enter select · y leave · n/Esc stay"
        # and the keys do what they say: n stays
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))


async def test_a_wrapped_key_line_breaks_between_keys(tmp_path: Path) -> None:
    async with dialog_over_interview(tmp_path, (60, 15), "M", "o", "E", "f3") as (app, _):
        label = app.screen.query_one("#dialog-keys")
        lines = [
            "".join(seg.text for seg in label.render_line(y)).strip()
            for y in range(label.size.height)
        ]
        assert lines == ["←→ move · Enter select · y skip ·", "n/Esc keep writing"], lines
