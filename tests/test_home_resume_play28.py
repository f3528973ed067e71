"""Play 28 (brief item 3): with three or four unfinished sessions of banks with long titles,
the home menu at 80x24 showed Resume rows that read alike ("Distribute…, 1 answered of 3
planned") or pushed Timing and Adaptive out of sight; rows must fit and be told apart, and a
menu that still overflows says so in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import wait_for
from rich.cells import cell_len

from interviewer.core.bank import load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.home import HomeScreen
from interviewer.tui.screens.home.menu import (
    RESUME_PREFIX,
    ResumeRow,
    SettingsMenu,
    cut_middle,
    resume_texts,
)

MINI = Path(__file__).resolve().parent / "data" / "banks" / "mini.yaml"
LONG = "Distributed Systems and Database Internals Interview Questions Volume"


def long_banks(data: Path, count: int) -> list[Path]:
    """`count` copies of the mini bank, titled alike but for their last word."""
    (data / "banks").mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        text = MINI.read_text("utf-8").replace("id: mini\n", f"id: long{n}\n", 1)
        text = text.replace("title: Mini test bank", f"title: {LONG} {n}", 1)
        path = data / "banks" / f"long{n}.yaml"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


def app_with_unfinished(tmp_path: Path, count: int) -> InterviewApp:
    data = tmp_path / "data"
    store, clock = Store.open(":memory:"), FakeClock()
    for path in long_banks(data, count):
        bank = load_bank(path)
        session = store.create_session(SessionConfig(bank_id=bank.id, count=3, seed=1), bank)
        store.record_answer(
            session.id, position=1, question=bank.questions[0], answer="It predicts tokens.",
            seconds=20, time_limit=90, score=50.0, band="weak",
        )  # fmt: skip
    return InterviewApp(
        catalog=Catalog(data), store=store, clock=clock, export_dir=tmp_path / "exports"
    )


def resume_rows(menu: SettingsMenu) -> list[str]:
    return [
        str(menu.get_option_at_index(i).prompt)
        for i in range(menu.option_count)
        if (menu.get_option_at_index(i).id or "").startswith(RESUME_PREFIX)
    ]


@pytest.mark.parametrize("count", [3, 4])
async def test_resume_rows_fit_at_80x24_and_are_told_apart(tmp_path: Path, count: int) -> None:
    app = app_with_unfinished(tmp_path, count)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.banks)
        await pilot.pause()
        await pilot.pause()
        menu = app.screen.query_one("#menu", SettingsMenu)
        rows = resume_rows(menu)
        assert len(rows) == count
        assert len(set(rows)) == count, rows  # each names its own volume
        assert all(f"e {n}," in "".join(rows) for n in range(1, count + 1)), rows
        width = menu.scrollable_content_region.width
        assert all(cell_len(line) <= width for row in rows for line in row.split("\n"))
        # every row of the menu in sight: the settings' last row (Adaptive) too
        assert menu.max_scroll_y == 0, (menu.virtual_size, menu.size)
        help_line = str(app.screen.query_one("#home-help").render())
        assert "more" not in help_line


async def test_a_menu_that_overflows_says_so_in_words(tmp_path: Path) -> None:
    app = app_with_unfinished(tmp_path, 6)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.banks)
        menu = app.screen.query_one("#menu", SettingsMenu)
        help_label = app.screen.query_one("#home-help")
        await wait_for(pilot, lambda: str(help_label.render()).endswith("· more ↓"))
        assert menu.max_scroll_y > 0
        await pilot.press("end")  # the last setting: the menu scrolls to its end
        await wait_for(pilot, lambda: str(help_label.render()).endswith("· more ↑"))


def test_names_that_would_read_alike_are_cut_in_the_middle() -> None:
    rows = [
        ResumeRow(f"{LONG} {n}", "1 answered of 3 planned", "2026-12-03 22:51", f"{n}bcdef12",
                  "1 of 3 done")
        for n in (1, 2)
    ]  # fmt: skip
    texts = resume_texts(rows, 47)
    assert texts == [
        "  Resume: Distr…ume 1, 1 of 3 done, 12-03 22:51",
        "  Resume: Distr…ume 2, 1 of 3 done, 12-03 22:51",
    ]
    # names that differ in their first cells are cut at the end, as before
    other = [
        rows[0],
        ResumeRow(
            "Contrasts and comparisons of many things",
            *[rows[1].progress, rows[1].started, rows[1].session_id, rows[1].short_progress],
        ),
    ]
    assert resume_texts(other, 47)[1].startswith("  Resume: Contrasts…")
    assert cut_middle("abcdefghij", 7) == "abc…hij"
    assert cut_middle("short", 7) == "short"


def test_two_line_rows_cut_alike_names_in_the_middle_too() -> None:
    """At 120x40 each row took two lines, and all five first lines read "Distributed Systems
    and Database Internals Interview Questi…"."""
    rows = [
        ResumeRow(f"{LONG} {n}", "1 answered of 3 planned", "2026-12-03 22:51", f"{n}bcdef12")
        for n in (1, 2)
    ]
    first_lines = [text.split("\n")[0] for text in resume_texts(rows, 70, room=5)]
    assert first_lines == [
        f"  Resume: Distributed Systems and Databa…Interview Questions Volume {n}" for n in (1, 2)
    ]
    assert all(cell_len(line) <= 70 for line in first_lines)
