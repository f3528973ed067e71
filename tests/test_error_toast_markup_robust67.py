"""An error toast says the error as it is: square brackets in it are text, never markup (robust67).

Every history error begins with the history file's path, and a data folder may be named
`[WIP] prep`. Four toasts put the error into Textual's markup unescaped (an appeal, a retry or
a self-rating that could not be saved; a draft not saved on pause): `[WIP]` vanished from the
path the candidate is told, and a path holding a closing tag (`prep [/old]`, folders `prep [`
and `old]`) raised MarkupError while the toast was drawn, which ended the app with a traceback.
Their sibling toasts (the report's appeal, the unrated answers' rating) escaped it already.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import DATA, make_app, wait_for
from textual.widgets._toast import Toast

from interviewer.core.bank import load_bank
from interviewer.core.errors import StoreError
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.appeal import AppealScreen
from interviewer.tui.screens.feedback import FeedbackScreen
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.retry import RetryScreen
from interviewer.tui.screens.self_rating import SelfRatingScreen
from interviewer.tui.widgets.answer_editor import AnswerEditor

FOLDERS = ("[WIP] prep [", "old]")
"""Two real folder names: the history's path then reads `.../[WIP] prep [/old]/...`."""


class Refusing(Store):
    """A history that reads, and saves answers, but refuses to keep appeals, retries and
    self-ratings, saying so as the store does (its path first)."""

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise StoreError(f"{self.path}: cannot save now: the history database is busy")

    save_appeal = _refuse  # type: ignore[assignment]
    record_retry = _refuse  # type: ignore[assignment]
    update_grade = _refuse  # type: ignore[assignment]


def history_in_brackets(tmp_path: Path) -> Refusing:
    folder = tmp_path.joinpath(*FOLDERS)
    folder.mkdir(parents=True)
    return Refusing.open(folder / "history.sqlite3")


async def toast_text(pilot: object, app: object) -> str:
    await wait_for(pilot, lambda: bool(app.screen.query(Toast)))  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    [toast] = app.screen.query(Toast)  # type: ignore[attr-defined]
    return str(toast.render())


def said_whole(text: str, store: Store) -> None:
    assert str(store.path) in text.replace("\n", ""), text


@pytest.mark.parametrize("step", ["appeal", "retry"])
async def test_a_practice_toast_names_the_history_path_verbatim(tmp_path: Path, step: str) -> None:
    store = history_in_brackets(tmp_path)
    bank = load_bank(DATA / "banks" / "mini.yaml")
    config = SessionConfig(bank_id="mini", mode="practice", count=1, seed=1, untimed=True)
    app = make_app(store, tmp_path, start=(bank, config), key_settle=0)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", AnswerEditor).insert("A neural network trained on text.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, FeedbackScreen), tries=3000)
        await pilot.pause()
        if step == "appeal":
            await pilot.press("a")
            await wait_for(pilot, lambda: isinstance(app.screen, AppealScreen))
            await pilot.press("2", "ctrl+s")
        else:
            await pilot.press("r")
            await wait_for(pilot, lambda: isinstance(app.screen, RetryScreen))
            app.screen.query_one("#answer", AnswerEditor).insert("It predicts the next token.")
            await pilot.press("ctrl+s")
        text = await toast_text(pilot, app)
    said_whole(text, store)


async def test_a_self_rating_toast_names_the_history_path_verbatim(tmp_path: Path) -> None:
    store = history_in_brackets(tmp_path)
    notes = tmp_path / "notes.yaml"
    listing = import_list(DATA / "import" / "bullet_sections.md")
    notes.write_text(to_bank_yaml(listing, "notes"), "utf-8")
    bank = load_bank(notes)
    config = SessionConfig(bank_id="notes", mode="practice", count=1, seed=1, untimed=True)
    app = make_app(store, tmp_path, start=(bank, config), key_settle=0)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", AnswerEditor).insert("It depends on the data.")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, SelfRatingScreen), tries=3000)
        await pilot.pause()
        await pilot.press("3", "enter")
        text = await toast_text(pilot, app)
    said_whole(text, store)


class NoDrafts(Store):
    """A history that refuses to keep drafts, saying so as the store does (its path first)."""

    def save_draft(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        raise StoreError(f"{self.path}: cannot save now: the history database is busy")


async def test_a_draft_toast_on_a_dialog_names_the_history_path_verbatim(tmp_path: Path) -> None:
    folder = tmp_path.joinpath(*FOLDERS)
    folder.mkdir(parents=True)
    store = NoDrafts.open(folder / "history.sqlite3")
    bank = load_bank(DATA / "banks" / "mini.yaml")
    config = SessionConfig(bank_id="mini", count=1, seed=1)
    app = make_app(store, tmp_path, start=(bank, config), key_settle=0)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", AnswerEditor).insert("A neural network.")
        await pilot.press("ctrl+q")  # the leave dialog covers the question: its draft is saved
        text = await toast_text(pilot, app)
    said_whole(text, store)
