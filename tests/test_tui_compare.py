"""The history screen's compare: mark one session with c, pick a second with c, and the
compare screen shows the two side by side, with the figures of their reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from compare_helpers import stored_session
from pilot_helpers import make_app, open_history, wait_for
from textual.widgets import DataTable, Label

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.report import build_report
from interviewer.core.store import Store
from interviewer.tui.screens.compare import CompareScreen
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.history import HistoryScreen


@pytest.fixture(scope="module")
def genai_bank():
    return Catalog(None).find("genai")


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "history.sqlite3") as opened:
        yield opened


def two_sessions(store: Store, bank) -> tuple[str, str]:
    """Two finished genai sessions sharing their first question, older first."""
    ids = [q.id for q in bank.questions[:3]]
    clock = FakeClock()
    one = stored_session(store, bank, clock, [(ids[0], 40.0), (ids[1], 55.0)])
    two = stored_session(store, bank, clock, [(ids[0], 75.0), (ids[2], 90.0)])
    return one.id, two.id


def keys_shown(app) -> dict[str, str]:
    """The footer's keys: key -> description, of the bindings that apply now."""
    return {
        key: active.binding.description
        for key, active in app.screen.active_bindings.items()
        if active.enabled and active.binding.show
    }


async def test_marking_one_and_picking_another_opens_them_side_by_side(
    store, genai_bank, tmp_path
) -> None:
    earlier, later = two_sessions(store, genai_bank)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_history(pilot, app)
        assert keys_shown(app)["c"] == "Mark to compare"
        mark = app.screen.query_one("#compare-mark", Label)
        assert not mark.display

        await pilot.press("c")  # the newest row is under the cursor
        await pilot.pause()
        assert mark.display and "Press c on another session" in str(mark.render())
        assert keys_shown(app)["c"] == "Compare"

        await pilot.press("down", "c")
        await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen))
        compared = app.screen.compared  # type: ignore[attr-defined]
        assert (compared.earlier.session_id, compared.later.session_id) == (earlier, later)
        for side, session_id in ((compared.earlier, earlier), (compared.later, later)):
            assert side.score == build_report(store, session_id, genai_bank).score
        assert [q.question_id for q in compared.questions] == [genai_bank.questions[0].id]
        assert len(compared.only_one) == 2
        # the titles come from the bank, not the topic ids
        assert compared.topics[0].title == genai_bank.topic_title(compared.topics[0].id)

        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        assert app.screen.marked is None  # type: ignore[attr-defined]
        assert keys_shown(app)["c"] == "Mark to compare"


async def test_c_on_the_marked_session_unmarks_it(store, genai_bank, tmp_path) -> None:
    two_sessions(store, genai_bank)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot, app)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen) and app.screen.marked is None
        assert not app.screen.query_one("#compare-mark", Label).display


async def test_a_deleted_marked_session_is_no_longer_marked(store, genai_bank, tmp_path) -> None:
    two_sessions(store, genai_bank)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot, app)
        await pilot.press("c", "d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        app.screen.dismiss(True)
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.pause()
        assert app.screen.marked is None  # type: ignore[attr-defined]
        assert app.screen.query_one("#sessions", DataTable).row_count == 1
        assert keys_shown(app)["c"] == "Mark to compare"


async def test_one_session_alone_can_be_marked_but_not_compared(
    store, genai_bank, tmp_path
) -> None:
    stored_session(store, genai_bank, FakeClock(), [(genai_bank.questions[0].id, 50.0)])
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot, app)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("down", "c")  # the same row: unmarked, never compared with itself
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen) and app.screen.marked is None


async def test_the_compare_screen_exports_what_the_cli_prints(
    store, genai_bank, tmp_path, capsys
) -> None:
    """care46: the screen had no export keys; m and j write what `interviewer compare A B
    --format md|json` prints, named after the earlier session's start and both ids."""
    from cli_helpers import exit_status

    earlier, later = two_sessions(store, genai_bank)
    app = make_app(store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot, app)
        await pilot.press("c", "down", "c")
        await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen))
        assert {k: keys_shown(app).get(k) for k in "mj"} == {"m": "Markdown", "j": "JSON"}
        await pilot.press("m", "j")
        await wait_for(pilot, lambda: len(list((tmp_path / "exports").glob("compare-*"))) == 2)
        status = str(app.screen.query_one("#compare-status", Label).render())
        # tidy47: both files named, in the order written (it named the last one only); play48:
        # on one row, the second by its suffix ("Exported compare-....md and .json")
        both = status.splitlines()[0]
        assert both.startswith("Exported compare-") and both.endswith(".md and .json")
        assert status.splitlines()[1].startswith("in ")
    for fmt in ("md", "json"):
        [path] = (tmp_path / "exports").glob(f"compare-*-{earlier[:8]}-{later[:8]}.{fmt}")
        assert (
            exit_status("--data-dir", str(tmp_path), "compare", earlier, later, "--format", fmt)
            == 0
        )
        assert path.read_text(encoding="utf-8") == capsys.readouterr().out
