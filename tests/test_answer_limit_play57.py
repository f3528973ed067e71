"""play57: one limit on an answer's length. The answer box cut a paste at 50,000 characters
while the grader reads 20,000 and `bank import` wrote a bank whose longer answer would not
load (`bank validate`: 'reference answer item is 26,999 characters; the limit is 20,000')."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_captured as run
from pilot_helpers import wait_for
from textual import events
from textual.widgets import TextArea

from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.interview import InterviewScreen

LIMIT = 20_000


def test_the_grader_the_answer_box_and_a_bank_share_one_limit() -> None:
    from interviewer.core.bank_file import MAX_TEXT_CHARS
    from interviewer.core.grading.text import MAX_ANALYSED_CHARS
    from interviewer.tui.screens import interview

    assert interview.MAX_ANSWER_CHARS == MAX_ANALYSED_CHARS == MAX_TEXT_CHARS == LIMIT


async def test_a_long_paste_is_cut_where_the_grader_stops_reading(tmp_path: Path) -> None:
    config = SessionConfig(bank_id="genai", count=1, seed=3, untimed=True)
    app = InterviewApp(
        catalog=Catalog(None),
        store=Store.open(":memory:"),
        clock=FakeClock(),
        export_dir=tmp_path,
        start=(Catalog(None).find("genai"), config),
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        editor = app.screen.query_one("#answer", TextArea)
        app.post_message(events.Paste("Attention weighs tokens. " * 1_200))  # 30,000
        await wait_for(pilot, lambda: editor.text != "")
        await pilot.pause(0.2)
        assert len(editor.text) == LIMIT
        [said] = [n.message for n in app._notifications]
        assert said == (
            "Answers are limited to 20,000 characters (the most the grader reads); the rest "
            "was cut."
        )


def test_import_refuses_an_answer_over_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(tmp_path / "data"))
    source = tmp_path / "long.csv"
    long = "A transformer uses attention. " * 900  # 27,000 characters, 26,999 once stripped
    source.write_text(
        f'question,answer\nWhat is a transformer?,"{long}"\nWhat is dropout?,It drops units.\n'
    )
    out_file = tmp_path / "long.yaml"
    code, _, err = run(["bank", "import", str(source), "-o", str(out_file)], capsys)
    assert code == 2 and not out_file.exists()
    assert (
        f"{source}:2: the answer is 26,999 characters; answers are limited to 20,000 "
        "characters (the most the grader reads): shorten it"
    ) in err
    # at the limit it is written, and the bank it writes loads
    source.write_text(f"question,answer\nWhat is a transformer?,{'a' * LIMIT}\n")
    code, _, err = run(["bank", "import", str(source), "-o", str(out_file)], capsys)
    assert code == 0, err
    code, _, err = run(["bank", "validate", str(out_file)], capsys)
    assert code == 0, err
