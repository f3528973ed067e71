"""The smallest terminal played (60x15) reads whole (play50 left it): the Disagree dialog's
scrollbar covered the end of "(optional" in the note's placeholder, and the report's footer
left out `esc Back` at 60 columns."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.geometry import Region
from textual.widgets import Input
from textual.widgets._footer import FooterKey

from interviewer.core.store import Store
from interviewer.tui.screens.appeal import AppealScreen
from interviewer.tui.widgets.app_footer import whole_keys


def _drawn(field: Input) -> str:
    [line] = field.render_lines(Region(0, 0, field.size.width, 1))
    return "".join(segment.text for segment in line)


async def test_the_note_placeholder_is_whole_beside_the_scrollbar_at_60x15(tmp_path: Path) -> None:
    app = make_app(Store.open(tmp_path / "history.sqlite3"), tmp_path)
    async with app.run_test(size=(60, 15)) as pilot:
        app.push_screen(AppealScreen("What is PPO (Proximal Policy Optimization)?", 8.0, "missing"))
        await wait_for(pilot, lambda: app.screen.query("#appeal-note"))
        await pilot.pause()
        note = app.screen.query_one("#appeal-note", Input)
        dialog = app.screen.query_one("#appeal-dialog")
        assert "what the grader missed (optional)" in _drawn(note), _drawn(note)
        # the field ends left of the dialog's scrollbar (it shows: the dialog scrolls here)
        assert dialog.scrollbar_size_vertical > 0
        assert note.region.right <= dialog.content_region.right, note.region
        await pilot.resize_terminal(80, 24)  # at 80x24 the dialog is laid out as before
        await pilot.pause()
        assert not app.screen.has_class("-small")


def _keys(*pairs: tuple[str, str]) -> list[FooterKey]:
    return [FooterKey(key, key, description, f"do_{key}") for key, description in pairs]


REPORT_KEYS = (
    ("^q", "Quit"),
    ("tab", "Next"),
    ("m", "Markdown"),
    ("w", "HTML"),
    ("j", "JSON"),
    ("a", "Disagree"),
    ("esc", "Back"),
)


def test_the_report_footer_keeps_every_key_at_60_columns() -> None:
    kept = whole_keys(_keys(*REPORT_KEYS), 60)
    assert [k.key for k in kept] == [key for key, _ in REPORT_KEYS]  # esc Back was left out
    assert [k.description for k in kept][2] == "MD"
    # at 80 columns nothing is shortened
    wide = whole_keys(_keys(*REPORT_KEYS), 80)
    assert [k.description for k in wide] == [d for _, d in REPORT_KEYS]
    # narrower still, keys are left out whole as before, quit last
    narrow = whole_keys(_keys(*REPORT_KEYS), 40)
    assert narrow[0].key == "^q" and len(narrow) < len(REPORT_KEYS)
