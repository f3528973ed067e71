"""An unexpected error ends the app with a message and a crash report, not a traceback (lead67).

The lead's play at 80x24 (stop 55): an answer stating two misconceptions crashed the practice
feedback screen, and Textual printed its traceback, with the answer's text among the local
values, to the candidate's terminal.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.store import Store
from interviewer.tui import app as app_module
from interviewer.tui import crash
from interviewer.tui.app import InterviewApp


class Broken(InterviewApp):
    """The app with a bug: its first screen raises on mount."""

    CSS_PATH = Path(app_module.__file__).parent / InterviewApp.CSS_PATH  # type: ignore[operator]

    def on_mount(self) -> None:
        secret = "my answer text"  # a local value Textual's traceback would print
        raise RuntimeError(f"a bug near {len(secret)}")


def run_broken(tmp_path: Path, crash_dir: Path | None) -> Broken:
    app = Broken(
        catalog=Catalog(None),
        store=Store.open(":memory:"),
        clock=FakeClock(),
        export_dir=tmp_path / "exports",
        command="interviewer --data-dir /d",
        crash_dir=crash_dir,
    )
    app.run(headless=True, size=(80, 24))
    return app


def test_the_terminal_reads_a_message_and_the_report_holds_the_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = run_broken(tmp_path, tmp_path / "data" / crash.REPORTS)
    said = capsys.readouterr()
    out = said.out + said.err
    assert app.return_code == 1
    assert "Traceback" not in out and "my answer text" not in out
    assert "unexpected error (RuntimeError)" in out
    assert "interviewer --data-dir /d resume" in out.replace("\n", " ")
    [report] = (tmp_path / "data" / crash.REPORTS).iterdir()
    assert str(report) in out.replace("\n", "")
    text = report.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "RuntimeError: a bug near 14" in text
    assert "my answer text" not in text.split("Traceback")[0]


def test_without_a_crash_dir_textual_prints_its_own_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = run_broken(tmp_path, None)
    said = capsys.readouterr()
    assert app.return_code == 1
    assert "RuntimeError" in said.out + said.err
    assert "unexpected error (RuntimeError)" not in said.out + said.err


def test_an_unwritable_report_folder_still_gives_the_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    error = ValueError("boom")
    assert crash.save_report(blocker / "reports", error) is None
    said = crash.message(error, None, "interviewer")
    assert "could not be saved: ValueError: boom" in said and "interviewer resume" in said


def test_two_crashes_in_one_second_keep_two_reports(tmp_path: Path) -> None:
    when = datetime(2026, 12, 7, 20, 0, 0, tzinfo=UTC)
    first = crash.save_report(tmp_path, RuntimeError("one"), when)
    second = crash.save_report(tmp_path, RuntimeError("two"), when)
    assert first is not None and second is not None and first != second
    assert "one" in first.read_text(encoding="utf-8")
    assert "two" in second.read_text(encoding="utf-8")


@given(st.text(max_size=200))
def test_any_error_text_is_written_whole(text: str) -> None:
    try:
        raise RuntimeError(text)
    except RuntimeError as error:
        report = crash.report_text(error, datetime(2026, 12, 7, tzinfo=UTC))
    assert report.startswith("Interviewer ") and "RuntimeError" in report
