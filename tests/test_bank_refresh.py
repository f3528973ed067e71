"""Banks added or changed while the app is open show on the home screen without a restart."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

from pilot_helpers import DATA, wait_for
from textual import events

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.home import HomeScreen

MINI = DATA / "banks" / "mini.yaml"


def add_bank(data_dir: Path, bank_id: str, title: str) -> Path:
    """A copy of the mini bank under another id and title, in the data dir's banks/."""
    folder = data_dir / "banks"
    folder.mkdir(parents=True, exist_ok=True)
    text = MINI.read_text(encoding="utf-8")
    text = text.replace("id: mini\n", f"id: {bank_id}\n", 1)
    text = text.replace("title: Mini test bank", f"title: {title}", 1)
    path = folder / f"{bank_id}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_catalog_sees_a_bank_added_after_loading(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "data", tmp_path / "cache")
    catalog.load_all()
    assert not catalog.changed()
    add_bank(tmp_path / "data", "notes", "Notes")
    assert catalog.changed()
    banks, errors = catalog.load_all()
    assert not errors and "notes" in [b.id for b in banks]
    assert not catalog.changed()


def test_catalog_loads_a_changed_bank_file_again(tmp_path: Path) -> None:
    path = add_bank(tmp_path / "data", "notes", "Notes")
    catalog = Catalog(tmp_path / "data")
    assert catalog.find("notes").title == "Notes"
    shutil.copy(path, tmp_path / "old.yaml")
    path.write_text(
        path.read_text(encoding="utf-8").replace("title: Notes", "title: Notes, edited"),
        encoding="utf-8",
    )
    later = path.stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(later, later))
    assert catalog.changed()
    assert catalog.find("notes").title == "Notes, edited"


def test_a_bank_rewritten_to_the_same_size_in_the_same_tick_is_loaded_again(
    tmp_path: Path,
) -> None:
    """A file system stamps modification times in ticks (1 s, 2 s, a jiffy): a bank edited
    within the tick of its last write, to the same size, in place, has the same time, size and
    inode. It was served from the in-process cache, stale, as long as the app ran."""
    path = add_bank(tmp_path / "data", "notes", "Notes")
    catalog = Catalog(tmp_path / "data")
    catalog.load_all()
    assert catalog.find("notes").title == "Notes" and not catalog.changed()
    before = path.stat()
    with path.open("r+", encoding="utf-8") as bank_file:  # in place: the same inode
        text = bank_file.read().replace("title: Notes", "title: Notez")
        bank_file.seek(0)
        bank_file.write(text)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # within the same tick
    after = path.stat()
    assert (after.st_mtime_ns, after.st_size, after.st_ino) == (
        before.st_mtime_ns,
        before.st_size,
        before.st_ino,
    )
    assert catalog.changed()  # the home screen loads its banks again
    assert catalog.find("notes").title == "Notez"


def test_catalog_keeps_unchanged_banks_parsed(tmp_path: Path) -> None:
    add_bank(tmp_path / "data", "notes", "Notes")
    catalog = Catalog(tmp_path / "data")
    first, _ = catalog.load_all()
    add_bank(tmp_path / "data", "other", "Other")
    again, _ = catalog.load_all()
    assert all(any(bank is kept for kept in again) for bank in first)


def make_app(tmp_path: Path) -> InterviewApp:
    return InterviewApp(
        catalog=Catalog(tmp_path / "data", tmp_path / "cache"),
        store=Store.open(":memory:"),
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
    )


def home_of(app: InterviewApp) -> HomeScreen | None:
    screen = app.screen
    return screen if isinstance(screen, HomeScreen) and screen.banks else None


def bank_ids(app: InterviewApp) -> list[str]:
    home = home_of(app)
    return [b.id for b in home.banks] if home else []


async def test_home_shows_a_bank_imported_while_in_history(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: home_of(app))
        assert "fresh" not in bank_ids(app)
        await pilot.press("h")
        await wait_for(pilot, lambda: home_of(app) is None)
        add_bank(tmp_path / "data", "fresh", "Freshly imported")
        await pilot.press("escape")
        await wait_for(pilot, lambda: "fresh" in bank_ids(app))


async def test_home_shows_a_bank_imported_when_the_terminal_is_focused_again(
    tmp_path: Path,
) -> None:
    add_bank(tmp_path / "data", "notes", "Notes")
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: home_of(app))
        home = home_of(app)
        assert home is not None
        for _ in range(len(home.banks)):
            if home.bank is not None and home.bank.id == "notes":
                break
            home.change_setting("bank", 1)
        assert home.bank is not None and home.bank.id == "notes"
        add_bank(tmp_path / "data", "fresh", "Freshly imported")
        app.post_message(events.AppFocus())
        await wait_for(pilot, lambda: "fresh" in bank_ids(app))
        assert app.screen is home
        assert home.bank.id == "notes"  # the choice is kept


class HeldCatalog(Catalog):
    """A catalog whose `load_all` waits until the test lets it go, so screens change meanwhile."""

    def __init__(self, *args: Path) -> None:
        super().__init__(*args)
        self.held = threading.Event()

    def load_all(self):  # noqa: ANN201
        self.held.wait(timeout=20)
        return super().load_all()


async def test_a_home_screen_opened_while_the_banks_reload_gets_them_too(tmp_path: Path) -> None:
    # back from history during a reload, the new home screen kept the banks of before
    app = make_app(tmp_path)
    catalog = app.catalog = HeldCatalog(tmp_path / "data", tmp_path / "cache")
    async with app.run_test(size=(100, 32)) as pilot:
        catalog.held.set()
        await wait_for(pilot, lambda: home_of(app))
        first = home_of(app)
        catalog.held.clear()
        add_bank(tmp_path / "data", "fresh", "Freshly imported")
        app.post_message(events.AppFocus())
        await pilot.press("h")
        await wait_for(pilot, lambda: home_of(app) is None)
        await pilot.press("escape")
        await wait_for(pilot, lambda: home_of(app) not in (None, first))
        assert "fresh" not in bank_ids(app)
        catalog.held.set()
        await wait_for(pilot, lambda: "fresh" in bank_ids(app))


async def test_home_shows_a_bank_imported_when_the_bank_row_is_reached(tmp_path: Path) -> None:
    """play33: in tmux (no focus events) a bank imported from another pane did not show until
    the home screen was left and shown again; reaching the Bank row looks for new banks."""
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: home_of(app))
        home = home_of(app)
        assert home is not None and "fresh" not in bank_ids(app)
        add_bank(tmp_path / "data", "fresh", "Freshly imported")
        await pilot.pause(0.2)
        assert "fresh" not in bank_ids(app)  # nothing looked yet
        menu = home.query_one("#menu")
        while menu.highlighted_option is None or menu.highlighted_option.id != "bank":
            await pilot.press("down")
        await wait_for(pilot, lambda: "fresh" in bank_ids(app))
        assert app.screen is home


async def test_changing_the_bank_looks_for_new_banks(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: home_of(app))
        home = home_of(app)
        assert home is not None
        add_bank(tmp_path / "data", "fresh", "Freshly imported")
        home.change_setting("bank", 1)
        await wait_for(pilot, lambda: "fresh" in bank_ids(app))
