"""`bank audit --all` prints every finding, `--kind KIND` only those of a kind (play55: the
audit printed the first 50 findings and counted the rest, so a rubric author could not list
the 312 claim-line-no-subject warnings of the genai bank, nor check one kind alone)."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.cli import main

UNANSWERED = 55
"""Questions with no reference answer: a `bank-file` warning each, more than 50."""


def word(k: int) -> str:
    """A made-up word of its own for each k: prompts that do not nearly repeat each other."""
    import random

    rng = random.Random(k)
    return "".join(rng.choice("bcdfghjklmnpqrstvwxz") + rng.choice("aeiou") for _ in range(5))


def bank_file(tmp_path: Path) -> Path:
    lines = ['id: own\ntitle: Own\nversion: "1"\nquestions:\n']
    for k in range(1, UNANSWERED + 1):
        lines.append(f"  - id: own-{k}\n    prompt: Explain {word(k)}?\n")
    lines.append("  - id: own-dated\n    prompt: What is the latest model in 2025?\n")
    lines.append("    reference: It changes every month, so a dated prompt is wrong.\n")
    path = tmp_path / "own.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def audit(tmp_path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "bank", "audit", str(bank_file(tmp_path)),
              *flags])  # fmt: skip
    captured = capsys.readouterr()
    return int(exited.value.code or 0), captured.out + captured.err


def test_all_kind_and_the_first_fifty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = audit(tmp_path, capsys)
    assert code == 1  # the dated prompt is an error
    assert out.count("[bank-file]") == 49 and out.count("[dated-prompt]") == 1
    assert "... and 6 more (--all prints every one)" in out

    code, out = audit(tmp_path, capsys, "--all")
    assert code == 1
    assert out.count("[bank-file]") == UNANSWERED and "more (--all" not in out
    assert "own: 1 problem, 55 warnings in 56 questions (bank-file 55, dated-prompt 1)" in out

    code, out = audit(tmp_path, capsys, "--kind", "bank-file")
    assert code == 0  # warnings only: the dated-prompt error is another kind
    assert out.count("[bank-file]") == 50 and "[dated-prompt]" not in out
    assert "own: 0 problems, 55 warnings of kind bank-file in 56 questions" in out
    assert "own: 1 finding of other kinds not shown" in out

    code, out = audit(tmp_path, capsys, "--kind", "dated-prompt", "--kind", "bank-file", "--all")
    assert code == 1 and out.count("[bank-file]") == UNANSWERED
    assert "of other kinds" not in out


def test_an_unknown_kind_is_refused_with_the_close_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = audit(tmp_path, capsys, "--kind", "dated-prompts")
    assert code == 2
    assert "interviewer: --kind: no audit finding is of kind 'dated-prompts' (did you mean " \
        "'dated-prompt'?); the kinds: bank-file, " in out  # fmt: skip
    assert "[bank-file]" not in out
