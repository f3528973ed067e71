"""care46: a paste holding escape sequences reaches the app as one paste of its words, in
order, however the terminal's bytes are split between reads (tui/paste_input.py)."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from textual import events

from interviewer.tui.paste_input import (
    PASTE_END,
    PASTE_START,
    PasteFilter,
    PasteFilteringParser,
    install,
)

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


def described(seen: list[object]) -> list[tuple[str, str | None]]:
    return [
        (type(e).__name__, e.text if isinstance(e, events.Paste) else getattr(e, "key", None))
        for e in seen
    ]


# Textual 8.2.8's own parser reads "\x1b[31m" inside a paste as the keys "^[31m", sent before
# the paste's first words (which arrive last): why the filter is there. What is tested here
# holds whatever a Textual release makes of such a paste (tidy47: a test that asserted the
# bug itself would turn red on the release that fixes it, the product being fine).


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, len(RAW)), max_size=12))
def test_the_filter_alone_gives_the_paste_as_meant_however_it_is_read(cuts: list[int]) -> None:
    keep = PasteFilter()
    passed_on = "".join(keep(chunk) for chunk in split(RAW, cuts)) + keep("")
    assert passed_on == "ab" + PASTE_START + MEANT + PASTE_END + "\x1b[A"


clean_paste = st.text(
    # what terminal input makes much of besides letters: brackets, "~", ";", digits, tabs
    alphabet=st.sampled_from("\t\n [];~0O") | st.characters(blacklist_categories=("Cc", "Cs")),
    min_size=1,
    max_size=60,
)


@settings(max_examples=40, deadline=None)
@given(clean_paste, st.lists(st.integers(0, 200), max_size=8))
def test_a_paste_textual_reads_cleanly_comes_out_the_same_through_the_filter(
    pasted: str, cuts: list[int]
) -> None:
    from textual._xterm_parser import XTermParser

    raw = "ab" + PASTE_START + pasted + PASTE_END + "\x1b[A"
    textual = XTermParser()
    alone = [*textual.feed(raw), *textual.tick()]
    parser = PasteFilteringParser()
    filtered = [e for chunk in split(raw, cuts) for e in parser.feed(chunk)] + [*parser.tick()]
    assert described(filtered) == described(alone)
    assert ("Paste", pasted) in described(filtered)


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
