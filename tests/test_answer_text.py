"""What an answer keeps of what was typed or pasted: no control or bidi characters, the rest
exactly (safe_text.answer_text, applied where the answer is saved and in the editor)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.interview import InterviewRun
from interviewer.core.safe_text import answer_text
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"

UNKEPT = (
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n"]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + list("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    + list("\u200b\u2060\ufeff\u2028\u2029")
)
"""Every character an answer never holds (the line breaks among them become newlines)."""

DROPPED = [c for c in UNKEPT if c not in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x1b\x9b\x9d"]
"""Those removed outright, alone, not turned into a newline (ESC, CSI and OSC start an escape
sequence, removed whole with what follows them: tested below)."""

kept_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(UNKEPT),
    ),
    max_size=200,
)


@given(st.text(max_size=300))
def test_a_kept_answer_never_holds_a_control_bidi_or_zero_width_space(text: str) -> None:
    kept = answer_text(text)
    assert not set(kept) & set(UNKEPT), ascii(kept)
    assert answer_text(kept) == kept


@given(kept_text, st.lists(st.tuples(st.integers(0, 200), st.sampled_from(DROPPED)), max_size=20))
def test_an_answer_is_otherwise_kept_exactly(text: str, insertions: list[tuple[int, str]]) -> None:
    pasted = text
    for position, character in insertions:
        pasted = pasted[:position] + character + pasted[position:]
    assert answer_text(pasted) == text


@given(kept_text, kept_text, st.sampled_from(["\r\n", "\r", "\u2028", "\x0c", "\x85"]))
def test_every_line_break_becomes_a_newline(first: str, second: str, newline: str) -> None:
    # the editor shows each of these as a new line: the answer keeps what it showed ("\r"
    # before a "\n" is one "\r\n", one line break)
    assume(not (newline == "\r" and second.startswith("\n")))
    assert answer_text(first + newline + second) == first + "\n" + second


def test_emoji_joiners_and_other_scripts_are_kept() -> None:
    text = "👩\u200d💻 codes; می\u200cخواهم; naïve 🚀 fine-tune\tdone\n"
    assert answer_text(text) == text


def test_the_play_test_paste_keeps_its_words_in_order() -> None:
    # care46: the colour codes went with their ESC, not just the ESC ("[31mALERT[0m" was kept,
    # which the person never saw nor typed)
    pasted = "Red \x1b[31mALERT\x1b[0m bell \x07 zero\u200bwidth RTL \u202eevil\u202c done."
    assert answer_text(pasted) == "Red ALERT bell  zerowidth RTL evil done."


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        ("\x1b[31mNF4\x1b[0m", "NF4"),
        ("\x1b[1;38;5;208mQLoRA\x1b[m adapters", "QLoRA adapters"),
        ("\x9b31mNF4\x9b0m", "NF4"),  # the one-byte CSI
        ("see \x1b]8;;https://x.example/\x1b\\the paper\x1b]8;;\x1b\\ here", "see the paper here"),
        ("\x1b]0;a window title\x07Title gone", "Title gone"),
        ("\x1b(Bplain \x1b7saved\x1b8", "plain saved"),
        ("a lone \x1bESC, kept: its letters", "a lone ESC, kept: its letters"),
        ("ends with ESC\x1b", "ends with ESC"),
    ],
)
def test_a_pasted_escape_sequence_goes_whole_and_its_words_stay(pasted: str, kept: str) -> None:
    assert answer_text(pasted) == kept


def test_brackets_and_markup_like_text_are_kept_exactly() -> None:
    text = "[CLS] and [MASK] tokens; [bold]NF4[/bold], [red]x[/], [link=https://x]y[/link] \\[ 😀"
    assert answer_text(text) == text


printable = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp")), max_size=30
)
csi = st.builds(
    lambda start, params, final: start + params + final,
    st.sampled_from(["\x1b[", "\x9b"]),
    st.text(alphabet=st.characters(min_codepoint=0x30, max_codepoint=0x3F), max_size=8),
    st.characters(min_codepoint=0x40, max_codepoint=0x7E),
)
osc = st.builds(
    lambda start, body, end: start + body + end,
    st.sampled_from(["\x1b]", "\x9d"]),
    printable,
    st.sampled_from(["\x07", "\x1b\\", "\x9c"]),
)


@given(st.lists(st.tuples(printable, st.one_of(csi, osc)), max_size=8), printable)
def test_cleaning_keeps_every_printable_character_outside_a_sequence(
    parts: list[tuple[str, str]], last: str
) -> None:
    pasted = "".join(words + sequence for words, sequence in parts) + last
    meant = "".join(words for words, _ in parts) + last
    kept = answer_text(pasted)
    assert kept == meant
    assert answer_text(kept) == kept


@given(st.text(alphabet=st.sampled_from("\x1b\x9b\x9d\x07\x9c[]\\;0m(B7 aZ"), max_size=60))
def test_cleaning_is_idempotent_even_where_removing_one_sequence_makes_another(
    text: str,
) -> None:
    # "\x1b\x1b[31m[0m" less its sequence is "\x1b[0m": no ESC is kept, so none is left
    kept = answer_text(text)
    assert answer_text(kept) == kept
    assert not set(kept) & {"\x1b", "\x9b", "\x9d", "\x9c", "\x07"}


@settings(max_examples=25, deadline=None)
@given(text=st.text(max_size=80))
def test_the_stored_answer_draft_and_retry_hold_the_kept_text(text: str) -> None:
    bank = load_bank(MINI)
    store = Store.open(":memory:")
    config = SessionConfig(bank_id="mini", count=2, seed=1, mode="practice", untimed=True)

    graded: list[str] = []

    class RecordingGrader:
        def grade(self, question: object, answer: str, **_: object) -> object:
            graded.append(answer)
            raise LookupError("not graded here")

    run = InterviewRun.start(
        bank=bank,
        store=store,
        clock=FakeClock(),
        config=config,
        grader_factory=lambda bank: RecordingGrader(),  # type: ignore[arg-type,return-value]
    )
    assert run.next_question() is not None
    run.save_draft(text)
    draft = store.load_draft(run.session.id)
    assert draft is not None and draft.text == answer_text(text)
    submission = run.submit(text)
    assert submission.answer.answer == answer_text(text)
    [stored] = store.answers(run.session.id)
    assert stored.answer == answer_text(text)
    with contextlib.suppress(LookupError):
        run.retry(submission, text)
    assert graded == [answer_text(text)]  # a retry is graded (and kept) as it is kept
