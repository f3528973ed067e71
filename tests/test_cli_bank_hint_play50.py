"""`interviewer import list.md` (a bank action given as a command) says what to run (play50:
argparse said "invalid choice: 'import'" and listed the commands, `bank` among them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.cli import main


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["import", "my list.md", "--dry-run"], "interviewer bank import 'my list.md' --dry-run"),
        (["--data-dir", "DIR", "validate", "x.yaml"], "interviewer bank validate x.yaml"),
    ],
)
def test_a_bank_action_given_as_a_command_says_what_to_run(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as code:
        main(argv)
    assert code.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"interviewer: '{argv[-2] if argv[0] == '--data-dir' else argv[0]}'")
    assert err.rstrip().endswith(said)


def test_other_unknown_commands_keep_argparses_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as code:
        main(["--data-dir", str(tmp_path), "bogus"])
    assert code.value.code == 2
    assert "invalid choice: 'bogus'" in capsys.readouterr().err
