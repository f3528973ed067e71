"""A paste that holds escape sequences (text copied from a coloured terminal) reaches the app
as one paste of its words.

Textual's input parser (8.x) reads an ESC inside a bracketed paste as the start of a key: the
sequence's characters come out as typed keys with the ESC shown as `^` (`^[31m`), before the
paste's text, which arrives last, so `LoRA trains \\x1b[31msmall` became `^[31msmallLoRA
trains ` in the editor (play care46, tmux 80x24). `PasteFilter` removes each escape sequence
(`safe_text.ESCAPE_SEQUENCE`) and any other ESC between the paste's start and end marks of
the raw input before the parser reads it; `install` makes the terminal driver use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual._xterm_parser import XTermParser

from ..core.safe_text import ESCAPE_SEQUENCE, without_escape_sequences

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
_LONGEST_HELD = 600
"""Characters held back at the end of a read inside a paste, when they may begin a sequence
(an OSC link is up to 500) or the end mark that the next read completes."""


class PasteFilter:
    """Raw terminal input in, the same out less the escape sequences inside pastes.

    Outside a paste nothing is held or changed: an Escape key press goes through at once (the
    last characters are remembered, for a start mark split between two reads). Inside one, a
    tail that may be the start of a sequence or of the end mark waits for the next read (a
    paste is written whole, so the next read follows)."""

    def __init__(self) -> None:
        self.in_paste = False
        self._held = ""
        self._recent = ""

    def __call__(self, data: str) -> str:
        if not data:  # the end of input: what is held goes as it is
            held, self._held = self._held, ""
            return _cleaned(held)
        text, self._held = self._held + data, ""
        out: list[str] = []
        at = 0
        while at < len(text):
            if not self.in_paste:
                # the start mark may have begun in the last read, passed on as it came
                recent, self._recent = self._recent, ""
                window = recent + text[at:]
                start = window.find(PASTE_START)
                if start < 0:
                    out.append(text[at:])
                    self._recent = window[-(len(PASTE_START) - 1) :]
                    break
                after_start = at + start + len(PASTE_START) - len(recent)
                out.append(text[at:after_start])
                at = after_start
                self.in_paste = True
                continue
            end = text.find(PASTE_END, at)
            if end >= 0:
                out.append(_cleaned(text[at:end]) + PASTE_END)
                at = end + len(PASTE_END)
                self.in_paste = False
                continue
            rest = text[at:]
            held_from = _incomplete_sequence(rest)
            rest, self._held = rest[:held_from], rest[held_from:]
            out.append(_cleaned(rest))
            break
        return "".join(out)


def _incomplete_sequence(text: str) -> int:
    """Where a sequence (or the paste's end mark) that the next read may complete starts in
    `text`: the first ESC near the end that starts no whole sequence; len(text) if none."""
    at = text.find("\x1b")
    while at >= 0:
        whole = ESCAPE_SEQUENCE.match(text, at)
        if whole is not None:
            at = text.find("\x1b", whole.end())
        elif len(text) - at <= _LONGEST_HELD:
            return at
        else:
            at = text.find("\x1b", at + 1)
    return len(text)


def _cleaned(text: str) -> str:
    """Pasted text without its escape sequences, nor any other ESC."""
    return without_escape_sequences(text).replace("\x1b", "")


class PasteFilteringParser(XTermParser):
    """Textual's parser, reading the input through a `PasteFilter`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._paste_filter = PasteFilter()

    def feed(self, data: str) -> Iterable[Any]:
        filtered = self._paste_filter(data)
        if data and not filtered:
            return ()  # all held: feeding "" would end the parser's input
        return super().feed(filtered)


def install() -> None:
    """Make the terminal drivers that read with Textual's parser read through a PasteFilter
    (the Linux/macOS driver; Windows delivers a paste as key events of its own)."""
    from textual.drivers import linux_driver

    linux_driver.XTermParser = PasteFilteringParser  # type: ignore[attr-defined]
