"""A dialog's key line speaks its buttons' words (play54: the leave dialog's buttons read
Leave and Stay while its key line said `y yes · n/Esc no`, two vocabularies for one choice)."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.widgets import Button

from interviewer.core.catalog import Catalog
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.interview import InterviewScreen


async def test_the_leave_dialog_keys_name_its_buttons(tmp_path: Path) -> None:
    genai = Catalog(None).find("genai")
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        labels = [str(b.label) for b in app.screen.query(Button)]
        keys = str(app.screen.query_one("#dialog-keys").render())
        assert labels == ["Leave", "Stay"]
        assert keys == "←→ move · Enter select · y leave · n/Esc stay"
        # and the keys do what they say: n stays
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))


async def test_a_wrapped_key_line_breaks_between_keys(tmp_path: Path) -> None:
    """At 60x15 the skip dialog's key line wraps: `n/Esc keep` then `writing` on a line of
    its own; it breaks between keys only."""
    genai = Catalog(None).find("genai")
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="genai", count=2, seed=1)
    app = make_app(store, tmp_path, start=(genai, config))
    async with app.run_test(size=(60, 15)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("M", "o", "E", "f3")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.pause()
        label = app.screen.query_one("#dialog-keys")
        lines = [
            "".join(seg.text for seg in label.render_line(y)).strip()
            for y in range(label.size.height)
        ]
        assert len(lines) == 2, lines
        assert lines[-1] == "n/Esc keep writing", lines
