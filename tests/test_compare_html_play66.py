"""play66 (play65's note): the comparison of two sessions exports HTML too, as a report does
(Markdown, HTML, JSON): `interviewer compare A B --format html` and `w` on the compare screen.
The page holds the same notes and rows as the Markdown, escaped, and loads nothing."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from cli_helpers import exit_status as run
from cli_helpers import with_mini_bank
from compare_helpers import stored_session
from pilot_helpers import make_app, open_history, wait_for

from interviewer.core.bank import load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.report.side_by_side_text import sections
from interviewer.core.store import Store
from interviewer.paths import database_path
from interviewer.tui.screens.compare import CompareScreen


@pytest.fixture
def data(isolated_data_dir: Path) -> Path:
    return with_mini_bank(isolated_data_dir)


def test_compare_prints_html_with_the_rows_of_the_markdown(data: Path, capsys) -> None:
    """Fails on the base: `--format html` was refused (choices md, json)."""
    bank = load_bank(data / "banks" / "mini.yaml")
    clock = FakeClock()
    with Store.open(database_path(data), clock=clock) as store:
        one = stored_session(store, bank, clock, [("mini-001", 91.3), ("mini-002", 33.3)])
        two = stored_session(store, bank, clock, [("mini-001", 64.6), ("mini-003", None)])
    assert run("compare", one.id[:8], two.id[:8], "--format", "md") == 0
    markdown = capsys.readouterr().out
    assert run("compare", one.id[:8], two.id[:8], "--format", "html") == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert "default-src 'none'" in page and "<script" not in page
    cells = [html.unescape(c) for c in re.findall(r"<t[dh](?: [^>]*)?>(.*?)</t[dh]>", page)]
    for line in markdown.splitlines():
        if line.startswith("| "):  # every cell of every Markdown table is in the page
            for cell in line.strip("| ").split(" | "):
                assert cell.replace("\\|", "|") in cells, cell
    for title in ("Overall", "By topic", "By level", "Questions asked in both"):
        assert f"<h2>{title}</h2>" in page


def test_the_page_escapes_what_a_bank_wrote(tmp_path: Path) -> None:
    from interviewer.core.report import build_report
    from interviewer.core.report.side_by_side import side_by_side
    from interviewer.core.report.side_by_side_html import to_html

    genai = Catalog(None).find("genai")
    clock = FakeClock()
    with Store.open(tmp_path / "h.sqlite3", clock=clock) as store:
        ids = [q.id for q in genai.questions[:2]]
        one = stored_session(store, genai, clock, [(ids[0], 40.0)])
        two = stored_session(store, genai, clock, [(ids[0], 75.0), (ids[1], 90.0)])
        compared = side_by_side(
            build_report(store, one.id, genai), build_report(store, two.id, genai)
        )
    page = to_html(compared)
    for section in sections(compared):
        for row in section.rows:
            for cell in row:
                assert html.escape(cell, quote=True) in page


async def test_w_on_the_compare_screen_writes_the_page(tmp_path: Path) -> None:
    """Fails on the base: the screen had no HTML key."""
    genai = Catalog(None).find("genai")
    clock = FakeClock()
    with Store.open(tmp_path / "history.sqlite3", clock=clock) as store:
        ids = [q.id for q in genai.questions[:3]]
        stored_session(store, genai, clock, [(ids[0], 40.0), (ids[1], 55.0)])
        stored_session(store, genai, clock, [(ids[0], 75.0), (ids[2], 90.0)])
        app = make_app(store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_history(pilot, app)
            await pilot.press("c", "down", "c")
            await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen))
            await pilot.press("w")
            await wait_for(pilot, lambda: any((tmp_path / "exports").glob("compare-*.html")))
    [page] = (tmp_path / "exports").glob("compare-*.html")
    assert "<h2>Questions asked in both</h2>" in page.read_text(encoding="utf-8")
