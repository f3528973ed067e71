"""play65: in a timed interview of an imported list (questions without a reference answer),
the clock reached 0:00 mid-sentence and the self-rating screen appeared with no word of why
("Rate your answer to question 2"); the time's-up notice came only later, on the next
question. The title now says it: "Rate your answer to question 1 · Time's up: submitted as it
was" (one line at 80 columns)."""

from __future__ import annotations

from pathlib import Path

from test_tui import make_app, wait_for
from textual.widgets import Label, TextArea

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.self_rating import SelfRatingScreen

DATA = Path(__file__).resolve().parent / "data" / "import"


async def test_the_rating_of_an_answer_whose_time_ran_out_says_so_in_its_title(
    tmp_path: Path,
) -> None:
    """Fails on the base: the title was "Rate your answer to question 1" alone."""
    path = tmp_path / "notes.yaml"
    path.write_text(to_bank_yaml(import_list(DATA / "bullet_sections.md"), "notes"), "utf-8")
    bank = load_bank(path)
    clock = FakeClock()
    config = SessionConfig(bank_id="notes", count=2, seed=1, time_limit=20)
    app = make_app(Store.open(":memory:"), clock, start=(bank, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        box = screen.query_one("#answer", TextArea)
        await wait_for(pilot, lambda: screen.focused is box and screen.run.timer.started)  # type: ignore[attr-defined]
        box.insert("It depends on the data and")
        clock.advance(21)
        await wait_for(
            pilot,
            lambda: (
                isinstance(app.screen, SelfRatingScreen) and bool(app.screen.query("#rating-title"))
            ),
        )
        title = str(app.screen.query_one("#rating-title", Label).render())
        assert title == "Rate your answer to question 1 · Time's up: submitted as it was"
        await pilot.press("2", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.pause()
        # an answer in time: the title alone, as before
        box = app.screen.query_one("#answer", TextArea)
        box.insert("It depends.")
        await pilot.press("ctrl+s")
        await wait_for(
            pilot,
            lambda: (
                isinstance(app.screen, SelfRatingScreen) and bool(app.screen.query("#rating-title"))
            ),
        )
        title = str(app.screen.query_one("#rating-title", Label).render())
        assert title == "Rate your answer to question 2"
