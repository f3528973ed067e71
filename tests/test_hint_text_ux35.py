"""A hint is bank text: shown as written, never read as markup (ux35: a hint written
"Think of [i]yield[/i]." showed as "Think of yield." in italics)."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for
from textual.widget import Widget

from interviewer.core.bank import Bank, Question, Topic
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.interview import InterviewScreen

HINT = "Think of [i]yield[/i], not [/INST] nor [red \x1b[31m."


def bank_with_a_marked_up_hint() -> Bank:
    return Bank(
        id="hinted",
        title="Hinted",
        version="1",
        topics=(Topic("py", "Python"),),
        questions=(
            Question(
                id="h-1",
                prompt="What is a generator?",
                reference_answers=("A generator yields values lazily, one at a time.",),
                topic="py",
                level="beginner",
                hint=HINT,
            ),
        ),
    )


def drawn(widget: Widget) -> str:
    return "\n".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


async def test_a_hint_with_tags_shows_as_written(tmp_path: Path) -> None:
    config = SessionConfig(bank_id="hinted", mode="practice", count=1, untimed=True)
    app = make_app(Store.open(":memory:"), tmp_path, start=(bank_with_a_marked_up_hint(), config))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("f1")
        await wait_for(pilot, lambda: app.screen.query_one("#hints").display)
        await pilot.pause()
        shown = drawn(app.screen.query_one("#hints"))
        assert "Think of [i]yield[/i], not [/INST] nor [red \ufffd[31m." in shown, shown
