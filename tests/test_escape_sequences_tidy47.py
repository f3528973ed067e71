"""tidy47: what `safe_text.ESCAPE_SEQUENCE` removes is a whole sequence, as ECMA-48 (5.3, after
ECMA-35 13.2) defines one, and never printable text that has no ESC in it. Used by the answer
cleaner, the grader's text (`Text.of`) and the paste filter (`tui/paste_input.py`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.safe_text import ESCAPE_SEQUENCE, without_escape_sequences

printable = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cc", "Cs")),  # no ESC, no C1 (CSI, OSC, ST)
        st.sampled_from("\t\n "),
    ),
    max_size=30,
)
csi = st.builds(
    lambda start, params, middle, final: start + params + middle + final,
    st.sampled_from(["\x1b[", "\x9b"]),
    st.text(alphabet=st.characters(min_codepoint=0x30, max_codepoint=0x3F), max_size=8),
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2F), max_size=2),
    st.characters(min_codepoint=0x40, max_codepoint=0x7E),
)
osc = st.builds(
    lambda start, body, end: start + body + end,
    st.sampled_from(["\x1b]", "\x9d"]),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\t "),
        max_size=40,
    ),
    st.sampled_from(["\x07", "\x1b\\", "\x9c"]),
)
with_intermediates = st.builds(
    # ECMA-35 13.2.1: ESC, one or more intermediate bytes 02/00-02/15, a final byte
    # 03/00-07/14 ("\x1b(B" a character set, "\x1b F" 7-bit controls, "\x1b#8" a test pattern)
    lambda middle, final: "\x1b" + middle + final,
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2F), min_size=1, max_size=3),
    st.characters(min_codepoint=0x30, max_codepoint=0x7E),
)
private = st.sampled_from(["\x1b7", "\x1b8", "\x1b=", "\x1b>"])  # ESC Fp: DECSC, DECKPAM...
sequence = st.one_of(csi, osc, with_intermediates, private)


@given(printable)
def test_text_with_no_escape_is_left_as_it_is(text: str) -> None:
    assert without_escape_sequences(text) == text
    assert ESCAPE_SEQUENCE.search(text) is None


@given(st.lists(st.tuples(printable, sequence), max_size=8), printable)
def test_removing_sequences_never_removes_the_printable_text_between_them(
    parts: list[tuple[str, str]], last: str
) -> None:
    pasted = "".join(words + code for words, code in parts) + last
    assert without_escape_sequences(pasted) == "".join(words for words, _ in parts) + last


@given(st.text(max_size=80))
def test_a_removed_sequence_starts_at_its_introducer_and_holds_no_line_break(text: str) -> None:
    for found in ESCAPE_SEQUENCE.finditer(text):
        assert found.group()[0] in "\x1b\x9b\x9d"
        assert "\n" not in found.group()


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        # the bytes programs really write (xterm's ctlseqs; `tput -T xterm-256color`)
        ("a\x1b Fb", "ab"),  # S7C1T: ESC SP F, one sequence by ECMA-35/48 (ACS)
        ("a\x1b Gb", "ab"),  # S8C1T
        ("\x1b%Gutf-8", "utf-8"),  # select UTF-8 (DOCS)
        ("\x1b#8E", "E"),  # DECALN
        ("\x1b(B\x1b[mplain", "plain"),  # tput sgr0
        ("\x1b[?1h\x1b=keys", "keys"),  # tput smkx
        ("\x1b7saved\x1b8", "saved"),  # tput sc / rc
        ("\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\", "link"),  # a hyperlink
        # an ESC followed by a letter (no intermediate byte, no private final): not removed,
        # the letter stays (`answer_text` drops the ESC as a control character)
        ("\x1bESC kept", "\x1bESC kept"),
        ("a lone \x1b", "a lone \x1b"),
    ],
)
def test_the_bytes_a_terminal_program_sends(sent: str, kept: str) -> None:
    assert without_escape_sequences(sent) == kept
