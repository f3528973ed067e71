"""The rule between the home screen's panes is seen in both themes (play49): in textual-light
it was `$panel-lighten-2`, white on light grey (1.26:1, 1.4:1 in a 256-colour tmux), so the
settings and the topic list ran together, as the browser's list and question did."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.color import Color
from textual.geometry import Region

from interviewer.core.store import Store
from interviewer.tui.contrast import DIVIDER, contrast, in_256_colours
from interviewer.tui.screens.home import HomeScreen


async def test_the_home_panes_rule_is_seen_in_both_themes(tmp_path: Path) -> None:
    app = make_app(Store.open(tmp_path / "history.sqlite3"), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        for theme in ("textual-light", "textual-dark"):
            app.theme = theme
            await pilot.pause()
            topics = app.screen.query_one("#home-topics")
            [line] = topics.render_lines(Region(0, 0, topics.size.width, 1))
            rule = next(iter(line))
            assert rule.text == "▏", (theme, rule.text)
            fg, bg = rule.style.color, rule.style.bgcolor
            assert fg is not None and bg is not None
            pair = [in_256_colours(Color(*c.triplet)) for c in (fg, bg)]
            assert contrast(*pair) >= DIVIDER, (theme, contrast(*pair))
