"""Snapshots of the Disagree dialog as play50 changed it: its placeholders in textual-light
(readable, 4.5:1 or more), and at 60x15, scrolled to the focused Save button instead of cut
above it."""

from __future__ import annotations

from test_snapshots import (  # noqa: F401 (fixtures: fixed_world is autouse)
    answered,
    fixed_world,
    genai,
    grader,
    make_app,
    practice_start,
    settle,
)
from textual.pilot import Pilot

from interviewer.core.store import Store


def test_appeal_dialog_placeholders_light_80x24(snap_compare, genai, grader, tmp_path):  # noqa: F811
    app = make_app(genai, grader, Store.open(":memory:"), tmp_path, start=practice_start(genai))

    async def ready(pilot: Pilot) -> None:
        app.theme = "textual-light"
        await answered(pilot, "Transformers.")
        await pilot.press("a")
        await settle(pilot, lambda: app.screen.query("#appeal-grade"))

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_appeal_dialog_at_save_60x15(snap_compare, genai, grader, tmp_path) -> None:  # noqa: F811
    app = make_app(genai, grader, Store.open(":memory:"), tmp_path, start=practice_start(genai))

    async def ready(pilot: Pilot) -> None:
        await answered(pilot, "Transformers.")
        await pilot.press("a")
        await settle(pilot, lambda: app.screen.query("#appeal-grade"))
        await pilot.press("tab", "tab")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(60, 15), run_before=ready)
