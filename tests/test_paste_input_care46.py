"""care46: a paste holding escape sequences reaches the app as one paste of its words, in
order, however the terminal's bytes are split between reads (tui/paste_input.py)."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from textual import events

from interviewer.tui.paste_input import PasteFilter, PasteFilteringParser, install

PASTED = (
    "LoRA trains \x1b[31msmall low-rank\x1b[0m adapters [bold]added[/bold] to [red]frozen[/]"
    " weights \x1b]8;;https://x.example\x1b\\(paper)\x1b]8;;\x1b\\ [CLS] 😀."
)
MEANT = (
    "LoRA trains small low-rank adapters [bold]added[/bold] to [red]frozen[/] weights (paper)"
    " [CLS] 😀."
)
RAW = "ab\x1b[200~" + PASTED + "\x1b[201~\x1b[A"


def events_of(parser: PasteFilteringParser, chunks: list[str]) -> list[object]:
    seen: list[object] = []
    for chunk in chunks:
        seen += list(parser.feed(chunk))
    time.sleep(0.12)  # past Textual's escape delay
    seen += list(parser.tick())
    return seen


def split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [text[a:b] for a, b in zip(points, points[1:], strict=False)]


def test_textual_alone_types_the_codes_as_keys_before_the_paste() -> None:
    # why the filter is there: without it the parser turns "\x1b[31m" into the keys "^[31m",
    # sent before the paste's first words (which arrive last)
    from textual._xterm_parser import XTermParser

    seen = list(XTermParser().feed(RAW))
    assert any(isinstance(e, events.Key) and e.character == "^" for e in seen)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, len(RAW)), max_size=12))
def test_the_paste_arrives_whole_and_in_order_however_it_is_read(cuts: list[int]) -> None:
    seen = events_of(PasteFilteringParser(), split(RAW, cuts))
    assert [type(e).__name__ for e in seen] == ["Key", "Key", "Paste", "Key"]
    assert [e.key for e in seen if isinstance(e, events.Key)] == ["a", "b", "up"]
    [paste] = [e for e in seen if isinstance(e, events.Paste)]
    assert paste.text == MEANT


def test_an_escape_key_goes_through_at_once_and_text_outside_a_paste_is_untouched() -> None:
    keep = PasteFilter()
    assert keep("\x1b") == "\x1b"  # nothing held outside a paste
    assert keep("[31m typed") == "[31m typed"
    seen = events_of(PasteFilteringParser(), ["\x1b"])
    assert [e.key for e in seen if isinstance(e, events.Key)] == ["escape"]


def test_install_makes_the_terminal_driver_read_through_the_filter() -> None:
    from textual.drivers import linux_driver

    before = linux_driver.XTermParser
    try:
        install()
        assert linux_driver.XTermParser is PasteFilteringParser
    finally:
        linux_driver.XTermParser = before  # type: ignore[misc]


def test_a_textual_without_the_private_parser_still_starts(monkeypatch) -> None:
    """The filter subclasses `textual._xterm_parser.XTermParser`, a private name: when a Textual
    release drops it, the launcher skips the filter instead of failing to start."""
    import sys

    from textual.drivers import linux_driver

    import interviewer.tui
    from interviewer.tui import launch

    before = linux_driver.XTermParser
    monkeypatch.setitem(sys.modules, "textual._xterm_parser", None)  # import raises ImportError
    monkeypatch.delitem(sys.modules, "interviewer.tui.paste_input")
    monkeypatch.delattr(interviewer.tui, "paste_input")
    launch._install_paste_filter()
    assert linux_driver.XTermParser is before
