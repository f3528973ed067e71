"""Text from banks and users is shown, never obeyed: control characters are neutralised."""

from __future__ import annotations

import json
import re

CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 and C1 control characters (and DEL), except tab and newline: ESC starts terminal commands."""

REPLACEMENT = "\ufffd"


def neutralise(text: str, keep: str = "") -> str:
    """`text` with every control character but tab, newline and `keep` replaced by U+FFFD."""
    if not keep:
        return CONTROL_CHARACTERS.sub(REPLACEMENT, text)
    return CONTROL_CHARACTERS.sub(lambda m: m.group() if m.group() in keep else REPLACEMENT, text)


def control_character_lines(text: str) -> list[int]:
    """The line numbers (1-based, ascending, each once) holding a control character.

    Carriage returns are line ends here, not control characters (files written on Windows).
    """
    lines: list[int] = []
    for match in CONTROL_CHARACTERS.finditer(text):
        if match.group() == "\r":
            continue
        line = text.count("\n", 0, match.start()) + 1
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves ("\x1b[31m")
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]{0,500}(?:\x07|\x1b\\|\x9c)"  # OSC: a title, a link
    r"|\x1b(?:[ -/]+[0-~]|[0-9<=>])"  # a character set ("\x1b(B"), a cursor save ("\x1b7")
)
"""A terminal escape sequence, whole: what a coloured paste ("\x1b[31mNF4\x1b[0m") or a
terminal title or link carries besides its words. Answers drop it (`answer_text`); the grader
reads it as the spaces it takes (`grading.text.words`). A lone ESC is no sequence: it is a
control character like the others.

ESC, then one or more intermediate bytes 0x20-0x2F, then a final byte 0x30-0x7E is one whole
sequence by ECMA-35 13.2 (which ECMA-48 5.3 follows), space included: "\x1b F" is xterm's
S7C1T, "\x1b%G" selects UTF-8, "\x1b#8" is DECALN, and a terminal shows none of their bytes
(tidy47 checked it against xterm's ctlseqs). An ESC with no intermediate byte is removed only
before the private finals 0-9 < = > ("\x1b7", "\x1b=": `tput sc`, `tput smkx`); before a
letter ("\x1bESC") the letter stays."""


def may_hold_escape_sequences(text: str) -> bool:
    """Whether `text` holds a character that opens an `ESCAPE_SEQUENCE` (ESC, or the one-byte
    CSI or OSC): a fast test before the pattern is run."""
    return "\x1b" in text or "\x9b" in text or "\x9d" in text


def without_escape_sequences(text: str) -> str:
    """`text` with each `ESCAPE_SEQUENCE` removed whole, every other character kept."""
    if not may_hold_escape_sequences(text):
        return text
    return ESCAPE_SEQUENCE.sub("", text)


LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
"""What `str.splitlines` (and so the answer editor) ends a line at, besides newline."""

_HIDDEN = (
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\u200b\u2060\ufeff"  # zero-width space, word joiner, byte order mark
)

UNKEPT_IN_ANSWERS = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"  # control characters: ESC, BEL, NUL...
    f"{_HIDDEN}]"
)
"""Characters an answer never keeps. Control characters are terminal commands, not text;
bidi controls reorder the words around them (on screen, in a report) and zero-width spaces
split or hide words, while the candidate sees none of them. Zero-width (non-)joiners stay:
emoji sequences and several scripts need them."""


HIDDEN_FORMATTING = re.compile(f"[{_HIDDEN}]")
"""The invisible characters of `UNKEPT_IN_ANSWERS` that are not control characters: in bank
text (a prompt, a reference answer, a title) they reach the screen and the exports. A right-to-
left override shows the words after it reversed, so a line can read as something else."""


def screen_text(text: str) -> str:
    """Bank or user text for a screen: `neutralise`d, and the `HIDDEN_FORMATTING` characters
    removed, so no hidden character reorders or splits what is shown (the text is shown in
    the order it was written; a terminal draws no right-to-left text in any case)."""
    return HIDDEN_FORMATTING.sub("", neutralise(text))


def shown_code_point(char: str) -> str:
    """A hidden character written so that it shows and does nothing: `⟨U+202E⟩`."""
    return f"\u27e8U+{ord(char):04X}\u27e9"


def answer_text(text: str) -> str:
    """An answer as it is kept and shown: terminal escape sequences removed whole (a pasted
    "\x1b[31mNF4\x1b[0m" is "NF4", what the person saw), every line break a newline, the
    characters of `UNKEPT_IN_ANSWERS` removed, the rest (tabs, emoji, any script, brackets:
    "[CLS]", "[/bold]") exactly as given."""
    text = without_escape_sequences(text)
    return UNKEPT_IN_ANSWERS.sub("", LINE_BREAKS.sub("\n", text))


def neutralise_document(text: str) -> str:
    """`text` for a document a terminal may show (a Markdown or HTML report): Windows line
    ends made `\\n`, then every other control character (a lone carriage return too, which
    lets a line overwrite the one before it) replaced by U+FFFD, and each `HIDDEN_FORMATTING`
    character written as its code point (`⟨U+202E⟩`): the document keeps what the bank holds,
    and no reader, terminal or browser, shows it reordered."""
    text = neutralise(text.replace("\r\n", "\n"))
    return HIDDEN_FORMATTING.sub(lambda m: shown_code_point(m.group()), text)


_RAW_IN_JSON = re.compile(f"[\\x7f-\\x9f{_HIDDEN}]")


def json_text(value: object, *, indent: int | None = None) -> str:
    """`value` as JSON with UTF-8 kept as is, but no raw control character: `json.dumps`
    escapes C0 ones (`\\u001b`) and this escapes DEL and C1 ones too, and the hidden
    formatting characters (`\\u202e`), so the text is exact and safe to print."""
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""What makes a spreadsheet read a CSV cell as a formula (OWASP's list, and the full-width
forms some spreadsheets also take): `=HYPERLINK(...)`, `@SUM(...)`, `-2+3`, `+cmd|...`."""

_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_cell(text: str) -> str:
    """`text` for a CSV cell that a spreadsheet shows as text and never runs as a formula: one
    starting with `FORMULA_START` gets a leading apostrophe (`'=HYPERLINK(...)`), which the
    spreadsheet shows and a reader can strip; a plain number (`-2`, `+1.5`) is left as it is,
    since a spreadsheet reads it as that number and nothing else."""
    if text.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text
