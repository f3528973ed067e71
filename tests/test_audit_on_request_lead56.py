"""`bank audit` lists `claim-line-names-no-subject` only when asked by `--kind` (lead56: the
kind warned 2,245 lines of the genai bank, about 40% of them rightly by review56's sample, five
times every other finding together; shown by default it buried them). The summary still counts
them and names the option that lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.cli import main
from tests.test_bank_audit import BANK
from tests.test_bank_audit_named_subjects import with_contradicts

KIND = "claim-line-names-no-subject"


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> str:
    (tmp_path / "demo.yaml").write_text(BANK, encoding="utf-8")
    rubric = with_contradicts("context from both the left, skipping the masked words")
    (tmp_path / "demo.rubric.yaml").write_text(rubric, encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "bank", "audit",
              str(tmp_path / "demo.yaml"), *flags])  # fmt: skip
    assert not exited.value.code  # warnings only
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_the_work_list_is_counted_not_listed_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(tmp_path, capsys)
    assert f"[{KIND}]" not in out
    assert "demo: 0 problems, 0 warnings in" in out
    assert f"demo: and 2 {KIND} warnings, a work list for authors, not counted above: " in out
    assert f"--kind {KIND} lists them" in out


def test_asked_by_kind_it_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(tmp_path, capsys, "--kind", KIND)
    assert out.count(f"[{KIND}]") == 2
    assert f"demo: 0 problems, 2 warnings of kind {KIND} in" in out
    assert "a work list for authors" not in out
