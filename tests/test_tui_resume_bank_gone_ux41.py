"""Resuming a session whose bank is gone (its file renamed, or the list imported again under
another id, ux41): the message said only that no bank has the id; now it says that nothing is
lost and what to do, and closing it from home says `1 answer is kept` (it said `1 answers`)."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import make_app, wait_for

from interviewer.core.bank import load_bank
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.screens.dialogs import ConfirmScreen
from interviewer.tui.screens.home import HomeScreen

LIST = (
    "# Python\n\n1. What is a tuple?\n\nAn immutable sequence.\n\n"
    "2. What is a set?\n\nAn unordered collection of unique items.\n"
)


async def test_a_session_whose_bank_is_gone_says_what_to_do_and_closes(tmp_path: Path) -> None:
    source = tmp_path / "prep.md"
    source.write_text(LIST, "utf-8")
    path = tmp_path / "prep.yaml"
    path.write_text(to_bank_yaml(import_list(source), "prep"), "utf-8")
    bank = load_bank(path)
    with Store.open(tmp_path / "history.sqlite3") as store:
        session = store.create_session(SessionConfig(bank_id="prep", count=2), bank)
        store.record_answer(
            session.id,
            position=1,
            question=bank.questions[0],
            answer="An immutable sequence.",
            seconds=20.0,
            time_limit=90,
        )
        path.unlink()  # renamed, or imported again under another id
        unfinished = store.latest_unfinished()
        assert unfinished is not None and unfinished.answer_count == 1
        app = make_app(store, tmp_path, resume=unfinished)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
            said = " ".join(str(n.message) for n in app._notifications)
            assert "prep.yaml: the session's bank file is no longer there" in said
            assert "Its answers and draft are kept: put the bank 'prep' back" in said
            assert "close it with x on its Resume row" in said
            home = app.screen
            await wait_for(pilot, lambda: home.unfinished and home.bank is not None)
            row = f"resume-{session.id}"
            menu = home.query_one("#menu")
            index = next(
                i for i in range(menu.option_count) if menu.get_option_at_index(i).id == row
            )
            menu.highlighted = index
            await pilot.press("x")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            body = str(app.screen.query_one("#dialog-body").render())
            assert body.startswith("1 answer is kept and shown in its report")
            await pilot.press("y")
            await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert store.unfinished_sessions() == []
        [kept] = store.answers(session.id)
        assert kept.answer == "An immutable sequence."
