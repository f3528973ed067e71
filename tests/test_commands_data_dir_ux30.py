"""ux30: the commands the program suggests (resume a session left, open a report) name the
data folder when it was chosen with --data-dir; before, `interviewer resume ID` copied from the
screen looked in the default folder and found no such session."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pilot_helpers import make_app, start_genai_session, wait_for

from interviewer.cli import main
from interviewer.core.store import Store
from interviewer.paths import command_prefix, database_path
from interviewer.tui.screens.interview import InterviewScreen


def test_the_prefix_names_the_data_dir_only_when_the_flag_chose_it() -> None:
    assert command_prefix(None) == "interviewer"
    assert command_prefix("") == "interviewer"
    assert command_prefix("/tmp/my data") == "interviewer --data-dir '/tmp/my data'"


@given(st.text(st.characters(blacklist_characters="\x00"), min_size=1, max_size=40))
def test_the_prefix_reads_back_as_the_same_folder_in_a_shell(folder: str) -> None:
    assert shlex.split(command_prefix(folder)) == ["interviewer", "--data-dir", folder]


def _unfinished(data: Path) -> str:
    data.mkdir(parents=True, exist_ok=True)
    store = Store.open(database_path(data))
    session_id = start_genai_session(store)
    store.close()
    return session_id


def test_resume_list_and_history_suggest_commands_with_the_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "my data"
    _unfinished(data)
    for argv in (["resume", "--list"], ["history"]):
        with pytest.raises(SystemExit) as done:
            main(["--data-dir", str(data), *argv])
        assert done.value.code in (0, None)
        said = capsys.readouterr().out
        assert (
            f"`interviewer --data-dir '{data}' {argv[0] if argv[0] == 'resume' else 'report'}"
            in said
        )


async def test_leaving_a_session_says_how_to_resume_it_with_the_data_dir(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.sqlite3")
    session_id = _unfinished(tmp_path)
    command = command_prefix(tmp_path / "x y")
    app = make_app(store, tmp_path, resume=store.get_session(session_id), command=command)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: app.screen.query("#dialog-body"))
        body = " ".join(str(app.screen.query_one("#dialog-body").render()).split())
        assert f"run: {command} resume {session_id[:8]}" in body
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0


def test_the_unfinished_notice_and_the_history_note_name_the_data_dir(tmp_path: Path) -> None:
    from interviewer.core.session import unfinished_notice

    session_id = _unfinished(tmp_path)
    store = Store.open(database_path(tmp_path))
    command = command_prefix("/data dir")
    notice = unfinished_notice(store, command=command)
    assert notice is not None
    assert f"`{command} resume {session_id[:8]}` continues it" in notice
    assert f"`{command} resume --close ID`" in notice
    assert unfinished_notice(store, short=True, command=command) == (
        f"Another session is unfinished, kept: `{command} resume --list`."
    )
    store.close()


async def test_the_history_screen_note_names_the_data_dir(tmp_path: Path) -> None:
    from pilot_helpers import open_history

    _unfinished(tmp_path)
    store = Store.open(database_path(tmp_path))
    command = command_prefix("/data dir")
    app = make_app(store, tmp_path, command=command)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_history(pilot, app)
        note = str(app.screen.query_one("#history-note").render())
        assert f"`{command} resume`" in note


def test_resume_and_close_suggest_commands_with_the_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ux31: `resume` with nothing left, `resume --close` with no id and after closing, and
    `resume ID` of a closed session suggest commands on the same folder."""
    data = tmp_path / "my data"
    session_id = _unfinished(data)
    again = command_prefix(data)

    def run(*argv: str) -> int:
        with pytest.raises(SystemExit) as done:
            main(["--data-dir", str(data), *argv])
        return int(done.value.code or 0)

    assert run("resume", "--close") == 2
    assert f"`{again} resume --close ID`" in capsys.readouterr().err
    assert run("resume", "--close", session_id[:8]) == 0
    assert f"`{again} report {session_id[:8]}` shows it" in capsys.readouterr().out
    assert run("resume", session_id[:8]) == 2
    assert f"`{again} report {session_id[:8]}` shows it" in capsys.readouterr().err
    assert run("resume") == 1
    assert f"Start one with `{again} start`" in capsys.readouterr().err


def test_an_imported_bank_is_suggested_with_the_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ux31: `bank import` said `interviewer start --bank B`, which looks for B in the default
    folder, not the one the bank was imported into."""
    data = tmp_path / "my data"
    notes = tmp_path / "notes.md"
    notes.write_text("## Indexes\n\n1. What is a database index?\n", encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["--data-dir", str(data), "bank", "import", str(notes)])
    assert done.value.code in (0, None)
    said = capsys.readouterr().out
    assert f"Practise it: {command_prefix(data)} start --bank notes --mode practice" in said


async def test_the_empty_history_screen_names_the_data_dir(tmp_path: Path) -> None:
    from pilot_helpers import open_history

    store = Store.open(database_path(tmp_path))
    command = command_prefix("/data dir")
    app = make_app(store, tmp_path, command=command)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_history(pilot, app)
        empty = " ".join(str(app.screen.query_one("#history-empty").render()).split())
        assert f"or run `{command} start` in a terminal" in empty
    store.close()


class _BrokenGrader:
    """A grader that fails on every answer (a bank the grader cannot read, say)."""

    def grade(self, *args: object, **kwargs: object) -> object:
        raise RuntimeError("the grader broke")

    def __getattr__(self, name: str) -> object:
        raise RuntimeError("the grader broke")


async def test_a_failed_grade_suggests_regrade_with_the_data_dir(tmp_path: Path) -> None:
    from interviewer.core.catalog import Catalog
    from interviewer.core.session import SessionConfig
    from interviewer.tui.widgets.answer_editor import AnswerEditor

    store = Store.open(database_path(tmp_path))
    command = command_prefix("/data dir")
    config = SessionConfig(bank_id="genai", count=2, seed=2, mode="interview")
    app = make_app(
        store,
        tmp_path,
        command=command,
        start=(Catalog(None).find("genai"), config),
        grader_factory=lambda bank: _BrokenGrader(),
    )
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        app.screen.query_one("#answer", AnswerEditor).insert("An answer.")
        await pilot.press("ctrl+s")
        await wait_for(
            pilot, lambda: any("Grading failed" in str(n.message) for n in app._notifications)
        )
        said = [str(n.message) for n in app._notifications if "Grading failed" in str(n.message)]
        assert f"`{command} regrade` can grade it later" in said[0]
    store.close()
