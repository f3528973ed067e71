"""ux37: leaving while an answer waits for its self-rating (the question has no reference
answer). The answer is saved; the session stays unfinished, and the way out says so: which
answer waits, and the command that rates it. An interview's last answer on its rating screen
used to quit at ctrl+q without asking or saying how to come back; a practice session's said
"continue at the next question" when there was none."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import make_app, wait_for

from interviewer.core.bank import Bank, load_bank
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.self_rating import SelfRatingScreen

DATA = Path(__file__).resolve().parent / "data" / "import"


async def _leave_on_rating(
    notes: Bank, tmp_path: Path, mode: str, *, rated_first: bool
) -> tuple[str, str, Store]:
    """Answer a two-question session of `notes` up to a rating screen (the second's if
    `rated_first`), press ctrl+q and then y; the dialog's body, the exit message, the store."""
    store = Store.open(tmp_path / "history.sqlite3")
    config = SessionConfig(bank_id="notes", mode=mode, count=2, seed=1, untimed=True)
    app = make_app(store, tmp_path, start=(notes, config))
    async with app.run_test(size=(100, 32)) as pilot:
        for number in (1, 2) if rated_first else (1,):
            await wait_for(pilot, lambda: app.screen.query("#answer"))
            await pilot.pause()
            await pilot.press(*f"answer {number}", "ctrl+s")
            await wait_for(pilot, lambda: isinstance(app.screen, SelfRatingScreen))
            if number == 1 and rated_first:
                await pilot.press("3", "enter")
                await wait_for(pilot, lambda: not isinstance(app.screen, SelfRatingScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        body = str(app.screen.query_one("#dialog-body").render())
        await pilot.press("y")
        await wait_for(pilot, lambda: app.return_code is not None)
        message = " ".join(str(r) for r in app._exit_renderables)
    return body, message, store


@pytest.mark.parametrize("mode", ["interview", "practice"])
async def test_leaving_on_the_last_rating_asks_and_says_how_to_rate_it(
    notes: Bank, tmp_path: Path, mode: str
) -> None:
    body, message, store = await _leave_on_rating(notes, tmp_path, mode, rated_first=True)
    [session] = store.unfinished_sessions()
    assert session.answer_count == 2
    command = f"interviewer resume {session.id[:8]}"
    assert body == (
        f"Your answer to question 2 is saved, not rated yet. To rate it and see the report, "
        f"run: {command}"
    )
    assert message == f"Your answer is saved, not rated yet. Run `{command}` to rate it."


async def test_leaving_on_a_rating_mid_session_goes_on_to_the_next_question_after(
    notes: Bank, tmp_path: Path
) -> None:
    body, _, store = await _leave_on_rating(notes, tmp_path, "practice", rated_first=False)
    [session] = store.unfinished_sessions()
    assert session.answer_count == 1
    assert body.startswith(
        "Your answer to question 1 is saved, not rated yet. To rate it and go on to the next "
        "question, run: interviewer resume "
    )


async def test_escape_on_the_rating_says_how_to_rate_or_leave(notes: Bank, tmp_path: Path) -> None:
    """Escape did nothing on the rating screen (no way back to the answer, which is saved)."""
    from interviewer.tui.screens.self_rating import KEEP_FIRST, chosen_line

    store = Store.open(tmp_path / "history.sqlite3")
    config = SessionConfig(bank_id="notes", mode="practice", count=2, seed=1, untimed=True)
    app = make_app(store, tmp_path, start=(notes, config))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#answer"))
        await pilot.pause()
        await pilot.press(*"answer", "ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, SelfRatingScreen))
        line = app.screen.query_one("#rating-chosen")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SelfRatingScreen)
        assert str(line.render()) == KEEP_FIRST
        await pilot.press("3", "escape", "3")  # the same number again shows the rating again
        await pilot.pause()
        assert str(line.render()) == chosen_line(3)


async def test_quitting_the_rating_asked_on_resume_says_how_to_come_back(
    notes: Bank, tmp_path: Path
) -> None:
    """The rating asked first on resume (play29 F7) quit without a word at ctrl+q."""
    body, message, store = await _leave_on_rating(notes, tmp_path, "practice", rated_first=False)
    [session] = store.unfinished_sessions()
    app = make_app(store, tmp_path, resume=session)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, SelfRatingScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: app.return_code is not None)
        said = " ".join(str(r) for r in app._exit_renderables)
    command = f"interviewer resume {session.id[:8]}"
    assert said == f"Your answer is saved, not rated yet. Run `{command}` to rate it."
    assert store.unfinished_sessions() == [session]


async def test_home_says_an_answer_of_a_session_to_resume_waits_for_its_rating(
    notes: Bank, tmp_path: Path
) -> None:
    """Its Resume row said "2 answered of 2 planned", with nothing left to answer."""
    from interviewer.core.catalog import Catalog
    from interviewer.tui.screens.home import HomeScreen

    _, _, store = await _leave_on_rating(notes, tmp_path, "interview", rated_first=True)
    banks = tmp_path / "data" / "banks"
    banks.mkdir(parents=True)
    assert notes.source is not None
    (banks / "notes.yaml").write_bytes(notes.source.read_bytes())
    app = make_app(store, tmp_path)
    app.catalog = Catalog(tmp_path / "data")
    async with app.run_test(size=(120, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.banks)
        await pilot.pause()
        [session] = store.unfinished_sessions()
        row = str(app.screen.query_one("#menu").get_option(f"resume-{session.id}").prompt)
        assert "2 answered of 2 planned, 1 to rate," in row, row


def test_resume_list_says_an_answer_waits_for_its_rating(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from interviewer.cli import main
    from interviewer.core.clock import FakeClock
    from interviewer.core.grading import grader_for
    from interviewer.core.interview import InterviewRun
    from interviewer.paths import database_path

    data = tmp_path / "data"
    path = data / "banks" / "notes.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(to_bank_yaml(import_list(DATA / "bullet_sections.md"), "notes"), "utf-8")
    store = Store.open(database_path(data))
    config = SessionConfig(bank_id="notes", mode="practice", count=1, seed=1, untimed=True)
    run = InterviewRun.start(
        bank=load_bank(path),
        store=store,
        clock=FakeClock(),
        config=config,
        grader_factory=grader_for,
    )
    run.next_question()
    assert run.submit("It depends on the data.").needs_self_rating  # and never rated
    store.close()
    with pytest.raises(SystemExit) as done:
        main(["--data-dir", str(data), "resume", "--list"])
    assert done.value.code in (0, None)
    assert "1 answered of 1 planned, 1 to rate" in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        main(["--data-dir", str(data), "history"])
    assert done.value.code in (0, None)
    [row] = [line for line in capsys.readouterr().out.splitlines() if "notes" in line]
    assert row.rstrip().endswith("unfinished, 1 to rate"), row  # the STATUS column
