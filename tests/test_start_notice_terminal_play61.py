"""play61: `interviewer start --bank code` (2 questions, 10 asked) printed "Only 2 questions
match ..." on the terminal before the app opened; the app says it too (a notice), and once it
closed the printed line showed again above "Session saved.", as if said at the end. On a
terminal the notices are left to the app; for a log or a script they are still printed."""

from __future__ import annotations

import io

import pytest
from cli_helpers import exit_status as run

from interviewer.tui import launch


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> dict:
    seen: dict = {}

    def fake_run(app_kwargs, store, args):  # noqa: ANN001
        seen.update(app_kwargs)
        store.close()
        return 0

    monkeypatch.setattr(launch, "_run", fake_run)
    return seen


def test_on_a_terminal_the_app_alone_says_the_count_was_clamped(
    isolated_data_dir, started: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert run("start", "--count", "500", "--seed", "3") == 0
    assert "Only" not in terminal.getvalue()
    assert "start" in started  # the session still starts, and the app says it


def test_for_a_log_the_notice_is_still_printed(
    isolated_data_dir, started: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("start", "--count", "500", "--seed", "3") == 0
    assert "Only 201 questions match" in capsys.readouterr().err
