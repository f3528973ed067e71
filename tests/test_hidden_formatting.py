"""Bidi and zero-width characters in bank text: dropped on screen, shown as code points in
Markdown and HTML reports, escaped in JSON; never left to reorder what a reader sees."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pilot_helpers import wait_for

from interviewer.core.bank import Bank, Question, Topic
from interviewer.core.catalog import Catalog
from interviewer.core.clock import FakeClock
from interviewer.core.grading import grader_for
from interviewer.core.interview import InterviewRun
from interviewer.core.safe_text import (
    HIDDEN_FORMATTING,
    json_text,
    neutralise,
    neutralise_document,
    screen_text,
    shown_code_point,
)
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.interview import InterviewScreen

HIDDEN = [chr(c) for c in (0x061C, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF)]
HIDDEN += [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
RLO, PDF = "\u202e", "\u202c"
# reads "Is the loss convex? yes" to an eye whose terminal or browser honours the override
PROMPT = f"Is the loss convex? {RLO}on{PDF} Explain why."

texts = st.text(
    alphabet=st.one_of(st.sampled_from(HIDDEN), st.characters(codec="utf-8")), max_size=40
)


def test_every_hidden_character_is_in_the_set() -> None:
    assert all(HIDDEN_FORMATTING.fullmatch(c) for c in HIDDEN)
    # joiners stay (emoji sequences and several scripts need them)
    assert not HIDDEN_FORMATTING.search("\u200c\u200d")


@given(texts)
def test_screen_text_has_no_hidden_character_and_keeps_the_rest_in_order(text: str) -> None:
    shown = screen_text(text)
    assert not HIDDEN_FORMATTING.search(shown)
    assert "\x1b" not in shown
    # every other character is kept, in its order (control characters shown as U+FFFD)
    assert shown == neutralise("".join(c for c in text if c not in HIDDEN))


@given(texts)
def test_documents_show_each_hidden_character_as_its_code_point(text: str) -> None:
    plain = text.replace("\r", "").replace("\u27e8", "").replace("\u27e9", "")
    plain = "".join(c for c in plain if c.isprintable() or c in "\n\t" or c in HIDDEN)
    document = neutralise_document(plain)
    assert not HIDDEN_FORMATTING.search(document)
    # faithful: the code points read back to the bank's text
    back = document
    for char in HIDDEN:
        back = back.replace(shown_code_point(char), char)
    assert back == plain


@given(texts)
def test_json_escapes_hidden_characters_and_reads_back_exactly(text: str) -> None:
    written = json_text({"prompt": text})
    assert not HIDDEN_FORMATTING.search(written)
    assert json.loads(written) == {"prompt": text}


def test_code_point_is_named() -> None:
    assert shown_code_point(RLO) == "\u27e8U+202E\u27e9"


def trick_bank() -> Bank:
    return Bank(
        id="trick",
        title=f"Tricks {RLO}sklat{PDF}",
        version="1",
        topics=(Topic("t", "Losses"),),
        questions=(
            Question(
                id="t-1",
                prompt=PROMPT,
                reference_answers=("A convex loss has one minimum.",),
                topic="t",
                level="beginner",
            ),
        ),
    )


def test_reports_keep_the_prompt_faithful_but_never_reordered() -> None:
    from interviewer.core.report import build_report, to_html, to_json, to_markdown

    bank = trick_bank()
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="trick", count=1, seed=1, untimed=True)
    run = InterviewRun.start(
        bank=bank, store=store, clock=FakeClock(), config=config, grader_factory=grader_for
    )
    run.next_question()
    run.submit("", skipped=True)
    run.finish()
    report = build_report(store, run.session.id, bank)
    shown = "Is the loss convex? \u27e8U+202E\u27e9on\u27e8U+202C\u27e9 Explain why."
    for document in (to_markdown(report), to_html(report)):
        assert not HIDDEN_FORMATTING.search(document)
        assert shown in document
    exported = to_json(report)
    assert not HIDDEN_FORMATTING.search(exported) and "\\u202e" in exported
    assert PROMPT in json.dumps(json.loads(exported), ensure_ascii=False)


async def test_the_question_screen_shows_the_prompt_without_the_override() -> None:
    bank = trick_bank()
    config = SessionConfig(bank_id="trick", mode="practice", count=1, untimed=True)
    app = InterviewApp(
        catalog=Catalog(None),
        store=Store.open(":memory:"),
        clock=FakeClock(),
        export_dir=Path("/nonexistent-export-dir"),
        start=(bank, config),
    )
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        await wait_for(pilot, lambda: str(app.screen.query_one("#prompt").render()))
        prompt = str(app.screen.query_one("#prompt").render())
        assert prompt == "Is the loss convex? on Explain why."
