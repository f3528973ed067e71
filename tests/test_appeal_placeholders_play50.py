"""The Disagree dialog's placeholders are readable in both themes (play49 measured "0-5" at
2.5:1 and "what the grader missed (optional)" at 2.3:1 in textual-light: Textual's
$text-disabled). Each is read as drawn, focused and not, in a 256-colour terminal's colours."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.color import Color
from textual.geometry import Region
from textual.widgets import Input

from interviewer.core.store import Store
from interviewer.tui.contrast import READABLE, contrast, in_256_colours
from interviewer.tui.screens.appeal import AppealScreen


def placeholder_contrast(field: Input) -> float:
    [line] = field.render_lines(Region(0, 0, field.size.width, 1))
    cells = [s for s in line if s.text.strip()]
    cell = cells[-1] if len(cells) > 1 else cells[0]  # past the cursor, on a focused field
    fg, bg = cell.style.color, cell.style.bgcolor
    assert fg is not None and bg is not None
    return contrast(*(in_256_colours(Color(*c.triplet)) for c in (fg, bg)))


async def test_the_disagree_placeholders_are_readable_in_both_themes(tmp_path: Path) -> None:
    app = make_app(Store.open(tmp_path / "history.sqlite3"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(AppealScreen("What is an index?", 40.0, "partial"))
        await wait_for(pilot, lambda: app.screen.query("#appeal-note"))
        for theme in ("textual-light", "textual-dark"):
            app.theme = theme
            app.screen.query_one("#appeal-grade", Input).focus()
            for _ in range(2):  # the grade field focused, then the note
                await pilot.pause()
                for name in ("#appeal-grade", "#appeal-note"):
                    field = app.screen.query_one(name, Input)
                    assert field.value == "" and field.placeholder
                    ratio = placeholder_contrast(field)
                    assert ratio >= READABLE, (theme, name, field.has_focus, ratio)
                await pilot.press("tab")


async def test_the_disagree_buttons_can_be_reached_in_a_60x15_terminal(tmp_path: Path) -> None:
    """play50: at 60x15 the dialog was cut below the buttons' top edge: no Save, no Cancel, no
    key hint. Tabbing to Save now scrolls the dialog to it."""
    from textual.widgets import Button

    app = make_app(Store.open(tmp_path / "history.sqlite3"), tmp_path)
    async with app.run_test(size=(60, 15)) as pilot:
        app.push_screen(AppealScreen("What is PPO (Proximal Policy Optimization)?", 8.0, "missing"))
        await wait_for(pilot, lambda: app.screen.query("#appeal-note"))
        await pilot.press("tab", "tab")
        await pilot.pause()
        save = app.screen.query_one("#appeal-save", Button)
        assert save.has_focus
        dialog = app.screen.query_one("#appeal-dialog")
        assert save.region.height == 3
        assert dialog.content_region.contains_region(save.region), (save.region, dialog.region)
